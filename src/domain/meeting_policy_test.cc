// The meeting table: every relation against every action. A change in who may do what with a
// relationship's meetings must change this table on purpose.
#include "domain/meeting_policy.h"

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

// clang-format off
const std::vector<PolicyRow>& Table() {
  //                                  schedule notes take-part
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous,        {U, U, U}},
      {Relation::kOutsider,         {H, H, H}},
      {Relation::kMember,           {H, H, H}},
      {Relation::kMentee,           {A, A, A}},
      {Relation::kMentor,           {A, A, A}},
      {Relation::kRecipient,        {H, H, H}},
      {Relation::kCoordinator,      {A, H, H}},  // follows the schedule; notes stay with the pair
      {Relation::kOrgAdmin,         {H, H, H}},
      {Relation::kOtherCoordinator, {H, H, H}},
      {Relation::kGuardian,         {H, H, H}},
  };
  return kTable;
}
// clang-format on

TEST(MeetingPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(Table(), kAllMeetingActions, MeetingDecision, MeetingActionName);
}

TEST(MeetingPolicyTest, DecidesFromTheRecord) {
  Relationship r;
  r.organisation_id = "org";
  r.mentee_id = "mentee";
  r.mentor_id = "mentor";
  for (const char* side : {"mentee", "mentor"})
    EXPECT_OK(AuthorizeOnMeetings(Who(side, true, {}), r, MeetingAction::kTakePart));
  const PartyActor coordinator = Who("c", true, {Role::kCoordinator});
  EXPECT_OK(AuthorizeOnMeetings(coordinator, r, MeetingAction::kViewSchedule));
  EXPECT_CODE(AuthorizeOnMeetings(coordinator, r, MeetingAction::kReadNotes),
              StatusCode::kNotFound);
  EXPECT_CODE(AuthorizeOnMeetings(coordinator, r, MeetingAction::kTakePart), StatusCode::kNotFound);
  EXPECT_CODE(
      AuthorizeOnMeetings(Who("a", true, {Role::kOrgAdmin}), r, MeetingAction::kViewSchedule),
      StatusCode::kNotFound);
  // A coordinator who is also the mentor takes part as the mentor.
  EXPECT_OK(
      AuthorizeOnMeetings(Who("mentor", true, {Role::kCoordinator}), r, MeetingAction::kTakePart));
  Status s =
      AuthorizeOnMeetings(Who("other", true, {Role::kMentee}), r, MeetingAction::kViewSchedule);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such relationship.");
  EXPECT_CODE(AuthorizeOnMeetings(PartyActor{}, r, MeetingAction::kViewSchedule),
              StatusCode::kUnauthenticated);
}

}  // namespace
}  // namespace tandem::domain
