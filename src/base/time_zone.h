// IANA time zones from the operating system's tz database (Debian's tzdata in
// /usr/share/zoneinfo, read by Howard Hinnant's date/tz.h built with USE_OS_TZDB), so offsets
// follow each zone's real rules, daylight saving time included. The database is loaded once,
// on first use, and is read-only afterwards: every function here is thread-safe.
#ifndef TANDEM_BASE_TIME_ZONE_H_
#define TANDEM_BASE_TIME_ZONE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"

namespace tandem {

// Whether the database knows the name: a zone ("Europe/London") or a link to one ("UTC",
// "US/Eastern", "Asia/Calcutta"). Case-sensitive, as IANA names are.
bool IsTimeZone(std::string_view name);

// The zone's offset from UTC in minutes at instant `at` (east positive: New York is -300 in
// January and -240 in July), or nullopt for a name the database does not know.
std::optional<int> UtcOffsetMinutes(std::string_view zone, Millis at);

// Every name IsTimeZone accepts, sorted.
const std::vector<std::string>& TimeZoneNames();

}  // namespace tandem

#endif  // TANDEM_BASE_TIME_ZONE_H_
