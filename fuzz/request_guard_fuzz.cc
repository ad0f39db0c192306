// libFuzzer target for RequestStreamGuard (src/http/request_guard.h), which reads every byte a
// client sends before RESTinio does. The first input byte chooses where the rest is split into
// two reads; limits are small so the refusal paths are reached. Checks: a verdict is sticky,
// and the kept request details stay within their bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "http/request_guard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using tandem::http::RequestLimits;
  using tandem::http::RequestStreamGuard;
  if (size == 0) return 0;
  const size_t split = data[0] % size;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  RequestLimits limits;
  limits.max_body_bytes = 64;
  limits.max_url_bytes = 128;
  limits.max_field_name_bytes = 32;
  limits.max_field_value_bytes = 64;
  limits.max_field_count = 8;
  RequestStreamGuard guard(limits);
  const auto first = guard.Feed(rest.substr(0, split));
  const auto second = guard.Feed(rest.substr(split));
  if (first != RequestStreamGuard::Verdict::kPass && second != first) std::abort();
  if (guard.target().size() > 4096 || guard.forwarded_for().size() > 4096 ||
      guard.forwarded_proto().size() > 4096 || guard.completed_in_last_feed() < 0) {
    std::abort();
  }
  return 0;
}
