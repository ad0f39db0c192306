#include "http/access_log.h"

#include <cstdio>

namespace tandem::http {

std::string LogEscape(std::string_view text, size_t max_bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  const std::string_view shown = text.substr(0, max_bytes);
  out.reserve(shown.size() + 8);
  for (char c : shown) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '"' || c == '\\' || c == '%') {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xf]);
    } else {
      out.push_back(c);
    }
  }
  if (text.size() > max_bytes) out += "...";
  return out;
}

std::string LogPath(std::string_view path) {
  for (std::string_view prefix :
       {std::string_view("/api/v1/invitations/"), std::string_view("/invite/")}) {
    if (path.substr(0, prefix.size()) == prefix && path.size() > prefix.size()) {
      const size_t end = path.find('/', prefix.size());
      std::string redacted(prefix);
      redacted += "{token}";
      if (end != std::string_view::npos) redacted += path.substr(end);
      return LogEscape(redacted);
    }
  }
  return LogEscape(path);
}

std::string AccessLogLine(const AccessLogEntry& e) {
  char numbers[96];
  std::snprintf(numbers, sizeof numbers, " status=%d duration_ms=%.1f bytes=%zu", e.status,
                e.duration_ms, e.bytes);
  return "http method=" + LogEscape(e.method, 16) + " path=" + LogPath(e.path) +
         " client=" + LogEscape(e.client, 64) + numbers;
}

}  // namespace tandem::http
