// Engagement plans in the domain: validation and its limits, progress, writability, milestone
// ids, calendar arithmetic (month, year, leap-year and daylight-saving edges) and templates.
#include "domain/plan.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

// 2026-03-08 07:30 UTC is 2026-03-08 01:30 in Chicago (CST, -6): the day DST starts there.
constexpr Millis kMarch8_0730Utc = 1772955000000LL;

std::string Counter() {
  static int n = 0;
  return "id" + std::to_string(++n);
}

PlanGoal AGoal() {
  PlanGoal g;
  g.title = "Finish the essay";
  g.due_date = "2026-12-01";
  g.milestones = {{"", "Outline", "", Side::kMentee, "2026-11-01", PlanStatus::kDone},
                  {"", "Draft", "two pages", Side::kMentor, "", PlanStatus::kInProgress}};
  return g;
}

TEST(PlanTest, ValidGoalPasses) { EXPECT_OK(ValidateGoal(AGoal())); }

TEST(PlanTest, TitleIsRequiredAndBounded) {
  PlanGoal g = AGoal();
  g.title = "  ";
  EXPECT_CODE(ValidateGoal(g), StatusCode::kInvalidArgument);
  g.title = std::string(kMaxPlanTitleChars, 'a');
  EXPECT_OK(ValidateGoal(g));
  g.title = std::string(kMaxPlanTitleChars + 1, 'a');
  Status s = ValidateGoal(g);
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("title"), std::string::npos) << s.message();
  // Characters, not bytes: 200 two-byte letters fit.
  g.title.clear();
  for (size_t i = 0; i < kMaxPlanTitleChars; ++i) g.title += "\xC3\xA9";
  EXPECT_OK(ValidateGoal(g));
  g.title = "a\nb";
  EXPECT_CODE(ValidateGoal(g), StatusCode::kInvalidArgument);
}

TEST(PlanTest, DescriptionDateAndMilestoneLimits) {
  PlanGoal g = AGoal();
  g.description = std::string(kMaxPlanDescriptionChars, 'd');
  EXPECT_OK(ValidateGoal(g));
  g.description += "d";
  EXPECT_CODE(ValidateGoal(g), StatusCode::kInvalidArgument);
  g = AGoal();
  g.description = "line one\nline two";
  EXPECT_OK(ValidateGoal(g));
  g.due_date = "2026-02-29";  // not a leap year
  EXPECT_CODE(ValidateGoal(g), StatusCode::kInvalidArgument);
  g = AGoal();
  g.milestones[1].due_date = "2026-13-01";
  Status s = ValidateGoal(g);
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("milestones[1].due_date"), std::string::npos) << s.message();
  g = AGoal();
  g.milestones.assign(kMaxGoalMilestones, g.milestones[0]);
  EXPECT_OK(ValidateGoal(g));
  g.milestones.push_back(g.milestones[0]);
  EXPECT_CODE(ValidateGoal(g), StatusCode::kInvalidArgument);
  EXPECT_OK(CheckRoomForGoal(kMaxPlanGoals - 1));
  EXPECT_CODE(CheckRoomForGoal(kMaxPlanGoals), StatusCode::kInvalidArgument);
}

TEST(PlanTest, ProgressCountsDoneOverTotalWithoutDropped) {
  PlanGoal g = AGoal();
  EXPECT_EQ(GoalProgress(g).done, 1);
  EXPECT_EQ(GoalProgress(g).total, 2);
  g.milestones.push_back({"", "Dropped", "", Side::kMentee, "", PlanStatus::kDropped});
  EXPECT_EQ(GoalProgress(g).total, 2);
  PlanGoal empty;
  PlanProgress all = OverallProgress({g, empty, AGoal()});
  EXPECT_EQ(all.done, 2);
  EXPECT_EQ(all.total, 4);
}

TEST(PlanTest, OnlyActiveOrAwaitingPlansAreWritable) {
  Relationship r;
  for (auto s : {RelationshipStatus::kActive, RelationshipStatus::kAwaitingAgreement}) {
    r.status = s;
    EXPECT_OK(CheckPlanWritable(r));
  }
  for (auto s : {RelationshipStatus::kProposed, RelationshipStatus::kDeclined,
                 RelationshipStatus::kEnded, RelationshipStatus::kPaused}) {
    r.status = s;
    EXPECT_CODE(CheckPlanWritable(r), StatusCode::kFailedPrecondition);
  }
}

TEST(PlanTest, MilestonesKeepKnownIdsOnly) {
  PlanGoal before = AGoal();
  before.milestones[0].id = "m1";
  before.milestones[1].id = "m2";
  PlanGoal after = before;
  after.milestones[1].id = "stranger";  // not this goal's: a new milestone
  after.milestones.push_back({"m1", "Again", "", Side::kMentee, "", PlanStatus::kNotStarted});
  AssignMilestoneIds(before, after, &Counter);
  EXPECT_EQ(after.milestones[0].id, "m1");
  EXPECT_NE(after.milestones[1].id, "stranger");
  EXPECT_NE(after.milestones[2].id, "m1");  // an id twice: the second one is new
}

TEST(PlanTest, NamesRoundTrip) {
  for (auto s : {PlanStatus::kNotStarted, PlanStatus::kInProgress, PlanStatus::kDone,
                 PlanStatus::kDropped})
    EXPECT_EQ(ParsePlanStatus(PlanStatusName(s)), s);
  EXPECT_EQ(ParsePlanStatus("finished"), std::nullopt);
  EXPECT_EQ(ParseSide("mentor"), Side::kMentor);
  EXPECT_EQ(ParseSide("guardian"), std::nullopt);
}

TEST(PlanTest, AddDaysCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays("2026-01-31", 1), "2026-02-01");
  EXPECT_EQ(AddDays("2026-02-28", 1), "2026-03-01");
  EXPECT_EQ(AddDays("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(AddDays("2026-12-25", 14), "2027-01-08");
  EXPECT_EQ(AddDays("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(AddDays("2026-01-05", 7 * 52), "2027-01-04");
}

TEST(PlanTest, LocalDateFollowsTheZone) {
  EXPECT_EQ(LocalDate(kMarch8_0730Utc, "UTC"), "2026-03-08");
  EXPECT_EQ(LocalDate(kMarch8_0730Utc, "America/Chicago"), "2026-03-08");
  // 05:30 UTC on 8 March is still the 7th in Chicago; 23:30 UTC on 31 Dec is 1 Jan in Auckland.
  EXPECT_EQ(LocalDate(kMarch8_0730Utc - 2 * kHour, "America/Chicago"), "2026-03-07");
  EXPECT_EQ(LocalDate(1798759800000LL, "UTC"), "2026-12-31");
  EXPECT_EQ(LocalDate(1798759800000LL, "Pacific/Auckland"), "2027-01-01");
  EXPECT_EQ(LocalDate(0, "Not/AZone"), "1970-01-01");
}

TEST(PlanTest, TemplateInstantiatesWeeksFromTheLocalStartDate) {
  PlanTemplate t;
  t.time_zone = "America/Chicago";
  t.goals = {{"Get started", "", Side::kMentee, 4,
              {{"First meeting", "", Side::kMentor, 0}, {"Set goals", "", Side::kMentee, 1}}},
             {"Apply", "Send applications", Side::kMentee, 12, {}}};
  ASSERT_OK(ValidateTemplate(t));
  Relationship r;
  r.id = "rel";
  r.organisation_id = "org";
  // 03:00 UTC on 8 March is the evening of 7 March in Chicago, the night before DST starts:
  // every week is counted in calendar days, so the clock change moves nothing.
  const Millis start = kMarch8_0730Utc - 4 * kHour - 30 * kMinute;
  std::vector<PlanGoal> goals = InstantiateTemplate(t, r, start, &Counter);
  ASSERT_EQ(goals.size(), 2u);
  EXPECT_EQ(goals[0].relationship_id, "rel");
  EXPECT_EQ(goals[0].organisation_id, "org");
  EXPECT_EQ(goals[0].position, 1);
  EXPECT_EQ(goals[1].position, 2);
  EXPECT_EQ(goals[0].due_date, "2026-04-04");
  ASSERT_EQ(goals[0].milestones.size(), 2u);
  EXPECT_EQ(goals[0].milestones[0].due_date, "2026-03-07");
  EXPECT_EQ(goals[0].milestones[1].due_date, "2026-03-14");
  EXPECT_EQ(goals[0].milestones[0].owner, Side::kMentor);
  EXPECT_EQ(goals[0].milestones[0].status, PlanStatus::kNotStarted);
  EXPECT_EQ(goals[1].due_date, "2026-05-30");
  EXPECT_EQ(goals[1].description, "Send applications");
  EXPECT_NE(goals[0].id, goals[1].id);
  EXPECT_EQ(goals[0].version, 1);
}

TEST(PlanTest, TemplateLimits) {
  PlanTemplate t;
  EXPECT_OK(ValidateTemplate(t));  // empty: applies nothing
  t.time_zone = "Mars/Olympus";
  EXPECT_CODE(ValidateTemplate(t), StatusCode::kInvalidArgument);
  t.time_zone = "Europe/Madrid";
  t.goals = {{"Goal", "", Side::kMentee, kMaxTemplateWeeks + 1, {}}};
  EXPECT_CODE(ValidateTemplate(t), StatusCode::kInvalidArgument);
  t.goals = {{"Goal", "", Side::kMentee, 1, {{"", "", Side::kMentor, 1}}}};
  Status s = ValidateTemplate(t);
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("goals[0].milestones[0].title"), std::string::npos) << s.message();
  t.goals.assign(kMaxPlanGoals + 1, {"Goal", "", Side::kMentee, 1, {}});
  EXPECT_CODE(ValidateTemplate(t), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::domain
