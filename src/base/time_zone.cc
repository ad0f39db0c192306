#include "base/time_zone.h"

#include <date/tz.h>

#include <algorithm>
#include <chrono>

namespace tandem {

namespace {

// "localtime" is the machine's own setting (a link Debian adds beside the database), not a
// zone of the IANA database: a profile saved on one server must mean the same on every other.
constexpr std::string_view kNotAZone = "localtime";

// Looked up in the database's zones (sorted by name; links included, as the OS database has
// them as files): date::locate_zone throws for unknown names, and an unknown name is ordinary
// bad input here, not an exceptional event.
const date::time_zone* Find(std::string_view name) {
  if (name == kNotAZone) return nullptr;
  const auto& zones = date::get_tzdb().zones;  // sorted by name
  auto it = std::lower_bound(zones.begin(), zones.end(), name,
                             [](const date::time_zone& z, std::string_view n) {
                               return std::string_view(z.name()) < n;
                             });
  return it != zones.end() && it->name() == name ? &*it : nullptr;
}

}  // namespace

bool IsTimeZone(std::string_view name) { return !name.empty() && Find(name) != nullptr; }

std::optional<int> UtcOffsetMinutes(std::string_view zone, Millis at) {
  const date::time_zone* z = Find(zone);
  if (z == nullptr) return std::nullopt;
  const date::sys_time<std::chrono::milliseconds> t{std::chrono::milliseconds(at)};
  return static_cast<int>(
      std::chrono::duration_cast<std::chrono::minutes>(z->get_info(t).offset).count());
}

const std::vector<std::string>& TimeZoneNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const auto& z : date::get_tzdb().zones)
      if (z.name() != kNotAZone) names.emplace_back(z.name());
    std::sort(names.begin(), names.end());
    return names;
  }();
  return kNames;
}

}  // namespace tandem
