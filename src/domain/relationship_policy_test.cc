// The relationship table: every relation against every action. A change in who may do what
// with a match must change this table on purpose.
#include "domain/relationship_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"
#include "domain/policy_table_testing.h"

namespace tandem::domain {
namespace {

using policy_testing::A;
using policy_testing::ExpectPolicyTable;
using policy_testing::F;
using policy_testing::H;
using policy_testing::PolicyRow;
using policy_testing::U;
using policy_testing::Who;

const std::vector<PolicyRow>& RelationshipTable() {
  //                                      view respond resume
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U, U, U}},
      {Relation::kOutsider, {H, H, H}},
      {Relation::kMember, {H, H, F}},  // resume: 403 as kManageMatching answers
      {Relation::kMentee, {A, A, F}},
      {Relation::kMentor, {A, A, F}},
      {Relation::kRecipient, {H, H, H}},
      {Relation::kCoordinator, {A, H, A}},  // never answers for a side: 404 as before
      {Relation::kOrgAdmin, {A, H, A}},
      {Relation::kOtherCoordinator, {H, H, H}},  // cannot occur yet (no outside mentors)
      {Relation::kGuardian, {A, F, F}},          // cannot occur yet (issue 10)
  };
  return kTable;
}

TEST(RelationshipPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(RelationshipTable(), kAllRelationshipActions, RelationshipDecision,
                    RelationshipActionName);
}

TEST(RelationshipPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnRelationship(Who(side, true, {}), r, RelationshipAction::kRespond));
  Status s = AuthorizeOnRelationship(Who("c", true, {Role::kCoordinator}), r,
                                     RelationshipAction::kRespond);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_OK(AuthorizeOnRelationship(Who("c", true, {Role::kCoordinator}), r,
                                    RelationshipAction::kResume));
  EXPECT_CODE(
      AuthorizeOnRelationship(Who("mentee", true, {Role::kMentee}), r, RelationshipAction::kResume),
      StatusCode::kPermissionDenied);
  EXPECT_CODE(AuthorizeOnRelationship(Who("x", false, {}), r, RelationshipAction::kView),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::domain
