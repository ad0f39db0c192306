// The plan table: every relation against every action. A change in who may do what with a
// relationship's plan must change this table on purpose.
#include "domain/plan_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"
#include "domain/policy_table_testing.h"

namespace tandem::domain {
namespace {

using policy_testing::A;
using policy_testing::U;
using policy_testing::H;
using policy_testing::F;
using policy_testing::PolicyRow;
using policy_testing::ExpectPolicyTable;
using policy_testing::Who;

const std::vector<PolicyRow>& PlanTable() {
  //                                      view edit
  static const std::vector<PolicyRow> kTable = {
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

TEST(PlanPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(PlanTable(), kAllPlanActions, PlanDecision, PlanActionName);
}

TEST(PlanPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnPlan(Who(side, true, {}), r, PlanAction::kEdit));
  EXPECT_OK(AuthorizeOnPlan(Who("c", true, {Role::kCoordinator}), r, PlanAction::kView));
  EXPECT_CODE(AuthorizeOnPlan(Who("c", true, {Role::kCoordinator}), r, PlanAction::kEdit),
              StatusCode::kNotFound);
  EXPECT_OK(AuthorizeOnPlan(Who("a", true, {Role::kOrgAdmin}), r, PlanAction::kView));
  // A coordinator who is also the mentor edits as the mentor.
  EXPECT_OK(AuthorizeOnPlan(Who("mentor", true, {Role::kCoordinator}), r, PlanAction::kEdit));
  Status s = AuthorizeOnPlan(Who("other", true, {Role::kMentee}), r, PlanAction::kView);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnPlan(Who("x", false, {}), r, PlanAction::kView), StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnPlan(PartyActor{}, r, PlanAction::kView), StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace tandem::domain
