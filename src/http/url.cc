#include "http/url.h"

#include <cstdint>

#include "base/strings.h"

namespace tandem::http {

bool IsCleanText(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<uint8_t>(c);
    if (b < 0x20 || b == 0x7f) return false;
  }
  return IsValidUtf8(s);
}

std::optional<std::string> DecodePath(std::string_view raw_path) {
  std::optional<std::string> path = PercentDecode(raw_path, false);
  if (!path || !IsCleanText(*path)) return std::nullopt;
  return path;
}

std::optional<std::multimap<std::string, std::string>> ParseQuery(std::string_view query) {
  std::multimap<std::string, std::string> out;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    const std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (part.empty()) continue;
    const size_t eq = part.find('=');
    auto key = PercentDecode(part.substr(0, eq), true);
    auto value = PercentDecode(
        eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1), true);
    if (!key || !value || !IsCleanText(*key) || !IsCleanText(*value)) return std::nullopt;
    out.emplace(std::move(*key), std::move(*value));
  }
  return out;
}

}  // namespace tandem::http
