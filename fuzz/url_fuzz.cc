// libFuzzer target for the HTTP edge's pure request decoding: the request target (path and
// query), the access-log escaping and the client-address resolution. The input is split at
// the first '\n' into a request target and an X-Forwarded-For value, and at a second '\n' into
// a --trusted-proxy list. Besides "no crash, no sanitizer report" it checks the contracts
// the server relies on (url.h, access_log.h, client_address.h).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/access_log.h"
#include "http/client_address.h"
#include "http/url.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

bool IsOneLogToken(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '"' || c == '\\') return false;
  }
  return true;
}

std::string_view Cut(std::string_view& rest) {
  const size_t nl = rest.find('\n');
  std::string_view head = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  return head;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tandem::http;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const std::string_view target = Cut(rest);
  const std::string_view forwarded_for = Cut(rest);
  const std::string_view proxies = rest;

  const size_t question = target.find('?');
  const std::string_view raw_path = target.substr(0, question);
  const std::string_view raw_query =
      question == std::string_view::npos ? std::string_view() : target.substr(question + 1);

  if (auto path = DecodePath(raw_path)) {
    Check(IsCleanText(*path));
    Check(path->size() <= raw_path.size());
    Check(IsOneLogToken(LogPath(*path)));
  }
  if (auto query = ParseQuery(raw_query)) {
    for (const auto& [key, value] : *query) Check(IsCleanText(key) && IsCleanText(value));
  }
  Check(IsOneLogToken(LogEscape(target)));
  const std::string line = AccessLogLine({raw_path, raw_path, forwarded_for, 200, 1.5, size});
  Check(line.find('\n') == std::string::npos && line.find('\r') == std::string::npos);

  if (auto cidrs = ParseCidrList(proxies); cidrs.ok()) {
    for (const Cidr& c : *cidrs) Check(c.Contains(c.network));
    const ClientInfo info = ResolveClient("10.0.0.1", forwarded_for, raw_query, false, *cidrs);
    // The address is the peer or a hop that parsed as an IP address.
    Check(info.address == "10.0.0.1" || IpAddress::Parse(info.address).has_value());
  }
  if (auto ip = IpAddress::Parse(forwarded_for)) {
    auto again = IpAddress::Parse(ip->ToString());
    Check(again.has_value() && again->bytes == ip->bytes);
  }
  return 0;
}
