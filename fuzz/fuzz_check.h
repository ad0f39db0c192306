// Shared by the fuzz targets: a harness assertion that libFuzzer reports as a crash (abort), with
// the failed condition and a note, so a violated invariant is a finding like a sanitizer report.
#ifndef TANDEM_FUZZ_FUZZ_CHECK_H_
#define TANDEM_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(cond, note)                                                          \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, \
                   #cond, std::string(note).c_str());                                   \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)

#endif  // TANDEM_FUZZ_FUZZ_CHECK_H_
