// Relationship care (issue 10, point 7): every relationship has a relationship manager (a
// coordinator of its organisation, who runs the program) and the program a check-in cadence;
// the manager logs check-ins (with whom, the day, notes, follow-ups with due dates), each of
// which restarts the check-in clock. Notes and follow-ups are the program staff's working
// record: never shown to the pair, their guardian or an organisation administrator who does
// not coordinate (domain/checkin_policy.h). Pure; thread-safe.
#ifndef TANDEM_DOMAIN_CHECKIN_H_
#define TANDEM_DOMAIN_CHECKIN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/program.h"

namespace tandem::domain {

// Check-in cadence, in days (0 in the norms: the audience's default).
inline constexpr int kMaxCheckinCadenceDays = 365;
inline constexpr int kYouthCheckinCadenceDays = 30;
inline constexpr int kAdultCheckinCadenceDays = 45;
// The program's cadence when set (1..kMaxCheckinCadenceDays), else the audience's default.
int CheckinCadenceDays(int program_cadence_days, Audience audience);

// Bounds on what a manager writes.
inline constexpr size_t kMaxCheckinNotesChars = 5000;
inline constexpr size_t kMaxFollowUpChars = 500;
inline constexpr size_t kMaxFollowUps = 20;

enum class CheckinWith { kMentee, kMentor, kBoth, kGuardian };
std::string_view CheckinWithName(CheckinWith w);  // "mentee", "mentor", "both", "guardian"
std::optional<CheckinWith> ParseCheckinWith(std::string_view s);

struct FollowUp {
  std::string id;
  std::string text;
  std::string due_date;  // "YYYY-MM-DD"
  Millis done_at = 0;    // 0: open
  std::string done_by;   // person id; '' while open
};

struct Checkin {
  std::string id;
  std::string organisation_id;
  std::string relationship_id;
  CheckinWith with = CheckinWith::kBoth;
  std::string held_on;  // the day it happened, "YYYY-MM-DD" (UTC)
  std::string notes;
  std::string author_id;
  Millis created_at = 0;
  std::vector<FollowUp> follow_ups;
};

// InvalidArgument naming the field: held_on not a real date or after `today` ("YYYY-MM-DD"),
// notes or a follow-up too long or holding control characters other than newlines and tabs, a
// follow-up with empty text or no valid due date, more than kMaxFollowUps follow-ups.
Status ValidateCheckin(const Checkin& c, std::string_view today);

// The relationship's manager and since when they manage it.
struct ManagerAssignment {
  std::string organisation_id;
  std::string relationship_id;
  std::string manager_id;   // '' when nobody manages it (an organisation with no coordinator)
  std::string assigned_by;  // '' when assigned by Tandem
  Millis assigned_at = 0;
  Millis active_since = 0;  // when the relationship was first seen active; 0 not yet
};

// The UTC calendar date of an instant, "YYYY-MM-DD".
std::string UtcDate(Millis t);
// Whole calendar days (UTC) from the date of `from` to the date of `to` (0 on the same day).
int CalendarDaysBetween(Millis from, Millis to);
// Whole days from a "YYYY-MM-DD" date (which must be valid) to the UTC date of `to`.
int DaysSinceDate(std::string_view date, Millis to);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_CHECKIN_H_
