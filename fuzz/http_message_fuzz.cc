// Request headers as the handlers read them (src/http/message.cc): the input is a header block,
// one `name: value` per line (names lower-cased, as the server edge stores them). Cookies are
// looked up by the names Tandem uses and by a name taken from the input.
// Invariants: a cookie value never contains ';' and always occurs in some Cookie header; header
// lookups are exact on requests and case-insensitive on responses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "fuzz/fuzz_check.h"
#include "http/message.h"

namespace http = tandem::http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  http::HttpRequest req;
  std::string first_name;
  for (const std::string& line : tandem::Split(text, '\n')) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = tandem::ToLower(tandem::Trim(std::string_view(line).substr(0, colon)));
    std::string value = tandem::Trim(std::string_view(line).substr(colon + 1));
    if (first_name.empty()) first_name = value.substr(0, value.find('='));
    req.headers.emplace_back(std::move(name), std::move(value));
  }

  for (const std::string& name : {std::string("tandem_session"), std::string("tandem_csrf"),
                                  first_name, std::string()}) {
    const std::string value = req.Cookie(name);
    if (value.empty()) continue;
    FUZZ_CHECK(value.find(';') == std::string::npos, "cookie value with ';': " + value);
    bool found = false;
    for (const auto& [k, v] : req.headers)
      if (k == "cookie" && v.find(value) != std::string::npos) found = true;
    FUZZ_CHECK(found, "cookie value not in any Cookie header: " + value);
  }
  for (const auto& [k, v] : req.headers) {
    std::string first;
    for (const auto& [k2, v2] : req.headers)
      if (k2 == k) {
        first = v2;
        break;
      }
    FUZZ_CHECK(req.Header(k) == first, "Header(\"" + k + "\") is not the first such header");
  }

  http::HttpResponse r;
  for (const auto& [k, v] : req.headers) r.SetHeader(k, v);
  for (const auto& [k, v] : req.headers)
    FUZZ_CHECK(r.Header(tandem::ToLower(k)) == r.Header(k), "response header lookup by case");
  return 0;
}
