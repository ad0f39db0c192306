// The plan table: every relation against every action. A change in who may do what with a
// relationship's plan must change this table on purpose.
#include "domain/plan_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated, H = Decision::kHidden,
                   F = Decision::kForbidden;

struct Row {
  Relation relation;
  std::vector<Decision> expected;  // in the order of kAllPlanActions
};

const std::vector<Row>& Table() {
  //                                      view edit
  static const std::vector<Row> kTable = {
      {Relation::kAnonymous,        {U, U}},
      {Relation::kOutsider,         {H, H}},
      {Relation::kMember,           {H, H}},
      {Relation::kMentee,           {A, A}},
      {Relation::kMentor,           {A, A}},
      {Relation::kRecipient,        {H, H}},
      {Relation::kCoordinator,      {A, H}},  // reads progress; edits the template instead
      {Relation::kOrgAdmin,         {A, H}},
      {Relation::kOtherCoordinator, {H, H}},  // cannot occur yet (no outside mentors)
      {Relation::kGuardian,         {A, F}},
  };
  return kTable;
}

TEST(PlanPolicyTest, TableCoversEveryRelation) {
  ASSERT_EQ(Table().size(), std::size(kAllRelations));
  for (size_t i = 0; i < Table().size(); ++i) EXPECT_EQ(Table()[i].relation, kAllRelations[i]);
}

TEST(PlanPolicyTest, EveryRelationAgainstEveryAction) {
  for (const Row& row : Table()) {
    ASSERT_EQ(row.expected.size(), std::size(kAllPlanActions));
    for (size_t i = 0; i < row.expected.size(); ++i)
      EXPECT_EQ(PlanDecision(row.relation, kAllPlanActions[i]), row.expected[i])
          << RelationName(row.relation) << " / " << PlanActionName(kAllPlanActions[i]);
  }
}

TEST(PlanPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  auto who = [](std::string id, bool member, RoleSet roles) {
    return PartyActor{Actor{std::move(id), false, member, std::move(roles)}, {}};
  };
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnPlan(who(side, true, {}), r, PlanAction::kEdit));
  EXPECT_OK(AuthorizeOnPlan(who("c", true, {Role::kCoordinator}), r, PlanAction::kView));
  EXPECT_CODE(AuthorizeOnPlan(who("c", true, {Role::kCoordinator}), r, PlanAction::kEdit),
              StatusCode::kNotFound);
  EXPECT_OK(AuthorizeOnPlan(who("a", true, {Role::kOrgAdmin}), r, PlanAction::kView));
  // A coordinator who is also the mentor edits as the mentor.
  EXPECT_OK(AuthorizeOnPlan(who("mentor", true, {Role::kCoordinator}), r, PlanAction::kEdit));
  Status s = AuthorizeOnPlan(who("other", true, {Role::kMentee}), r, PlanAction::kView);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnPlan(who("x", false, {}), r, PlanAction::kView), StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnPlan(PartyActor{}, r, PlanAction::kView), StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace tandem::domain
