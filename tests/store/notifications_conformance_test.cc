// Conformance: in-app notifications as data. Every kind round-trips with its parameters
// (names with quotes and accents, counts, enumerated words), and migration 0015 keeps the rows
// written before it, with their kind and link and empty parameters. Listing, paging and marking
// read are in relationships_conformance_test.cc and pagination_conformance_test.cc.
#include <string>
#include <vector>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::Notification;
using store::MigrationPolicy;
using domain::NotificationContent;

class NotificationsConformanceTest : public StoreTest {
 protected:
  std::vector<Notification> Notifications(const std::string& person_id) {
    auto list = Read<std::vector<Notification>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListNotifications(person_id, {0, {}})); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<Notification>{};
  }
};

TEST_P(NotificationsConformanceTest, EveryKindRoundTripsWithItsParameters) {
  const domain::Person reader = AddPerson();
  const domain::Organisation org = AddOrganisation();
  const std::string name = "Zoë \"Zo\" O'Brien \\ 李";
  const std::vector<NotificationContent> contents = {
      domain::MatchProposed(NewId(), "Robótica", name, domain::OtherRole::kMentor),
      domain::MatchMatched(NewId(), "Robótica", name, domain::OtherRole::kPeer),
      domain::MatchAccepted(NewId(), "Robótica", name),
      domain::MatchConfirmed(NewId(), "Robótica", name),
      domain::MatchDeclined(NewId(), "Robótica", name),
      domain::MatchPaused(NewId(), "Robótica"),
      domain::MatchResumed(NewId(), "Robótica"),
      domain::RequestReceived(NewId(), "Robótica", name),
      domain::RequestAccepted(NewId(), NewId(), "Robótica", name),
      domain::RequestDeclined(NewId(), "Robótica", name, "Mi agenda está llena.\nLo siento."),
      domain::RequestWithdrawn(NewId(), "Robótica", name, domain::LeftSide::kMentor),
      domain::RelationshipEnded(NewId(), "Robótica", name),
      domain::EnrollmentEnded(NewId(), "Robótica"),
      domain::SafeguardingPaused(org.id, NewId(), "Robótica", 2, 0, 11),
      domain::AgreementUpdated(NewId(), "Robótica", 3),
      domain::RequestMatchedElsewhere(NewId(), "Robótica", name),
      domain::MeetingProposed(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MeetingSuggested(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MeetingAccepted(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MeetingDeclined(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MeetingRescheduled(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MeetingCancelled(NewId(), NewId(), "Robótica", name, test::kT0),
      domain::MessageFlagged(org.id, NewId(), "Robótica", NewId(), NewId()),
      domain::SafetyReportFiled(org.id, NewId(), "Robótica", NewId(), NewId(), "concern"),
      domain::CaseloadAssigned(org.id, NewId(), "Robótica", name, "Ana"),
      domain::PulseSurveyDue(org.id, NewId(), "Robótica", name),
  };
  ASSERT_EQ(contents.size(), domain::AllNotificationKinds().size());
  std::vector<Notification> written;
  Millis at = test::kT0;
  for (const NotificationContent& c : contents)
    written.push_back(test::ANotification(reader.id).OrganisationId(org.id).Content(c).CreatedAt(
        at++));
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    for (const Notification& n : written) RETURN_IF_ERROR(tx.InsertNotification(n));
    return Status::Ok();
  }));
  std::vector<Notification> read = Notifications(reader.id);
  ASSERT_EQ(read.size(), written.size());
  for (size_t i = 0; i < written.size(); ++i) {
    const Notification& want = written[written.size() - 1 - i];  // newest first
    EXPECT_EQ(Fields(read[i]), Fields(want)) << domain::NotificationKindName(want.kind);
    EXPECT_OK(domain::ValidateNotificationParams(read[i].kind, read[i].params));
  }
}

// Rows written before 0015 held an English sentence; after it they keep their kind, link and
// read state, with empty parameters (the reader's app shows a generic line for the kind).
TEST_P(NotificationsConformanceTest, Migration15KeepsOldRowsWithEmptyParameters) {
  std::vector<store::Migration> before;
  const store::Migration* m15 = nullptr;
  for (const store::Migration& m : store::EmbeddedMigrations(store_->dialect())) {
    if (m.version < 15) before.push_back(m);
    if (m.version == 15) m15 = &m;
  }
  ASSERT_NE(m15, nullptr);
  store_.reset();
  url_ = FreshUnmigratedUrl();
  auto fresh = OpenAgain(2, MigrationPolicy::kSkip);
  ASSERT_OK(fresh);
  store_ = std::move(fresh).value();
  ASSERT_OK(store_->MigrateWith(before));
  const domain::Person reader = AddPerson();
  const std::string rel = NewId();

  // 0015 applied to a database holding one old row (written by the old schema's own SQL).
  const std::string old_row =
      "INSERT INTO notifications (id, person_id, organisation_id, kind, text, link, created_at,"
      " read_at) VALUES ('old-1', '" + reader.id + "', NULL, 'match_accepted',"
      " 'Ana accepted the match in Robotics.', '/relationships/" + rel + "', 5, 7);\n";
  const std::string with_old_row = old_row + m15->sql;
  std::vector<store::Migration> migrations = before;
  migrations.push_back({15, m15->name, with_old_row.c_str()});
  ASSERT_OK(store_->MigrateWith(migrations));
  ASSERT_OK(store_->Migrate());  // and the rest, if any, from here

  std::vector<Notification> read = Notifications(reader.id);
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].id, "old-1");
  EXPECT_EQ(read[0].kind, domain::NotificationKind::kMatchAccepted);
  EXPECT_TRUE(read[0].params.empty());
  EXPECT_EQ(read[0].link, "/relationships/" + rel);
  EXPECT_EQ(read[0].created_at, 5);
  EXPECT_EQ(read[0].read_at, 7);

  // New rows carry their parameters next to it.
  Notification fresh_row = test::ANotification(reader.id)
                               .Content(domain::MatchConfirmed(rel, "Robotics", "Ana"))
                               .CreatedAt(9);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertNotification(fresh_row); }));
  read = Notifications(reader.id);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(Fields(read[0]), Fields(fresh_row));
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
