#include "domain/pulse.h"

#include <algorithm>

#include "base/strings.h"
#include "domain/checkin.h"
#include "domain/plan.h"

namespace tandem::domain {

int PulseFirstDays(int program_days) {
  return program_days >= 1 && program_days <= kMaxPulseDays ? program_days : kDefaultPulseFirstDays;
}
int PulseEveryDays(int program_days) {
  return program_days >= 1 && program_days <= kMaxPulseDays ? program_days : kDefaultPulseEveryDays;
}

Status ValidatePulseAnswer(const PulseAnswer& a) {
  if (a.rating < 1 || a.rating > 5) return FieldInvalid("rating", "must be between 1 and 5");
  if (Utf8Length(a.comment) > kMaxPulseCommentChars)
    return FieldInvalid("comment",
                        "must be at most " + std::to_string(kMaxPulseCommentChars) + " characters");
  if (std::any_of(a.comment.begin(), a.comment.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7F;
      }))
    return FieldInvalid("comment", "must not hold control characters");
  return Status::Ok();
}

std::optional<std::string> LatestPulseDue(Millis active_since, int first_days, int every_days,
                                          Millis now) {
  const int first = PulseFirstDays(first_days);
  const int every = PulseEveryDays(every_days);
  const int days = CalendarDaysBetween(active_since, now);
  if (active_since <= 0 || days < first) return std::nullopt;
  const int offset = first + ((days - first) / every) * every;
  return AddDays(UtcDate(active_since), offset);
}

}  // namespace tandem::domain
