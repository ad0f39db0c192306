#include "domain/relationship_health.h"

#include <algorithm>

namespace tandem::domain {
namespace {

long long Rank(HealthStatus s) {
  switch (s) {
    case HealthStatus::kOnTrack:
      return 0;
    case HealthStatus::kNeedsCheckin:
      return 1;
    case HealthStatus::kAtRisk:
      return 2;
  }
  return 0;
}

class Assessment {
 public:
  // A reason at `level`; `late` is how many days past its limit the signal is (for urgency).
  void Add(std::string_view id, HealthStatus level, ReasonParams params, long long late = 0) {
    reasons_.push_back(HealthReason{std::string(id), level, std::move(params)});
    late_ = std::max(late_, late);
  }
  Health Finish(HealthReason fine) && {
    Health h;
    for (const HealthReason& r : reasons_)
      if (Rank(r.level) > Rank(h.status)) h.status = r.level;
    std::stable_sort(
        reasons_.begin(), reasons_.end(),
        [](const HealthReason& a, const HealthReason& b) { return Rank(a.level) > Rank(b.level); });
    if (reasons_.empty()) reasons_.push_back(std::move(fine));
    h.reasons = std::move(reasons_);
    // Status first; within a status, more reasons and more days late come first.
    h.urgency = Rank(h.status) * 1'000'000'000LL +
                static_cast<long long>(h.reasons.size()) * 1'000'000LL +
                std::min<long long>(late_, 999'999);
    if (h.status == HealthStatus::kOnTrack) h.urgency = 0;
    return h;
  }

 private:
  std::vector<HealthReason> reasons_;
  long long late_ = 0;
};

ReasonParams DaysAndCadence(int days, int cadence) {
  return {{"days", static_cast<long long>(days)}, {"cadence", static_cast<long long>(cadence)}};
}

}  // namespace

std::string_view HealthStatusName(HealthStatus s) {
  switch (s) {
    case HealthStatus::kOnTrack:
      return "on_track";
    case HealthStatus::kNeedsCheckin:
      return "needs_checkin";
    case HealthStatus::kAtRisk:
      return "at_risk";
  }
  return "on_track";
}

std::optional<HealthStatus> ParseHealthStatus(std::string_view s) {
  for (HealthStatus h :
       {HealthStatus::kOnTrack, HealthStatus::kNeedsCheckin, HealthStatus::kAtRisk})
    if (HealthStatusName(h) == s) return h;
  return std::nullopt;
}

Health AssessHealth(const HealthSignals& s) {
  using enum HealthStatus;
  Assessment a;
  const int meeting_cadence = std::max(1, s.meeting_cadence_days);
  const int checkin_cadence = std::max(1, s.checkin_cadence_days);

  if (s.paused) a.Add(kHealthPaused, kAtRisk, {});

  // Meetings: past the cadence needs a check-in; past twice the cadence is at risk. A pair that
  // never met counts from the day it became active.
  const int since_meeting = s.days_since_meeting.value_or(s.days_active);
  const std::string_view meeting_id =
      s.days_since_meeting ? kHealthNoMeetingFor : kHealthNoMeetingYet;
  if (!s.paused && since_meeting > 2 * meeting_cadence)
    a.Add(meeting_id, kAtRisk, DaysAndCadence(since_meeting, meeting_cadence),
          since_meeting - meeting_cadence);
  else if (!s.paused && since_meeting > meeting_cadence)
    a.Add(meeting_id, kNeedsCheckin, DaysAndCadence(since_meeting, meeting_cadence),
          since_meeting - meeting_cadence);

  // Check-ins are the manager's rhythm: late is a reason to check in, never a risk by itself.
  const int since_checkin = s.days_since_checkin.value_or(s.days_active);
  if (since_checkin > checkin_cadence)
    a.Add(s.days_since_checkin ? kHealthCheckinDue : kHealthNoCheckinYet, kNeedsCheckin,
          DaysAndCadence(since_checkin, checkin_cadence), since_checkin - checkin_cadence);

  // Messages (when the signal exists): quiet for longer than the meeting cadence.
  if (s.messages && !s.paused) {
    if (s.messages->days_since_last) {
      if (*s.messages->days_since_last > meeting_cadence)
        a.Add(kHealthQuietMessages, kNeedsCheckin,
              {{"days", static_cast<long long>(*s.messages->days_since_last)}});
    } else if (s.days_active > meeting_cadence) {
      a.Add(kHealthNoMessages, kNeedsCheckin, {{"days", static_cast<long long>(s.days_active)}});
    }
  }

  if (s.milestones_overdue > 0)
    a.Add(kHealthMilestonesOverdue,
          s.milestones_overdue >= kAtRiskOverdueMilestones ? kAtRisk : kNeedsCheckin,
          {{"count", static_cast<long long>(s.milestones_overdue)}});

  if (s.pulse_score && *s.pulse_score <= kPulseLowScore)
    a.Add(kHealthPulseLow, kAtRisk, {{"score", static_cast<long long>(*s.pulse_score)}});
  else if (s.pulse_score && *s.pulse_score == kPulseMixedScore)
    a.Add(kHealthPulseMixed, kNeedsCheckin, {{"score", static_cast<long long>(*s.pulse_score)}});
  if (s.pulse_not_met) a.Add(kHealthPulseNotMet, kNeedsCheckin, {});

  if (s.follow_ups_overdue > 0)
    a.Add(kHealthFollowUpsOverdue, kNeedsCheckin,
          {{"count", static_cast<long long>(s.follow_ups_overdue)}});

  HealthReason fine = s.days_since_meeting
                          ? HealthReason{std::string(kHealthMetRecently), kOnTrack,
                                         DaysAndCadence(*s.days_since_meeting, meeting_cadence)}
                          : HealthReason{std::string(kHealthJustStarted),
                                         kOnTrack,
                                         {{"days", static_cast<long long>(s.days_active)}}};
  return std::move(a).Finish(std::move(fine));
}

}  // namespace tandem::domain
