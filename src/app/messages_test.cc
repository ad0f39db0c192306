// Messages in the use cases: the pair write and read; youth coordinators read and review but
// never write; adult threads are the pair's alone; screening flags youth messages and notifies
// the coordinators; read markers and unread counts; live events after commit; the mentee's
// "I feel unsafe" pauses contact, notifies, emails and audits; who receives a live message.
#include "app/messages.h"

#include "app/me.h"
#include "app/message_safety.h"
#include "app/notifications.h"
#include "app/programs.h"
#include "app/relationships.h"
#include "app/safeguarding.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::ProgramRole;
using domain::Role;

class CountingLive : public LiveEvents {
 public:
  void MessagesChanged() override { ++changed; }
  void SessionEnded(const std::string&) override {}
  int changed = 0;
};

class MessagesTest : public testing::UseCaseTest {
 protected:
  void SetUpFor(domain::Audience audience) {
    ctx_->live = &live_;
    org_ = MakeOrg("acme");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    org_admin_ = Member(org_, {Role::kOrgAdmin}, "admin");
    domain::Program p;
    p.name = "Growth";
    p.audience = audience;
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_OK(made);
    program_ = made->program;
    mentee_ = Join("Ana Lopez", ProgramRole::kMentee);
    mentor_ = Join("Max Mentor", ProgramRole::kMentor);
    ASSERT_OK(store_->Transact([&](Tx& tx) -> Status {
      domain::NewRelationshipInput in;
      in.id = NewId();
      in.organisation_id = org_.id;
      in.program_id = program_.id;
      in.mentee_id = mentee_.person_id;
      in.mentor_id = mentor_.person_id;
      in.source = domain::RelationshipSource::kRequest;
      domain::PairRoom room;
      room.mentor_capacity = 3;
      room.max_mentors_per_mentee = 3;
      ASSIGN_OR_RETURN(rel_, CreateRelationship(tx, room, in, clock_.Now(), [](domain::RoomLack) {
                         return FailedPrecondition("no room");
                       }));
      return Status::Ok();
    }));
  }

  Caller Join(const std::string& name, ProgramRole role) {
    Caller c = Member(org_, {domain::ToRole(role)}, name.substr(0, 3));
    domain::Profile profile;
    profile.skills_teach = {{"SQL", 4}};
    profile.skills_learn = {{"SQL", 1, 3}};
    profile.mentor = {3, true};
    profile.languages = {"en"};
    profile.availability_hours_per_month = 4;
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, role, ""));
    return c;
  }

  MessageView Send(const Caller& who, const std::string& body) {
    clock_.Advance(1000);
    auto m = SendMessage(*ctx_, who, org_.id, rel_.id, body);
    EXPECT_OK(m);
    return m.ok() ? *m : MessageView{};
  }

  CountingLive live_;
  domain::Organisation org_;
  domain::Program program_;
  domain::Relationship rel_;
  Caller coordinator_, org_admin_, mentee_, mentor_;

  std::vector<domain::Notification> NotificationsOf(const Caller& c) {
    auto page = ListMyNotifications(*ctx_, c, {});
    EXPECT_OK(page);
    return page.ok() ? page->items : std::vector<domain::Notification>{};
  }
};

TEST_F(MessagesTest, AdultThreadIsThePairsAloneAndCountsUnread) {
  SetUpFor(domain::Audience::kAdult);
  const MessageView m = Send(mentor_, "Hello 555-123-4567");
  EXPECT_EQ(live_.changed, 1);
  EXPECT_EQ(m.message.flag_status, domain::FlagStatus::kNone);  // adults are not screened
  EXPECT_EQ(m.author_side, domain::Side::kMentor);
  auto t = GetThread(*ctx_, mentee_, org_.id, rel_.id);
  ASSERT_OK(t);
  EXPECT_FALSE(t->overseen);
  EXPECT_EQ(t->unread, 1);
  auto unread = GetMyUnread(*ctx_, mentee_);
  ASSERT_OK(unread);
  EXPECT_EQ(unread->total, 1);
  ASSERT_OK(MarkThreadRead(*ctx_, mentee_, org_.id, rel_.id, m.message.id));
  EXPECT_EQ(GetMyUnread(*ctx_, mentee_)->total, 0);
  for (const Caller& c : {coordinator_, org_admin_}) {
    EXPECT_CODE(ListMessages(*ctx_, c, org_.id, rel_.id, {}).status(), StatusCode::kNotFound);
    EXPECT_CODE(SendMessage(*ctx_, c, org_.id, rel_.id, "hi").status(), StatusCode::kNotFound);
  }
  EXPECT_CODE(GetThread(*ctx_, admin_, org_.id, rel_.id).status(),  // the platform admin
              StatusCode::kNotFound);
  auto readers = InReadTx<std::vector<std::string>>(*store_, [&](Tx& tx) {
    return MessageReaders(
        tx, MessageDelivery{m.message, program_.id, mentee_.person_id, mentor_.person_id});
  });
  ASSERT_OK(readers);
  EXPECT_EQ(*readers, (std::vector<std::string>{mentee_.person_id, mentor_.person_id}));
}

TEST_F(MessagesTest, YouthMessagesAreScreenedAndOverseen) {
  SetUpFor(domain::Audience::kYouth);
  ASSERT_OK(SaveProgramWatchWords(*ctx_, coordinator_, org_.id, program_.id, {"secreto"}));
  const MessageView plain = Send(mentee_, "See you at 4:15 on 2026-03-01");
  const MessageView flagged = Send(mentee_, "Es un SECRETO: ana@example.org");
  EXPECT_FALSE(flagged.flag_visible);  // the pair never see flags
  auto seen = ListMessages(*ctx_, coordinator_, org_.id, rel_.id, {});
  ASSERT_OK(seen);
  ASSERT_EQ(seen->items.size(), 2u);
  EXPECT_TRUE(seen->items[0].flag_visible);
  EXPECT_EQ(seen->items[0].message.flag_reasons,
            (std::vector<std::string>{"contact_email", "watch_word"}));
  EXPECT_EQ(seen->items[1].message.id, plain.message.id);
  EXPECT_EQ(seen->items[1].message.flag_status, domain::FlagStatus::kNone);
  EXPECT_CODE(SendMessage(*ctx_, coordinator_, org_.id, rel_.id, "hi").status(),
              StatusCode::kPermissionDenied);
  EXPECT_CODE(ListMessages(*ctx_, org_admin_, org_.id, rel_.id, {}).status(),
              StatusCode::kNotFound);
  bool told = false;
  for (const auto& n : NotificationsOf(coordinator_))
    told |= n.kind == domain::NotificationKind::kMessageFlagged &&
            n.params.at("message_id") == flagged.message.id;
  EXPECT_TRUE(told);
  auto queue = ListFlaggedMessages(*ctx_, coordinator_, org_.id, {});
  ASSERT_OK(queue);
  ASSERT_EQ(queue->items.size(), 1u);
  EXPECT_CODE(ListFlaggedMessages(*ctx_, org_admin_, org_.id, {}).status(),
              StatusCode::kPermissionDenied);
  ASSERT_OK(ResolveMessageFlag(*ctx_, coordinator_, org_.id, rel_.id, flagged.message.id, "ok"));
  EXPECT_TRUE(ListFlaggedMessages(*ctx_, coordinator_, org_.id, {})->items.empty());
  auto readers = InReadTx<std::vector<std::string>>(*store_, [&](Tx& tx) {
    return MessageReaders(
        tx, MessageDelivery{flagged.message, program_.id, mentee_.person_id, mentor_.person_id});
  });
  ASSERT_OK(readers);
  EXPECT_EQ(readers->size(), 3u);  // the pair and the coordinator
}

TEST_F(MessagesTest, FeelingUnsafePausesContactUntilACoordinatorResumes) {
  SetUpFor(domain::Audience::kAdult);
  EXPECT_CODE(FeelUnsafe(*ctx_, mentor_, org_.id, rel_.id, "").status(),
              StatusCode::kPermissionDenied);
  auto report = FeelUnsafe(*ctx_, mentee_, org_.id, rel_.id, "I am scared");
  ASSERT_OK(report);
  EXPECT_EQ(report->report.kind, domain::ReportKind::kUnsafe);
  EXPECT_CODE(SendMessage(*ctx_, mentor_, org_.id, rel_.id, "hello?").status(),
              StatusCode::kFailedPrecondition);
  auto t = GetThread(*ctx_, mentee_, org_.id, rel_.id);
  ASSERT_OK(t);
  EXPECT_EQ(t->relationship_status, domain::RelationshipStatus::kPaused);
  EXPECT_FALSE(t->can_write);
  EXPECT_FALSE(t->can_feel_unsafe);
  auto reports = ListOpenReports(*ctx_, coordinator_, org_.id, {});
  ASSERT_OK(reports);
  ASSERT_EQ(reports->items.size(), 1u);
  EXPECT_EQ(reports->items[0].report.text, "I am scared");
  bool told = false;
  for (const auto& n : NotificationsOf(coordinator_))
    told |=
        n.kind == domain::NotificationKind::kSafetyReport && n.params.at("report_kind") == "unsafe";
  EXPECT_TRUE(told);
  ASSERT_OK(ResumeRelationship(*ctx_, coordinator_, org_.id, rel_.id));
  Send(mentor_, "Back again");
}

}  // namespace
}  // namespace tandem::app
