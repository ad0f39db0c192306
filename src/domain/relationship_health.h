// The health of one relationship, as the relationship manager's caseload shows it (issue 10,
// point 7): on track, needs a check-in, or at risk, with the reasons as data (ids with
// parameters, worded by the web app). The formula, its thresholds and why they are what they
// are: docs/relationship_health.md. Pure; thread-safe.
#ifndef TANDEM_DOMAIN_RELATIONSHIP_HEALTH_H_
#define TANDEM_DOMAIN_RELATIONSHIP_HEALTH_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/reason.h"

namespace tandem::domain {

enum class HealthStatus { kOnTrack, kNeedsCheckin, kAtRisk };
std::string_view HealthStatusName(HealthStatus s);  // "on_track", "needs_checkin", "at_risk"
std::optional<HealthStatus> ParseHealthStatus(std::string_view s);

// Reason ids (each reason's params in docs/relationship_health.md).
inline constexpr std::string_view kHealthPaused = "paused";                 // {}
inline constexpr std::string_view kHealthNoMeetingFor = "no_meeting_for";   // {days, cadence}
inline constexpr std::string_view kHealthNoMeetingYet = "no_meeting_yet";   // {days, cadence}
inline constexpr std::string_view kHealthCheckinDue = "checkin_due";        // {days, cadence}
inline constexpr std::string_view kHealthNoCheckinYet = "no_checkin_yet";   // {days, cadence}
inline constexpr std::string_view kHealthQuietMessages = "quiet_messages";  // {days}
inline constexpr std::string_view kHealthNoMessages = "no_messages";        // {days}
inline constexpr std::string_view kHealthMilestonesOverdue = "milestones_overdue";  // {count}
inline constexpr std::string_view kHealthPulseLow = "pulse_low";                    // {score}
inline constexpr std::string_view kHealthPulseMixed = "pulse_mixed";                // {score}
inline constexpr std::string_view kHealthPulseNotMet = "pulse_not_met";             // {}
inline constexpr std::string_view kHealthFollowUpsOverdue = "follow_ups_overdue";   // {count}
inline constexpr std::string_view kHealthMetRecently = "met_recently";  // {days, cadence}
inline constexpr std::string_view kHealthJustStarted = "just_started";  // {days}

// Overdue milestones from which a pair is at risk (fewer: needs a check-in).
inline constexpr int kAtRiskOverdueMilestones = 3;
// Pulse ratings (1..5): at or below kPulseLowScore is at risk, kPulseMixedScore needs a
// check-in.
inline constexpr int kPulseLowScore = 2;
inline constexpr int kPulseMixedScore = 3;

// Message activity, a signal that exists once messaging does: days since the last message of
// either side (nullopt: none yet). When the whole signal is absent (HealthSignals::messages
// unset) the formula ignores it.
struct MessageActivity {
  std::optional<int> days_since_last;
};

// What is known of one relationship, in whole calendar days (UTC) before `now`.
struct HealthSignals {
  bool paused = false;                      // safeguarding paused contact
  int days_active = 0;                      // since the relationship became active
  int meeting_cadence_days = 30;            // the program's (domain::MeetingCadenceDays)
  int checkin_cadence_days = 30;            // the program's (domain::CheckinCadenceDays)
  std::optional<int> days_since_meeting;    // the last meeting logged as held; nullopt: none
  std::optional<int> days_since_checkin;    // the last check-in; nullopt: none
  std::optional<MessageActivity> messages;  // absent: the signal is not available
  int milestones_overdue = 0;               // not done or dropped, due date passed
  int milestones_total = 0;                 // not dropped
  int milestones_done = 0;
  std::optional<int> pulse_score;  // the lower of each side's latest answer (1..5)
  bool pulse_not_met = false;      // a latest answer said they had not met since the last one
  int follow_ups_overdue = 0;      // the manager's own follow-ups, open past their due date
};

// One reason with the status it brings on its own (on_track for the reasons that say why a
// pair is fine).
struct HealthReason {
  std::string id;
  HealthStatus level = HealthStatus::kOnTrack;
  ReasonParams params;
  bool operator==(const HealthReason&) const = default;
};

struct Health {
  HealthStatus status = HealthStatus::kOnTrack;
  // Most serious first: at-risk reasons, then needs-check-in ones; on track has one reason
  // that says why (met_recently or just_started).
  std::vector<HealthReason> reasons;
  // For sorting a caseload: larger is more urgent (status first, then how far past due).
  long long urgency = 0;
};

// The formula of docs/relationship_health.md.
Health AssessHealth(const HealthSignals& s);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RELATIONSHIP_HEALTH_H_
