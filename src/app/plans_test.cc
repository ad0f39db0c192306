// Engagement plans in the use cases: the template copied into a new relationship through the
// one creation path, who may read and edit, stale versions, read-only ended plans and limits.
#include "app/plans.h"

#include "app/me.h"
#include "app/programs.h"
#include "app/relationships.h"
#include "app/test_support.h"
#include "base/status_matchers.h"
#include "tests/builders.h"

namespace tandem::app {
namespace {

using domain::PlanStatus;
using domain::ProgramRole;
using domain::RelationshipStatus;
using domain::Role;
using domain::Side;

class PlansTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("acme");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Growth";
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_OK(made);
    program_ = made->program;
    mentee_ = Join("Ana Lopez", ProgramRole::kMentee);
    mentor_ = Join("Max Mentor", ProgramRole::kMentor);
    member_ = Member(org_, {Role::kMentee}, "member");
    domain::Organisation other = MakeOrg("other");
    outsider_ = Member(other, {Role::kCoordinator}, "outsider");
  }

  Caller Join(const std::string& name, ProgramRole role) {
    Caller c = Member(org_, {domain::ToRole(role)}, name.substr(0, 3));
    domain::Profile profile;
    profile.skills_teach = {{"SQL", 4}};
    profile.skills_learn = {{"SQL", 1, 3}};
    profile.mentor = {3, true};
    profile.languages = {"en"};
    profile.availability_hours_per_month = 4;
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, role, ""));
    return c;
  }

  // A relationship made by the one creation path, as accepting a request does.
  domain::Relationship Create() {
    domain::Relationship out;
    EXPECT_OK(store_->Transact([&](Tx& tx) -> Status {
      domain::NewRelationshipInput in;
      in.id = NewId();
      in.organisation_id = org_.id;
      in.program_id = program_.id;
      in.mentee_id = mentee_.person_id;
      in.mentor_id = mentor_.person_id;
      in.source = domain::RelationshipSource::kRequest;
      domain::PairRoom room;
      room.mentor_capacity = 3;
      room.max_mentors_per_mentee = 3;
      ASSIGN_OR_RETURN(out, CreateRelationship(tx, room, in, clock_.Now(), [](domain::RoomLack) {
                         return FailedPrecondition("no room");
                       }));
      return Status::Ok();
    }));
    return out;
  }

  void End(domain::Relationship& r) {
    ASSERT_OK(domain::EndRelationship(r, domain::kEndReasonEnrollmentEnded, clock_.Now()));
    ASSERT_OK(store_->Transact([&](Tx& tx) { return tx.UpdateRelationship(r); }));
  }

  domain::PlanGoal Goal(const std::string& title) {
    domain::PlanGoal g;
    g.title = title;
    g.owner = Side::kMentee;
    g.milestones = {{"", "Step one", "", Side::kMentee, "2026-12-01", PlanStatus::kNotStarted},
                    {"", "Step two", "", Side::kMentor, "", PlanStatus::kNotStarted}};
    return g;
  }

  domain::PlanTemplate Template() {
    domain::PlanTemplate t;
    t.time_zone = "UTC";
    t.goals = {{"Get started", "", Side::kMentee, 4,
                {{"First meeting", "", Side::kMentor, 1}, {"Write goals", "", Side::kMentee, 2}}}};
    return t;
  }

  domain::Organisation org_;
  Caller coordinator_, mentee_, mentor_, member_, outsider_;
  domain::Program program_;
};

TEST_F(PlansTest, NewRelationshipsReceiveTheTemplateAndOlderOnesDoNot) {
  domain::Relationship before = Create();
  auto saved = SavePlanTemplate(*ctx_, coordinator_, org_.id, program_.id, Template(), 0);
  ASSERT_OK(saved);
  EXPECT_EQ(saved->version, 1);
  auto old_plan = GetPlan(*ctx_, mentee_, org_.id, before.id);
  ASSERT_OK(old_plan);
  EXPECT_TRUE(old_plan->goals.empty());
  End(before);
  domain::Relationship r = Create();
  auto plan = GetPlan(*ctx_, mentor_, org_.id, r.id);
  ASSERT_OK(plan);
  ASSERT_EQ(plan->goals.size(), 1u);
  const domain::PlanGoal& g = plan->goals[0];
  EXPECT_EQ(g.title, "Get started");
  // The clock stands at 2026-11-25 (UTC): weeks count from that date.
  EXPECT_EQ(g.due_date, "2026-12-23");
  ASSERT_EQ(g.milestones.size(), 2u);
  EXPECT_EQ(g.milestones[0].due_date, "2026-12-02");
  EXPECT_EQ(g.milestones[1].due_date, "2026-12-09");
  EXPECT_EQ(g.milestones[0].owner, Side::kMentor);
  EXPECT_EQ(plan->progress.done, 0);
  EXPECT_EQ(plan->progress.total, 2);
  EXPECT_EQ(plan->viewer_side, Side::kMentor);
  EXPECT_TRUE(plan->can_edit);
}

TEST_F(PlansTest, ThePairEditStaffReadAndOthersSeeNothing) {
  domain::Relationship r = Create();
  auto added = AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("Learn SQL"));
  ASSERT_OK(added);
  EXPECT_EQ(added->version, 1);
  EXPECT_EQ(added->position, 1);
  ASSERT_EQ(added->milestones.size(), 2u);
  EXPECT_FALSE(added->milestones[0].id.empty());
  // The mentor completes the first milestone.
  domain::PlanGoal edit = *added;
  edit.milestones[0].status = PlanStatus::kDone;
  auto updated = UpdatePlanGoal(*ctx_, mentor_, org_.id, r.id, added->id, edit, 1);
  ASSERT_OK(updated);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->milestones[0].id, added->milestones[0].id);

  for (const Caller& staff : {coordinator_, admin_}) {
    auto seen = GetPlan(*ctx_, staff, org_.id, r.id);
    ASSERT_OK(seen);
    EXPECT_EQ(seen->progress.done, 1);
    EXPECT_EQ(seen->progress.total, 2);
    EXPECT_FALSE(seen->can_edit);
    EXPECT_FALSE(seen->viewer_side.has_value());
    EXPECT_CODE(AddPlanGoal(*ctx_, staff, org_.id, r.id, Goal("x")), StatusCode::kNotFound);
  }
  for (const Caller& stranger : {member_, outsider_}) {
    EXPECT_CODE(GetPlan(*ctx_, stranger, org_.id, r.id), StatusCode::kNotFound);
    EXPECT_CODE(AddPlanGoal(*ctx_, stranger, org_.id, r.id, Goal("x")), StatusCode::kNotFound);
    EXPECT_CODE(DeletePlanGoal(*ctx_, stranger, org_.id, r.id, added->id, 2),
                StatusCode::kNotFound);
  }
  EXPECT_CODE(GetPlan(*ctx_, Caller{}, org_.id, r.id), StatusCode::kUnauthenticated);
  // Another organisation's id for this relationship: nothing.
  EXPECT_CODE(GetPlan(*ctx_, mentee_, "other-org", r.id), StatusCode::kNotFound);
}

TEST_F(PlansTest, AStaleVersionIsRefusedAndLosesNothing) {
  domain::Relationship r = Create();
  auto added = AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("Learn SQL"));
  ASSERT_OK(added);
  domain::PlanGoal mine = *added;
  mine.title = "Mine";
  domain::PlanGoal theirs = *added;
  theirs.status = PlanStatus::kDone;
  ASSERT_OK(UpdatePlanGoal(*ctx_, mentee_, org_.id, r.id, added->id, mine, 1));
  EXPECT_CODE(UpdatePlanGoal(*ctx_, mentor_, org_.id, r.id, added->id, theirs, 1),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(DeletePlanGoal(*ctx_, mentor_, org_.id, r.id, added->id, 1),
              StatusCode::kFailedPrecondition);
  auto plan = GetPlan(*ctx_, mentor_, org_.id, r.id);
  ASSERT_OK(plan);
  ASSERT_EQ(plan->goals.size(), 1u);
  EXPECT_EQ(plan->goals[0].title, "Mine");
  EXPECT_EQ(plan->goals[0].status, PlanStatus::kNotStarted);
  EXPECT_CODE(UpdatePlanGoal(*ctx_, mentor_, org_.id, r.id, "no-such-goal", theirs, 1),
              StatusCode::kNotFound);
  ASSERT_OK(DeletePlanGoal(*ctx_, mentor_, org_.id, r.id, added->id, 2));
  plan = GetPlan(*ctx_, mentor_, org_.id, r.id);
  ASSERT_OK(plan);
  EXPECT_TRUE(plan->goals.empty());
}

TEST_F(PlansTest, AnEndedRelationshipsPlanIsReadOnly) {
  domain::Relationship r = Create();
  auto added = AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("Learn SQL"));
  ASSERT_OK(added);
  End(r);
  auto plan = GetPlan(*ctx_, mentee_, org_.id, r.id);
  ASSERT_OK(plan);
  EXPECT_FALSE(plan->can_edit);
  EXPECT_EQ(plan->goals.size(), 1u);
  EXPECT_CODE(AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("More")),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(UpdatePlanGoal(*ctx_, mentee_, org_.id, r.id, added->id, *added, 1),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(DeletePlanGoal(*ctx_, mentee_, org_.id, r.id, added->id, 1),
              StatusCode::kFailedPrecondition);
}

TEST_F(PlansTest, APlanHoldsAtMostFiftyGoals) {
  domain::Relationship r = Create();
  for (size_t i = 0; i < domain::kMaxPlanGoals; ++i)
    ASSERT_OK(AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("Goal " + std::to_string(i))));
  EXPECT_CODE(AddPlanGoal(*ctx_, mentee_, org_.id, r.id, Goal("One too many")),
              StatusCode::kInvalidArgument);
  domain::PlanGoal bad = Goal("");
  EXPECT_CODE(AddPlanGoal(*ctx_, mentee_, org_.id, r.id, bad), StatusCode::kInvalidArgument);
}

TEST_F(PlansTest, StaffEditTheTemplateUnderItsVersion) {
  EXPECT_CODE(SavePlanTemplate(*ctx_, mentee_, org_.id, program_.id, Template(), 0),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(SavePlanTemplate(*ctx_, outsider_, org_.id, program_.id, Template(), 0),
              StatusCode::kNotFound);
  auto empty = GetPlanTemplate(*ctx_, mentee_, org_.id, program_.id);
  ASSERT_OK(empty);
  EXPECT_EQ(empty->version, 0);
  EXPECT_TRUE(empty->goals.empty());
  ASSERT_OK(SavePlanTemplate(*ctx_, admin_, org_.id, program_.id, Template(), 0));
  EXPECT_CODE(SavePlanTemplate(*ctx_, coordinator_, org_.id, program_.id, Template(), 0),
              StatusCode::kFailedPrecondition);
  auto second = SavePlanTemplate(*ctx_, coordinator_, org_.id, program_.id, Template(), 1);
  ASSERT_OK(second);
  EXPECT_EQ(second->version, 2);
  EXPECT_EQ(second->updated_by, coordinator_.person_id);
  domain::PlanTemplate bad = Template();
  bad.time_zone = "Nowhere/Special";
  EXPECT_CODE(SavePlanTemplate(*ctx_, coordinator_, org_.id, program_.id, bad, 2),
              StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::app
