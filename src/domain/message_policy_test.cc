// The message tables: every relation against every action, for each audience. A change in who
// may read or write a pair's messages must change these tables on purpose.
#include "domain/message_policy.h"

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

// clang-format off
const std::vector<PolicyRow>& AdultTable() {
  //                                  read write report review
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous,        {U, U, U, U}},
      {Relation::kOutsider,         {H, H, H, H}},
      {Relation::kMember,           {H, H, H, H}},
      {Relation::kMentee,           {A, A, A, H}},
      {Relation::kMentor,           {A, A, A, H}},
      {Relation::kRecipient,        {H, H, H, H}},
      {Relation::kCoordinator,      {H, H, H, H}},  // private to the pair
      {Relation::kOrgAdmin,         {H, H, H, H}},  // private to the pair
      {Relation::kOtherCoordinator, {H, H, H, H}},
      {Relation::kGuardian,         {H, H, H, H}},
  };
  return kTable;
}

const std::vector<PolicyRow>& YouthTable() {
  //                                  read write report review
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous,        {U, U, U, U}},
      {Relation::kOutsider,         {H, H, H, H}},
      {Relation::kMember,           {H, H, H, H}},
      {Relation::kMentee,           {A, A, A, H}},
      {Relation::kMentor,           {A, A, A, H}},
      {Relation::kRecipient,        {H, H, H, H}},
      {Relation::kCoordinator,      {A, F, F, A}},  // oversight: reads, never writes as the pair
      {Relation::kOrgAdmin,         {H, H, H, H}},
      {Relation::kOtherCoordinator, {H, H, H, H}},
      {Relation::kGuardian,         {H, H, H, H}},  // alerted through coordinators, not a reader
  };
  return kTable;
}
// clang-format on

TEST(MessagePolicyTest, AdultEveryRelationAgainstEveryAction) {
  ExpectPolicyTable(AdultTable(), kAllMessageActions, AdultMessageDecision, MessageActionName);
}

TEST(MessagePolicyTest, YouthEveryRelationAgainstEveryAction) {
  ExpectPolicyTable(YouthTable(), kAllMessageActions, YouthMessageDecision, MessageActionName);
}

Relationship Pair() {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  return r;
}

TEST(MessagePolicyTest, AdultThreadIsThePairsAlone) {
  const Relationship r = Pair();
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnMessages(Who(side, true, {}), r, Audience::kAdult, MessageAction::kWrite));
  for (const Role role : {Role::kCoordinator, Role::kOrgAdmin}) {
    Status s =
        AuthorizeOnMessages(Who("staff", true, {role}), r, Audience::kAdult, MessageAction::kRead);
    EXPECT_CODE(s, StatusCode::kNotFound);
    EXPECT_EQ(s.message(), "No such relationship.");
  }
  PartyActor platform_admin{Actor{"root", true, false, {}}, {}};
  EXPECT_CODE(AuthorizeOnMessages(platform_admin, r, Audience::kAdult, MessageAction::kRead),
              StatusCode::kNotFound);
  EXPECT_FALSE(MessageThreadOverseen(Audience::kAdult));
}

TEST(MessagePolicyTest, YouthCoordinatorReadsButDoesNotWrite) {
  const Relationship r = Pair();
  const PartyActor coordinator = Who("c", true, {Role::kCoordinator});
  EXPECT_OK(AuthorizeOnMessages(coordinator, r, Audience::kYouth, MessageAction::kRead));
  EXPECT_OK(AuthorizeOnMessages(coordinator, r, Audience::kYouth, MessageAction::kReview));
  EXPECT_CODE(AuthorizeOnMessages(coordinator, r, Audience::kYouth, MessageAction::kWrite),
              StatusCode::kPermissionDenied);
  // A coordinator who is the mentor writes as the mentor.
  EXPECT_OK(AuthorizeOnMessages(Who("mentor", true, {Role::kCoordinator}), r, Audience::kYouth,
                                MessageAction::kWrite));
  EXPECT_CODE(AuthorizeOnMessages(Who("a", true, {Role::kOrgAdmin}), r, Audience::kYouth,
                                  MessageAction::kRead),
              StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnMessages(PartyActor{}, r, Audience::kYouth, MessageAction::kRead),
              StatusCode::kUnauthenticated);
  EXPECT_TRUE(MessageThreadOverseen(Audience::kYouth));
}

}  // namespace
}  // namespace tandem::domain
