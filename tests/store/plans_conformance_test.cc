// Conformance: engagement plans and program plan templates (app/ports/plans_port.h): goals
// with their milestones, optimistic versions, organisation scoping and the template document.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::PlanStatus;
using domain::ProgramRole;
using domain::Side;

class PlansConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    rel_ = test::ARelationship(program_, mentee_.id, mentor_.id)
               .Status(domain::RelationshipStatus::kActive);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel_); }));
  }

  domain::PlanGoal Goal(const std::string& id, int position) {
    domain::PlanGoal g;
    g.id = id;
    g.organisation_id = org_.id;
    g.relationship_id = rel_.id;
    g.position = position;
    g.title = "Goal " + id + " ñ";
    g.description = "Why\nit matters";
    g.owner = Side::kMentor;
    g.due_date = "2027-02-28";
    g.status = PlanStatus::kInProgress;
    g.version = 1;
    g.created_at = 100;
    g.updated_at = 200;
    g.milestones = {{id + "-m1", "First", "", Side::kMentee, "2027-01-31", PlanStatus::kDone},
                    {id + "-m2", "Second", "d", Side::kMentor, "", PlanStatus::kNotStarted}};
    return g;
  }

  Result<std::vector<domain::PlanGoal>> List(const std::string& org) {
    return Read<std::vector<domain::PlanGoal>>(
        [&](app::Tx& tx) { return tx.ListPlanGoals(org, rel_.id); });
  }

  domain::Person mentee_, mentor_;
  domain::Relationship rel_;
};

TEST_P(PlansConformanceTest, GoalsRoundTripWithMilestonesInOrder) {
  auto empty = List(org_.id);
  ASSERT_OK(empty.status());
  EXPECT_TRUE(empty->empty());
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(Goal("g2", 2)); }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(Goal("g1", 1)); }));
  auto goals = List(org_.id);
  ASSERT_OK(goals.status());
  ASSERT_EQ(goals->size(), 2u);
  const domain::PlanGoal& g = (*goals)[0];
  EXPECT_EQ(g.id, "g1");
  EXPECT_EQ((*goals)[1].id, "g2");
  EXPECT_EQ(g.organisation_id, org_.id);
  EXPECT_EQ(g.relationship_id, rel_.id);
  EXPECT_EQ(g.position, 1);
  EXPECT_EQ(g.title, "Goal g1 ñ");
  EXPECT_EQ(g.description, "Why\nit matters");
  EXPECT_EQ(g.owner, Side::kMentor);
  EXPECT_EQ(g.due_date, "2027-02-28");
  EXPECT_EQ(g.status, PlanStatus::kInProgress);
  EXPECT_EQ(g.version, 1);
  EXPECT_EQ(g.created_at, 100);
  EXPECT_EQ(g.updated_at, 200);
  ASSERT_EQ(g.milestones.size(), 2u);
  EXPECT_EQ(g.milestones[0].id, "g1-m1");
  EXPECT_EQ(g.milestones[0].status, PlanStatus::kDone);
  EXPECT_EQ(g.milestones[0].due_date, "2027-01-31");
  EXPECT_EQ(g.milestones[1].owner, Side::kMentor);
  EXPECT_EQ(g.milestones[1].due_date, "");
  EXPECT_EQ(g.milestones[1].description, "d");
  auto one = Read<domain::PlanGoal>(
      [&](app::Tx& tx) { return tx.GetPlanGoal(org_.id, rel_.id, "g2"); });
  ASSERT_OK(one.status());
  EXPECT_EQ(one->milestones.size(), 2u);
  // Taken id; unknown relationship.
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(Goal("g1", 3)); }),
              StatusCode::kAlreadyExists);
  domain::PlanGoal stray = Goal("g9", 9);
  stray.relationship_id = "nope";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(stray); }),
              StatusCode::kNotFound);
}

TEST_P(PlansConformanceTest, OtherOrganisationSeesNothing) {
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(Goal("g1", 1)); }));
  auto theirs = List(other_org_.id);
  ASSERT_OK(theirs.status());
  EXPECT_TRUE(theirs->empty());
  EXPECT_CODE(Read<domain::PlanGoal>(
                  [&](app::Tx& tx) { return tx.GetPlanGoal(other_org_.id, rel_.id, "g1"); })
                  .status(),
              StatusCode::kNotFound);
  domain::PlanGoal g = Goal("g1", 1);
  g.organisation_id = other_org_.id;
  g.version = 2;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdatePlanGoal(g, 1); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeletePlanGoal(other_org_.id, rel_.id, "g1", 1); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Read<std::optional<domain::PlanTemplate>>([&](app::Tx& tx) -> Result<std::optional<domain::PlanTemplate>> {
                domain::PlanTemplate t;
                t.organisation_id = other_org_.id;
                t.program_id = program_.id;
                t.version = 1;
                RETURN_IF_ERROR(tx.SavePlanTemplate(t, 0));
                return std::optional<domain::PlanTemplate>();
              }).status(),
              StatusCode::kNotFound);
}

TEST_P(PlansConformanceTest, AStaleVersionLosesNothing) {
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPlanGoal(Goal("g1", 1)); }));
  domain::PlanGoal mine = Goal("g1", 1);
  mine.title = "Mine";
  mine.version = 2;
  mine.milestones = {{"g1-m2", "Second, done", "", Side::kMentor, "", PlanStatus::kDone},
                     {"g1-m3", "New", "", Side::kMentee, "2027-03-01", PlanStatus::kNotStarted},
                     {"g1-m4", "Newer", "", Side::kMentee, "", PlanStatus::kNotStarted}};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdatePlanGoal(mine, 1); }));
  // Someone else read version 1 too: their write is refused, and mine stays.
  domain::PlanGoal theirs = Goal("g1", 1);
  theirs.title = "Theirs";
  theirs.version = 2;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.UpdatePlanGoal(theirs, 1); }),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeletePlanGoal(org_.id, rel_.id, "g1", 1); }),
              StatusCode::kFailedPrecondition);
  auto got = Read<domain::PlanGoal>(
      [&](app::Tx& tx) { return tx.GetPlanGoal(org_.id, rel_.id, "g1"); });
  ASSERT_OK(got.status());
  EXPECT_EQ(got->title, "Mine");
  EXPECT_EQ(got->version, 2);
  ASSERT_EQ(got->milestones.size(), 3u);
  EXPECT_EQ(got->milestones[0].id, "g1-m2");
  EXPECT_EQ(got->milestones[0].status, PlanStatus::kDone);
  EXPECT_EQ(got->milestones[2].id, "g1-m4");
  // The current version deletes the goal and its milestones.
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeletePlanGoal(org_.id, rel_.id, "g1", 2); }));
  auto after = List(org_.id);
  ASSERT_OK(after.status());
  EXPECT_TRUE(after->empty());
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeletePlanGoal(org_.id, rel_.id, "g1", 2); }),
              StatusCode::kNotFound);
}

TEST_P(PlansConformanceTest, TemplateIsSavedUnderItsVersion) {
  auto none = Read<std::optional<domain::PlanTemplate>>(
      [&](app::Tx& tx) { return tx.FindPlanTemplate(org_.id, program_.id); });
  ASSERT_OK(none.status());
  EXPECT_FALSE(none->has_value());
  domain::PlanTemplate t;
  t.organisation_id = org_.id;
  t.program_id = program_.id;
  t.time_zone = "America/Chicago";
  t.goals = {{"Start \"well\" ñ", "line\none", Side::kMentee, 2,
              {{"Meet", "", Side::kMentor, 0}, {"Plan", "x", Side::kMentee, 1}}},
             {"Finish", "", Side::kMentor, 52, {}}};
  t.version = 1;
  t.updated_by = mentor_.id;
  t.updated_at = 77;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SavePlanTemplate(t, 0); }));
  // A second first save (someone else saved meanwhile) is refused.
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SavePlanTemplate(t, 0); }),
              StatusCode::kFailedPrecondition);
  auto got = Read<std::optional<domain::PlanTemplate>>(
      [&](app::Tx& tx) { return tx.FindPlanTemplate(org_.id, program_.id); });
  ASSERT_OK(got.status());
  ASSERT_TRUE(got->has_value());
  const domain::PlanTemplate& g = **got;
  EXPECT_EQ(g.time_zone, "America/Chicago");
  EXPECT_EQ(g.version, 1);
  EXPECT_EQ(g.updated_by, mentor_.id);
  EXPECT_EQ(g.updated_at, 77);
  ASSERT_EQ(g.goals.size(), 2u);
  EXPECT_EQ(g.goals[0].title, "Start \"well\" ñ");
  EXPECT_EQ(g.goals[0].description, "line\none");
  EXPECT_EQ(g.goals[0].due_week, 2);
  ASSERT_EQ(g.goals[0].milestones.size(), 2u);
  EXPECT_EQ(g.goals[0].milestones[0].owner, Side::kMentor);
  EXPECT_EQ(g.goals[0].milestones[1].description, "x");
  EXPECT_EQ(g.goals[1].owner, Side::kMentor);
  EXPECT_EQ(g.goals[1].due_week, 52);
  t.goals.pop_back();
  t.version = 2;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SavePlanTemplate(t, 1); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SavePlanTemplate(t, 1); }),
              StatusCode::kFailedPrecondition);
  got = Read<std::optional<domain::PlanTemplate>>(
      [&](app::Tx& tx) { return tx.FindPlanTemplate(org_.id, program_.id); });
  ASSERT_OK(got.status());
  EXPECT_EQ((*got)->goals.size(), 1u);
  EXPECT_EQ((*got)->version, 2);
  domain::PlanTemplate stray = t;
  stray.program_id = "nope";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SavePlanTemplate(stray, 0); }),
              StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, PlansConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
