#include "domain/checkin.h"

#include <algorithm>
#include <cstdio>

#include "base/strings.h"
#include "domain/enum_names.h"

namespace tandem::domain {
namespace {

constexpr Millis kDay = 24LL * 60 * 60 * 1000;

bool HasControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7F;
  });
}

Status CheckText(const std::string& field, std::string_view text, size_t max) {
  if (Utf8Length(text) > max)
    return FieldInvalid(field, "must be at most " + std::to_string(max) + " characters");
  if (HasControl(text)) return FieldInvalid(field, "must not hold control characters");
  return Status::Ok();
}

long long FloorDay(Millis t) { return t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay); }

}  // namespace

int CheckinCadenceDays(int program_cadence_days, Audience audience) {
  if (program_cadence_days >= 1 && program_cadence_days <= kMaxCheckinCadenceDays)
    return program_cadence_days;
  return audience == Audience::kYouth ? kYouthCheckinCadenceDays : kAdultCheckinCadenceDays;
}

std::string_view CheckinWithName(CheckinWith w) {
  switch (w) {
    case CheckinWith::kMentee:
      return "mentee";
    case CheckinWith::kMentor:
      return "mentor";
    case CheckinWith::kBoth:
      return "both";
    case CheckinWith::kGuardian:
      return "guardian";
  }
  return "";
}

std::optional<CheckinWith> ParseCheckinWith(std::string_view s) {
  static constexpr CheckinWith kAll[] = {CheckinWith::kMentee, CheckinWith::kMentor,
                                         CheckinWith::kBoth, CheckinWith::kGuardian};
  return ParseByName(s, kAll, CheckinWithName);
}

Status ValidateCheckin(const Checkin& c, std::string_view today) {
  if (!IsValidDate(c.held_on)) return FieldInvalid("held_on", "must be a date, YYYY-MM-DD");
  if (c.held_on > today) return FieldInvalid("held_on", "must not be in the future");
  RETURN_IF_ERROR(CheckText("notes", c.notes, kMaxCheckinNotesChars));
  if (c.follow_ups.size() > kMaxFollowUps)
    return FieldInvalid("follow_ups",
                        "at most " + std::to_string(kMaxFollowUps) + " follow-ups per check-in");
  for (size_t i = 0; i < c.follow_ups.size(); ++i) {
    const FollowUp& f = c.follow_ups[i];
    const std::string path = "follow_ups[" + std::to_string(i) + "]";
    if (Trim(f.text).empty()) return FieldInvalid(path + ".text", "must not be empty");
    RETURN_IF_ERROR(CheckText(path + ".text", f.text, kMaxFollowUpChars));
    if (!IsValidDate(f.due_date))
      return FieldInvalid(path + ".due_date", "must be a date, YYYY-MM-DD");
  }
  return Status::Ok();
}

std::string UtcDate(Millis t) { return CivilFromDays(FloorDay(t)); }

int CalendarDaysBetween(Millis from, Millis to) {
  return static_cast<int>(FloorDay(to) - FloorDay(from));
}

int DaysSinceDate(std::string_view date, Millis to) {
  auto num = [&](size_t at, size_t len) {
    int v = 0;
    for (size_t i = at; i < at + len && i < date.size(); ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  const long long days =
      DaysFromCivil(num(0, 4), static_cast<unsigned>(num(5, 2)), static_cast<unsigned>(num(8, 2)));
  return static_cast<int>(FloorDay(to) - days);
}

}  // namespace tandem::domain
