// The health formula (docs/relationship_health.md) at each of its boundaries.
#include "domain/relationship_health.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

// A pair that met 5 days ago and was checked in on 5 days ago, in a 30/30 program.
HealthSignals Fine() {
  HealthSignals s;
  s.days_active = 100;
  s.meeting_cadence_days = 30;
  s.checkin_cadence_days = 30;
  s.days_since_meeting = 5;
  s.days_since_checkin = 5;
  return s;
}

std::vector<std::string> Ids(const Health& h) {
  std::vector<std::string> out;
  for (const HealthReason& r : h.reasons) out.push_back(r.id);
  return out;
}

long long Param(const Health& h, std::string_view id, const std::string& name) {
  for (const HealthReason& r : h.reasons)
    if (r.id == id) return std::get<long long>(r.params.at(name));
  ADD_FAILURE() << "no reason " << id;
  return -1;
}

TEST(RelationshipHealthTest, AFinePairIsOnTrackAndSaysWhy) {
  Health h = AssessHealth(Fine());
  EXPECT_EQ(h.status, HealthStatus::kOnTrack);
  EXPECT_EQ(Ids(h), std::vector<std::string>{"met_recently"});
  EXPECT_EQ(Param(h, kHealthMetRecently, "days"), 5);
  EXPECT_EQ(h.urgency, 0);
}

TEST(RelationshipHealthTest, MeetingsAtTheCadenceAndTwiceIt) {
  struct Row {
    int days;
    HealthStatus want;
  };
  for (Row row : {Row{30, HealthStatus::kOnTrack}, Row{31, HealthStatus::kNeedsCheckin},
                  Row{60, HealthStatus::kNeedsCheckin}, Row{61, HealthStatus::kAtRisk}}) {
    HealthSignals s = Fine();
    s.days_since_meeting = row.days;
    Health h = AssessHealth(s);
    EXPECT_EQ(h.status, row.want) << row.days;
    if (row.want != HealthStatus::kOnTrack) {
      EXPECT_EQ(Ids(h), std::vector<std::string>{"no_meeting_for"}) << row.days;
      EXPECT_EQ(Param(h, kHealthNoMeetingFor, "days"), row.days);
      EXPECT_EQ(Param(h, kHealthNoMeetingFor, "cadence"), 30);
    }
  }
}

TEST(RelationshipHealthTest, APairThatNeverMetCountsFromActivation) {
  HealthSignals s = Fine();
  s.days_since_meeting.reset();
  s.days_active = 10;
  s.days_since_checkin.reset();
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kOnTrack);
  EXPECT_EQ(Ids(h), std::vector<std::string>{"just_started"});
  s.days_active = 61;
  h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kAtRisk);
  EXPECT_EQ(Ids(h), (std::vector<std::string>{"no_meeting_yet", "no_checkin_yet"}));
}

TEST(RelationshipHealthTest, ALateCheckInNeedsACheckInButIsNeverARisk) {
  HealthSignals s = Fine();
  s.days_since_checkin = 30;
  EXPECT_EQ(AssessHealth(s).status, HealthStatus::kOnTrack);
  s.days_since_checkin = 31;
  EXPECT_EQ(AssessHealth(s).status, HealthStatus::kNeedsCheckin);
  s.days_since_checkin = 400;
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kNeedsCheckin);
  EXPECT_EQ(Param(h, kHealthCheckinDue, "cadence"), 30);
}

TEST(RelationshipHealthTest, MilestonesOverdue) {
  HealthSignals s = Fine();
  s.milestones_overdue = 2;
  EXPECT_EQ(AssessHealth(s).status, HealthStatus::kNeedsCheckin);
  s.milestones_overdue = kAtRiskOverdueMilestones;
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kAtRisk);
  EXPECT_EQ(Param(h, kHealthMilestonesOverdue, "count"), 3);
}

TEST(RelationshipHealthTest, PulseScores) {
  struct Row {
    int score;
    HealthStatus want;
  };
  for (Row row : {Row{1, HealthStatus::kAtRisk}, Row{2, HealthStatus::kAtRisk},
                  Row{3, HealthStatus::kNeedsCheckin}, Row{4, HealthStatus::kOnTrack},
                  Row{5, HealthStatus::kOnTrack}}) {
    HealthSignals s = Fine();
    s.pulse_score = row.score;
    EXPECT_EQ(AssessHealth(s).status, row.want) << row.score;
  }
  HealthSignals s = Fine();
  s.pulse_not_met = true;
  EXPECT_EQ(Ids(AssessHealth(s)), std::vector<std::string>{"pulse_not_met"});
}

TEST(RelationshipHealthTest, MessagesCountOnlyWhenTheSignalExists) {
  HealthSignals s = Fine();
  EXPECT_EQ(AssessHealth(s).status, HealthStatus::kOnTrack);  // absent: ignored
  s.messages = MessageActivity{std::nullopt};
  EXPECT_EQ(Ids(AssessHealth(s)), std::vector<std::string>{"no_messages"});
  s.messages = MessageActivity{30};
  EXPECT_EQ(AssessHealth(s).status, HealthStatus::kOnTrack);
  s.messages = MessageActivity{31};
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kNeedsCheckin);
  EXPECT_EQ(Param(h, kHealthQuietMessages, "days"), 31);
}

TEST(RelationshipHealthTest, PausedIsAtRiskWithoutMeetingReasons) {
  HealthSignals s = Fine();
  s.paused = true;
  s.days_since_meeting = 90;
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kAtRisk);
  EXPECT_EQ(Ids(h), std::vector<std::string>{"paused"});
}

TEST(RelationshipHealthTest, FollowUpsOverdueAndOrderOfReasons) {
  HealthSignals s = Fine();
  s.follow_ups_overdue = 1;
  s.pulse_score = 1;
  Health h = AssessHealth(s);
  EXPECT_EQ(h.status, HealthStatus::kAtRisk);
  EXPECT_EQ(Ids(h), (std::vector<std::string>{"pulse_low", "follow_ups_overdue"}));
}

TEST(RelationshipHealthTest, UrgencyOrdersStatusThenLateness) {
  HealthSignals late = Fine(), later = Fine(), risk = Fine();
  late.days_since_meeting = 35;
  later.days_since_meeting = 50;
  risk.pulse_score = 2;
  EXPECT_LT(AssessHealth(late).urgency, AssessHealth(later).urgency);
  EXPECT_LT(AssessHealth(later).urgency, AssessHealth(risk).urgency);
  EXPECT_EQ(ParseHealthStatus("needs_checkin"), HealthStatus::kNeedsCheckin);
  EXPECT_EQ(ParseHealthStatus("bad"), std::nullopt);
}

}  // namespace
}  // namespace tandem::domain
