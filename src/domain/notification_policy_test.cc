// The notification table: every relation against every action. A notice is its recipient's.
#include "domain/notification_policy.h"

#include <gtest/gtest.h>

#include <vector>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

constexpr Decision A = Decision::kAllow, U = Decision::kUnauthenticated, H = Decision::kHidden;

struct Row {
  Relation relation;
  std::vector<Decision> expected;  // in the order of kAllNotificationActions
};

const std::vector<Row>& Table() {
  //                                      view mark_read
  static const std::vector<Row> kTable = {
      {Relation::kAnonymous,        {U, U}},
      {Relation::kOutsider,         {H, H}},
      {Relation::kMember,           {H, H}},
      {Relation::kMentee,           {H, H}},
      {Relation::kMentor,           {H, H}},
      {Relation::kRecipient,        {A, A}},
      {Relation::kCoordinator,      {H, H}},
      {Relation::kOrgAdmin,         {H, H}},
      {Relation::kOtherCoordinator, {H, H}},
      {Relation::kGuardian,         {H, H}},
  };
  return kTable;
}

TEST(NotificationPolicyTest, TableCoversEveryRelation) {
  ASSERT_EQ(Table().size(), std::size(kAllRelations));
  for (size_t i = 0; i < Table().size(); ++i) EXPECT_EQ(Table()[i].relation, kAllRelations[i]);
}

TEST(NotificationPolicyTest, EveryRelationAgainstEveryAction) {
  for (const Row& row : Table()) {
    ASSERT_EQ(row.expected.size(), std::size(kAllNotificationActions));
    for (size_t i = 0; i < row.expected.size(); ++i)
      EXPECT_EQ(NotificationDecision(row.relation, kAllNotificationActions[i]), row.expected[i])
          << RelationName(row.relation) << " / "
          << NotificationActionName(kAllNotificationActions[i]);
  }
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
