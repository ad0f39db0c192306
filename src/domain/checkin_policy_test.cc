// The care table (manager, check-ins, health) and the pulse survey table: every relation
// against every action. The pair must never read check-in notes.
#include "domain/checkin_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"
#include "domain/policy_table_testing.h"

namespace tandem::domain {
namespace {

using policy_testing::A;
using policy_testing::ExpectPolicyTable;
using policy_testing::H;
using policy_testing::PolicyRow;
using policy_testing::U;
using policy_testing::Who;

TEST(CarePolicyTest, EveryRelationAgainstEveryAction) {
  //                                      view log assign
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U, U, U}},
      {Relation::kOutsider, {H, H, H}},
      {Relation::kMember, {H, H, H}},
      {Relation::kMentee, {H, H, H}},  // notes are about them, never for them
      {Relation::kMentor, {H, H, H}},
      {Relation::kRecipient, {H, H, H}},
      {Relation::kCoordinator, {A, A, A}},
      {Relation::kOrgAdmin, {H, H, H}},  // unless they also coordinate
      {Relation::kOtherCoordinator, {H, H, H}},
      {Relation::kGuardian, {H, H, H}},
  };
  ExpectPolicyTable(kTable, kAllCareActions, CareDecision, CareActionName);
}

TEST(CarePolicyTest, PulseIsTheRecipientsAlone) {
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U}},   {Relation::kOutsider, {H}}, {Relation::kMember, {H}},
      {Relation::kMentee, {H}},      {Relation::kMentor, {H}},   {Relation::kRecipient, {A}},
      {Relation::kCoordinator, {H}}, {Relation::kOrgAdmin, {H}}, {Relation::kOtherCoordinator, {H}},
      {Relation::kGuardian, {H}},
  };
  ExpectPolicyTable(kTable, kAllPulseActions, PulseDecision, PulseActionName);
}

TEST(CarePolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  EXPECT_OK(AuthorizeOnCare(Who("c", true, {Role::kCoordinator}), r, CareAction::kLog));
  // An administrator who also coordinates reads the notes; one who does not, does not.
  EXPECT_OK(
      AuthorizeOnCare(Who("a", true, {Role::kOrgAdmin, Role::kCoordinator}), r, CareAction::kView));
  Status s = AuthorizeOnCare(Who("a", true, {Role::kOrgAdmin}), r, CareAction::kView);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnCare(Who("mentee", true, {Role::kMentee}), r, CareAction::kView),
              StatusCode::kNotFound);
  RecordParties survey{.organisation_id = "org", .recipient_id = "mentee"};
  EXPECT_OK(AuthorizeOnPulse(Who("mentee", true, {Role::kMentee}), survey, PulseAction::kAnswer));
  EXPECT_CODE(AuthorizeOnPulse(Who("mentor", true, {Role::kMentor}), survey, PulseAction::kAnswer),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::domain
