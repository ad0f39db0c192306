// The binary candidate reader of `tandem match` (src/cli/candidate_binary.cc,
// docs/candidates-format.md). The input is CAPS.csv, a NUL byte, then the binary file (no NUL:
// everything is CAPS.csv and the binary file is empty).
// Invariants: never a crash or a read outside the input; every error names the file; a file
// that reads gives a valid CSR graph (offsets, index ranges, scores 0..2e9, no repeated pair,
// distinct non-empty ids), and written back in the format it reads back to the same graph.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli/candidate_input.h"
#include "fuzz/fuzz_check.h"

namespace cli = tandem::cli;

namespace {

void PutU32(std::string& s, uint32_t v) { s.append(reinterpret_cast<const char*>(&v), 4); }
void PutU64(std::string& s, uint64_t v) { s.append(reinterpret_cast<const char*>(&v), 8); }

// The format as docs/write_candidates.py writes it, from a read graph (mentor table = CAPS order).
std::string Encode(const cli::CandidateInput& in) {
  const auto& g = in.graph;
  std::string s = "TNDMCAND";
  PutU32(s, 1);
  PutU32(s, 0);
  uint64_t nb = 0, mb = 0;
  for (size_t i = 0; i < in.mentees.size(); ++i) nb += in.mentees[i].size();
  for (size_t j = 0; j < in.mentors.size(); ++j) mb += in.mentors[j].size();
  PutU64(s, in.mentees.size());
  PutU64(s, in.mentors.size());
  PutU64(s, static_cast<uint64_t>(g.num_edges()));
  PutU64(s, nb);
  PutU64(s, mb);
  PutU64(s, 0);
  for (const auto* t : {&in.mentees, &in.mentors}) {
    for (size_t i = 0; i < t->size(); ++i) PutU32(s, static_cast<uint32_t>((*t)[i].size()));
    for (size_t i = 0; i < t->size(); ++i) s += (*t)[i];
  }
  for (int32_t i = 0; i < g.num_mentees; ++i)
    for (int64_t e = g.begin(i); e < g.end(i); ++e) PutU32(s, static_cast<uint32_t>(i));
  for (int32_t j : g.mentors) PutU32(s, static_cast<uint32_t>(j));
  for (int32_t v : g.scores) PutU32(s, static_cast<uint32_t>(v));
  return s;
}

void CheckGraph(const cli::CandidateInput& in) {
  const auto& g = in.graph;
  FUZZ_CHECK(static_cast<size_t>(g.num_mentees) == in.mentees.size(), "mentee count");
  FUZZ_CHECK(static_cast<size_t>(g.num_mentors) == in.mentors.size(), "mentor count");
  FUZZ_CHECK(in.capacities.size() == in.mentors.size(), "one capacity per mentor");
  FUZZ_CHECK(g.offsets.size() == static_cast<size_t>(g.num_mentees) + 1 && g.offsets[0] == 0 &&
                 g.offsets.back() == g.num_edges() && g.scores.size() == g.mentors.size(),
             "CSR shape");
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    FUZZ_CHECK(g.offsets[i] <= g.offsets[i + 1], "offsets decrease");
    std::set<int32_t> seen;
    for (int64_t e = g.begin(i); e < g.end(i); ++e) {
      FUZZ_CHECK(g.mentors[e] >= 0 && g.mentors[e] < g.num_mentors, "mentor index out of range");
      FUZZ_CHECK(g.scores[e] >= 0 && g.scores[e] <= 2000000000, "score out of range");
      FUZZ_CHECK(seen.insert(g.mentors[e]).second, "a repeated pair");
    }
  }
  for (const auto* t : {&in.mentees, &in.mentors}) {
    std::set<std::string_view> ids;
    for (size_t i = 0; i < t->size(); ++i) {
      FUZZ_CHECK(!(*t)[i].empty(), "an empty id");
      FUZZ_CHECK(ids.insert((*t)[i]).second, "an id twice");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const size_t nul = all.find('\0');
  const std::string caps(all.substr(0, nul));
  // A copy of exactly the file's bytes, so that AddressSanitizer sees any read past its end.
  const std::string_view rest =
      nul == std::string_view::npos ? std::string_view() : all.substr(nul + 1);
  const std::vector<char> bin(rest.begin(), rest.end());
  auto in = cli::ParseCandidateBinary(std::string_view(bin.data(), bin.size()), "E.bin", caps,
                                      "CAPS.csv");
  if (!in.ok()) {
    const std::string& m = in.status().message();
    FUZZ_CHECK(m.rfind("E.bin", 0) == 0 || m.rfind("CAPS.csv line ", 0) == 0,
               "an error that names no file: " + m);
    return 0;
  }
  CheckGraph(in.value());
  const std::string again_bytes = Encode(in.value());
  FUZZ_CHECK(cli::IsCandidateBinary(again_bytes), "no magic");
  auto again = cli::ParseCandidateBinary(again_bytes, "E.bin", caps, "CAPS.csv");
  FUZZ_CHECK(again.ok(), "written back, the file does not read: " + again.status().message());
  FUZZ_CHECK(again->graph.offsets == in->graph.offsets &&
                 again->graph.mentors == in->graph.mentors &&
                 again->graph.scores == in->graph.scores &&
                 again->mentees.ToStrings() == in->mentees.ToStrings(),
             "written back, the file reads differently");
  return 0;
}
