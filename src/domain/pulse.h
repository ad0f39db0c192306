// Pulse surveys (issue 10, point 7): a short survey to both sides of an active relationship at
// day 30 after it became active and then every 60 days (the program's norms may change both).
// "How is your mentoring relationship going?" 1..5, "Did you meet since the last survey?", and
// an optional comment that the program's coordinators read (the form says so). The answers feed
// the relationship's health (domain/relationship_health.h). One survey per relationship, person
// and due date: the database's unique key is the claim that makes several servers send each
// survey once. Pure; thread-safe.
#ifndef TANDEM_DOMAIN_PULSE_H_
#define TANDEM_DOMAIN_PULSE_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

inline constexpr int kDefaultPulseFirstDays = 30;
inline constexpr int kDefaultPulseEveryDays = 60;
inline constexpr int kMaxPulseDays = 365;
inline constexpr size_t kMaxPulseCommentChars = 1000;
// The program's values when set (1..kMaxPulseDays), else the defaults.
int PulseFirstDays(int program_days);
int PulseEveryDays(int program_days);

struct PulseSurvey {
  std::string id;
  std::string organisation_id;
  std::string relationship_id;
  std::string person_id;  // the recipient: the mentee or the mentor
  std::string due_on;     // "YYYY-MM-DD": the schedule's date this survey answers for
  Millis sent_at = 0;
  Millis answered_at = 0;  // 0: not answered yet
  int rating = 0;          // 1..5 once answered
  bool met_since = false;
  std::string comment;  // shared with the program's coordinators
};

struct PulseAnswer {
  int rating = 0;
  bool met_since = false;
  std::string comment;
};
// InvalidArgument naming the field: rating outside 1..5, comment too long or holding control
// characters other than newlines and tabs.
Status ValidatePulseAnswer(const PulseAnswer& a);

// The latest date of the schedule (active_since + first, then every `every` days) that is on or
// before `now`'s date (UTC), or nullopt before the first. Only the latest is ever sent: a
// server that was down sends one survey, not the ones it missed.
std::optional<std::string> LatestPulseDue(Millis active_since, int first_days, int every_days,
                                          Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PULSE_H_
