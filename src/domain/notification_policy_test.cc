// The notification table: every relation against every action. A notice is its recipient's.
#include "domain/notification_policy.h"

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

const std::vector<PolicyRow>& NotificationTable() {
  //                                      view mark_read
  static const std::vector<PolicyRow> kTable = {
      {Relation::kAnonymous, {U, U}},        {Relation::kOutsider, {H, H}},
      {Relation::kMember, {H, H}},           {Relation::kMentee, {H, H}},
      {Relation::kMentor, {H, H}},           {Relation::kRecipient, {A, A}},
      {Relation::kCoordinator, {H, H}},      {Relation::kOrgAdmin, {H, H}},
      {Relation::kOtherCoordinator, {H, H}}, {Relation::kGuardian, {H, H}},
  };
  return kTable;
}

TEST(NotificationPolicyTest, EveryRelationAgainstEveryAction) {
  ExpectPolicyTable(NotificationTable(), kAllNotificationActions, NotificationDecision,
                    NotificationActionName);
}

TEST(NotificationPolicyTest, DecidesFromTheRecord) {
  Notification n;
  n.organisation_id = "org";
  n.person_id = "p";
  PartyActor recipient{Actor{"p", false, true, {Role::kMentee}}, {}};
  PartyActor admin{Actor{"a", false, true, {Role::kOrgAdmin}}, {}};
  EXPECT_OK(AuthorizeOnNotification(recipient, n, NotificationAction::kMarkRead));
  Status s = AuthorizeOnNotification(admin, n, NotificationAction::kMarkRead);
  EXPECT_CODE(s, StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "No such notification.");
}

}  // namespace
}  // namespace tandem::domain
