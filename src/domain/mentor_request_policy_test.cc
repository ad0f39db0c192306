// The mentor-request table: every relation against every action. A change in who may do what
// with a request must change this table on purpose.
#include "domain/mentor_request_policy.h"

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

const std::vector<PolicyRow>& RequestTable() {
  //                                      view answer withdraw
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U, U, U}},
      {Relation::kOutsider, {H, H, H}},
      {Relation::kMember, {H, H, H}},
      {Relation::kMentee, {A, H, A}},  // answering is the mentor's: 404 as before
      {Relation::kMentor, {A, A, H}},  // withdrawing is the mentee's: 404 as before
      {Relation::kRecipient, {H, H, H}},
      {Relation::kCoordinator, {H, H, H}},
      {Relation::kOrgAdmin, {H, H, H}},
      {Relation::kOtherCoordinator, {H, H, H}},
      {Relation::kGuardian, {A, F, F}},  // cannot occur yet (issue 10)
  };
  return kTable;
}

TEST(MentorRequestPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(RequestTable(), kAllRequestActions, RequestDecision, RequestActionName);
}

TEST(MentorRequestPolicyTest, DecidesFromTheRecord) {
  MentorRequest r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  EXPECT_OK(AuthorizeOnRequest(Who("mentor", true, {Role::kMentor}), r, RequestAction::kAnswer));
  Status s = AuthorizeOnRequest(Who("mentee", true, {Role::kMentee}), r, RequestAction::kAnswer);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such request.");
  EXPECT_OK(AuthorizeOnRequest(Who("mentee", true, {Role::kMentee}), r, RequestAction::kWithdraw));
  // Another mentor of the organisation, a coordinator, another organisation's member: 404.
  for (const auto& other : {Who("m2", true, {Role::kMentor}), Who("c", true, {Role::kCoordinator}),
                            Who("x", false, {})})
    EXPECT_CODE(AuthorizeOnRequest(other, r, RequestAction::kAnswer), StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnRequest(PartyActor{}, r, RequestAction::kView),
              StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace tandem::domain
