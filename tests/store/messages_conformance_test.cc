// Conformance: message threads, read markers, flags, safety reports and watch lists
// (app/ports/messages_port.h): round trips, organisation scoping, paging newest first, markers
// that only move forward (also from two connections at once), unread counts per thread and per
// person, the live streams' catch-up read, open flags and reports per program.
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::FlagStatus;
using domain::Message;
using domain::ProgramRole;

class MessagesConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    rel_ = test::ARelationship(program_, mentee_.id, mentor_.id)
               .Status(domain::RelationshipStatus::kActive);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel_); }));
  }

  Message AMessage(const std::string& id, const std::string& author, Millis at,
                   std::vector<std::string> reasons = {}) {
    return domain::NewMessage(id, rel_, author, "Hola ñ <b>" + id + "</b>\nline two",
                              std::move(reasons), at);
  }

  void Insert(const Message& m) {
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertMessage(m); }));
  }

  int Unread(const std::string& person) {
    auto n = Read<int>([&](app::Tx& tx) { return tx.CountUnread(org_.id, rel_.id, person); });
    EXPECT_OK(n.status());
    return n.ok() ? *n : -1;
  }

  Status Advance(const std::string& person, const Message& m, Millis now = 1) {
    return Write([&](app::Tx& tx) {
      return tx.AdvanceReadMarker(org_.id, rel_.id, person, app::ReadMarker{m.created_at, m.id},
                                  now);
    });
  }

  domain::Person mentee_, mentor_;
  domain::Relationship rel_;
};

TEST_P(MessagesConformanceTest, MessagesRoundTripScopedToTheirThread) {
  Insert(AMessage("m1", mentee_.id, 1000, {"contact_phone", "watch_word"}));
  auto got = Read<Message>([&](app::Tx& tx) { return tx.GetMessage(org_.id, rel_.id, "m1"); });
  ASSERT_OK(got.status());
  EXPECT_EQ(got->body, "Hola ñ <b>m1</b>\nline two");
  EXPECT_EQ(got->author_id, mentee_.id);
  EXPECT_EQ(got->created_at, 1000);
  EXPECT_EQ(got->flag_status, FlagStatus::kOpen);
  EXPECT_EQ(got->flag_reasons, (std::vector<std::string>{"contact_phone", "watch_word"}));
  EXPECT_CODE(Read<Message>([&](app::Tx& tx) {
                return tx.GetMessage(other_org_.id, rel_.id, "m1");
              }).status(),
              StatusCode::kNotFound);
  EXPECT_CODE(
      Read<Message>([&](app::Tx& tx) { return tx.GetMessage(org_.id, "another", "m1"); }).status(),
      StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertMessage(AMessage("m1", mentee_.id, 2)); }),
              StatusCode::kAlreadyExists);
  Message stray = AMessage("m2", mentee_.id, 3);
  stray.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertMessage(stray); }), StatusCode::kNotFound);

  // The flag is resolved with a note.
  Message m = *got;
  ASSERT_OK(domain::ResolveFlag(m, mentor_.id, "Hablado ñ", 5000));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateMessageFlag(m); }));
  got = Read<Message>([&](app::Tx& tx) { return tx.GetMessage(org_.id, rel_.id, "m1"); });
  ASSERT_OK(got.status());
  EXPECT_EQ(got->flag_status, FlagStatus::kResolved);
  EXPECT_EQ(got->flag_note, "Hablado ñ");
  EXPECT_EQ(got->flag_resolved_by, mentor_.id);
  EXPECT_EQ(got->flag_resolved_at, 5000);
}

TEST_P(MessagesConformanceTest, ThreadPagesNewestFirstWithStableTies) {
  // Two messages in the same millisecond still have one order (by id).
  for (const auto& [id, at] : std::vector<std::pair<std::string, Millis>>{
           {"a", 10}, {"c", 20}, {"b", 20}, {"d", 30}, {"e", 40}}) {
    Insert(AMessage(id, mentee_.id, at));
  }
  std::vector<std::string> ids;
  app::PageQuery page{2, std::nullopt};
  for (int i = 0; i < 10; ++i) {
    auto rows = Read<app::PageRows<Message>>(
        [&](app::Tx& tx) { return tx.ListMessages(org_.id, rel_.id, page); });
    ASSERT_OK(rows.status());
    for (const Message& m : rows->items) ids.push_back(m.id);
    if (!rows->next) break;
    page.after = rows->next;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"e", "d", "c", "b", "a"}));
  auto none = Read<app::PageRows<Message>>(
      [&](app::Tx& tx) { return tx.ListMessages(other_org_.id, rel_.id, app::kEveryRow); });
  ASSERT_OK(none.status());
  EXPECT_TRUE(none->items.empty());
}

TEST_P(MessagesConformanceTest, ReadMarkersOnlyMoveForwardAndCountUnread) {
  const Message m1 = AMessage("m1", mentor_.id, 10);
  const Message m2 = AMessage("m2", mentor_.id, 20);
  const Message own = AMessage("m3", mentee_.id, 30);
  for (const Message& m : {m1, m2, own}) Insert(m);
  EXPECT_EQ(Unread(mentee_.id), 2);  // their own message is never unread
  EXPECT_EQ(Unread(mentor_.id), 1);
  ASSERT_OK(Advance(mentee_.id, m2));
  EXPECT_EQ(Unread(mentee_.id), 0);
  ASSERT_OK(Advance(mentee_.id, m1));  // older: ignored
  auto marker = Read<app::ReadMarker>(
      [&](app::Tx& tx) { return tx.GetReadMarker(org_.id, rel_.id, mentee_.id); });
  ASSERT_OK(marker.status());
  EXPECT_EQ(marker->message_id, "m2");
  EXPECT_EQ(marker->created_at, 20);
  auto per_person = Read<std::vector<app::ThreadUnread>>(
      [&](app::Tx& tx) { return tx.CountUnreadOfPerson(mentor_.id); });
  ASSERT_OK(per_person.status());
  ASSERT_EQ(per_person->size(), 1u);
  EXPECT_EQ((*per_person)[0].relationship_id, rel_.id);
  EXPECT_EQ((*per_person)[0].organisation_id, org_.id);
  EXPECT_EQ((*per_person)[0].unread, 1);
  auto nobody = Read<std::vector<app::ThreadUnread>>(
      [&](app::Tx& tx) { return tx.CountUnreadOfPerson(mentee_.id); });
  ASSERT_OK(nobody.status());
  EXPECT_TRUE(nobody->empty());
}

TEST_P(MessagesConformanceTest, ConcurrentMarkersKeepTheNewest) {
  std::vector<Message> ms;
  for (int i = 0; i < 8; ++i) {
    ms.push_back(AMessage("m" + std::to_string(i), mentor_.id, 100 + i));
    Insert(ms.back());
  }
  std::vector<std::thread> threads;
  std::vector<Status> results(ms.size());
  for (size_t i = 0; i < ms.size(); ++i)
    threads.emplace_back([&, i] { results[i] = Advance(mentee_.id, ms[i]); });
  for (auto& t : threads) t.join();
  for (const Status& s : results)
    EXPECT_TRUE(s.ok() || s.code() == StatusCode::kUnavailable) << s.message();
  // Whatever order they committed in, the marker ends at the newest one that committed.
  auto marker = Read<app::ReadMarker>(
      [&](app::Tx& tx) { return tx.GetReadMarker(org_.id, rel_.id, mentee_.id); });
  ASSERT_OK(marker.status());
  std::string newest;
  for (size_t i = 0; i < ms.size(); ++i)
    if (results[i].ok()) newest = ms[i].id;
  EXPECT_EQ(marker->message_id, newest);
}

TEST_P(MessagesConformanceTest, MessagesSinceCarryTheirPair) {
  Insert(AMessage("old", mentee_.id, 10));
  Insert(AMessage("new1", mentor_.id, 50));
  Insert(AMessage("new2", mentee_.id, 60));
  auto rows = Read<std::vector<app::MessageDelivery>>(
      [&](app::Tx& tx) { return tx.ListMessagesSince(50, 10); });
  ASSERT_OK(rows.status());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].message.id, "new1");
  EXPECT_EQ((*rows)[1].message.id, "new2");
  EXPECT_EQ((*rows)[0].program_id, program_.id);
  EXPECT_EQ((*rows)[0].mentee_id, mentee_.id);
  EXPECT_EQ((*rows)[0].mentor_id, mentor_.id);
  auto one = Read<std::vector<app::MessageDelivery>>(
      [&](app::Tx& tx) { return tx.ListMessagesSince(0, 1); });
  ASSERT_OK(one.status());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].message.id, "old");
}

TEST_P(MessagesConformanceTest, FlagsReportsAndTheirCounts) {
  Insert(AMessage("f1", mentee_.id, 10, {"contact_email"}));
  Insert(AMessage("f2", mentee_.id, 20, {"watch_word"}));
  Insert(AMessage("plain", mentee_.id, 30));
  auto flagged = Read<app::PageRows<Message>>(
      [&](app::Tx& tx) { return tx.ListFlaggedMessages(org_.id, app::kEveryRow); });
  ASSERT_OK(flagged.status());
  ASSERT_EQ(flagged->items.size(), 2u);
  EXPECT_EQ(flagged->items[0].id, "f2");

  domain::SafetyReport rep;
  rep.id = "r1";
  rep.organisation_id = org_.id;
  rep.program_id = program_.id;
  rep.relationship_id = rel_.id;
  rep.reporter_id = mentee_.id;
  rep.message_id = "f1";
  rep.kind = domain::ReportKind::kMessage;
  rep.reason = "harassment";
  rep.text = "Me molesta ñ";
  rep.created_at = 40;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertSafetyReport(rep); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertSafetyReport(rep); }),
              StatusCode::kAlreadyExists);
  auto back =
      Read<domain::SafetyReport>([&](app::Tx& tx) { return tx.GetSafetyReport(org_.id, "r1"); });
  ASSERT_OK(back.status());
  EXPECT_EQ(back->text, "Me molesta ñ");
  EXPECT_EQ(back->message_id, "f1");
  EXPECT_EQ(back->kind, domain::ReportKind::kMessage);
  EXPECT_CODE(Read<domain::SafetyReport>([&](app::Tx& tx) {
                return tx.GetSafetyReport(other_org_.id, "r1");
              }).status(),
              StatusCode::kNotFound);

  auto work = Read<std::vector<app::ProgramSafetyWork>>(
      [&](app::Tx& tx) { return tx.CountSafetyWork(org_.id); });
  ASSERT_OK(work.status());
  ASSERT_EQ(work->size(), 1u);
  EXPECT_EQ((*work)[0].program_id, program_.id);
  EXPECT_EQ((*work)[0].open_flags, 2);
  EXPECT_EQ((*work)[0].open_reports, 1);

  domain::SafetyReport resolved = *back;
  ASSERT_OK(domain::ResolveReport(resolved, mentor_.id, "Listo", 50));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.UpdateSafetyReport(resolved); }));
  auto open = Read<app::PageRows<domain::SafetyReport>>(
      [&](app::Tx& tx) { return tx.ListOpenSafetyReports(org_.id, app::kEveryRow); });
  ASSERT_OK(open.status());
  EXPECT_TRUE(open->items.empty());
}

TEST_P(MessagesConformanceTest, WatchWordsKeepTheirOrder) {
  const std::vector<std::string> words = {"secreto", "quedar solos", "Ñandú"};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveWatchWords(org_.id, program_.id, words); }));
  auto got = Read<std::vector<std::string>>(
      [&](app::Tx& tx) { return tx.GetWatchWords(org_.id, program_.id); });
  ASSERT_OK(got.status());
  EXPECT_EQ(*got, words);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveWatchWords(org_.id, program_.id, {"uno"}); }));
  got = Read<std::vector<std::string>>(
      [&](app::Tx& tx) { return tx.GetWatchWords(org_.id, program_.id); });
  ASSERT_OK(got.status());
  EXPECT_EQ(*got, (std::vector<std::string>{"uno"}));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SaveWatchWords(other_org_.id, program_.id, {}); }),
              StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, MessagesConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
