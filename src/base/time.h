// Time vocabulary: instants are milliseconds since the Unix epoch (UTC) in an int64, which
// both databases store as BIGINT. Clock is a port so tests can control "now".
#ifndef TANDEM_BASE_TIME_H_
#define TANDEM_BASE_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tandem {

using Millis = std::int64_t;
constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Millis Now() const = 0;
};

// The real clock. Thread-safe.
class SystemClock : public Clock {
 public:
  Millis Now() const override;
};

// A clock tests move by hand. Not thread-safe.
class FakeClock : public Clock {
 public:
  explicit FakeClock(Millis now) : now_(now) {}
  Millis Now() const override { return now_; }
  void Advance(Millis by) { now_ += by; }

 private:
  Millis now_;
};

// "2026-11-25T18:30:00Z" (seconds precision, UTC).
std::string FormatRfc3339(Millis t);

// The instant an RFC 3339 date-time names: "YYYY-MM-DDTHH:MM:SS" with optional fractional
// seconds (milliseconds kept, more digits dropped) and "Z" or an offset "+HH:MM" / "-HH:MM".
// nullopt for anything else (no date-only forms, real calendar dates only, years 1900-9999).
std::optional<Millis> ParseRfc3339(std::string_view s);

// A calendar date "YYYY-MM-DD" validated for real month lengths and leap years.
bool IsValidDate(std::string_view date);

// Days since 1970-01-01 of a date of the proleptic Gregorian calendar (month 1-12, day 1-31),
// and back to "YYYY-MM-DD" (H. Hinnant's days_from_civil / civil_from_days; any year).
long long DaysFromCivil(long long year, unsigned month, unsigned day);
std::string CivilFromDays(long long days);

}  // namespace tandem

#endif  // TANDEM_BASE_TIME_H_
