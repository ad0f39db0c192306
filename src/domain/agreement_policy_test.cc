// The agreement table: every relation against every action. A change in who may do what with a
// relationship's agreement must change this table on purpose.
#include "domain/agreement_policy.h"

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

const std::vector<PolicyRow>& AgreementTable() {
  //                                      view accept send-link
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U, U, U}},
      {Relation::kOutsider, {H, H, H}},
      {Relation::kMember, {H, H, H}},
      {Relation::kMentee, {A, A, F}},
      {Relation::kMentor, {A, A, F}},
      {Relation::kRecipient, {H, H, H}},
      {Relation::kCoordinator, {A, H, A}},  // sees and resends, never accepts for a side
      {Relation::kOrgAdmin, {A, H, A}},
      {Relation::kOtherCoordinator, {H, H, H}},  // cannot occur yet (no outside mentors)
      {Relation::kGuardian, {A, F, F}},          // accepts through the emailed link instead
  };
  return kTable;
}

TEST(AgreementPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(AgreementTable(), kAllAgreementActions, AgreementDecision, AgreementActionName);
}

TEST(AgreementPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnAgreement(Who(side, true, {}), r, AgreementAction::kAccept));
  EXPECT_CODE(
      AuthorizeOnAgreement(Who("c", true, {Role::kCoordinator}), r, AgreementAction::kAccept),
      StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnAgreement(Who("mentee", true, {Role::kMentee}), r,
                                   AgreementAction::kSendGuardianLink),
              StatusCode::kPermissionDenied);
  EXPECT_OK(AuthorizeOnAgreement(Who("c", true, {Role::kCoordinator}), r,
                                 AgreementAction::kSendGuardianLink));
  // A coordinator who is also the mentor accepts for the mentor's side.
  EXPECT_OK(
      AuthorizeOnAgreement(Who("mentor", true, {Role::kCoordinator}), r, AgreementAction::kAccept));
  Status s = AuthorizeOnAgreement(Who("other", true, {Role::kMentee}), r, AgreementAction::kView);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnAgreement(Who("x", false, {}), r, AgreementAction::kView),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::domain
