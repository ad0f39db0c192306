// Meetings in the use cases: who arranges and reads them, the proposal's answer by the other
// side, reschedule and cancel, logging with the next meeting at the cadence (once), private
// notes that only their author reads, the calendar event of a meeting and the calendar feed.
#include "app/meetings.h"

#include "app/agreements.h"
#include "app/calendar_feeds.h"
#include "app/me.h"
#include "app/notifications.h"
#include "app/programs.h"
#include "app/relationships.h"
#include "app/test_support.h"
#include "base/status_matchers.h"
#include "tests/builders.h"

namespace tandem::app {
namespace {

using domain::MeetingMode;
using domain::MeetingProposer;
using domain::MeetingStatus;
using domain::ProgramRole;
using domain::Role;

// Keeps the events it was asked to write; writes their UIDs, one a line.
class RecordingCalendar : public CalendarWriter {
 public:
  Result<std::string> Write(const std::string& name,
                            const std::vector<CalendarEvent>& events) const override {
    last_name = name;
    last = events;
    std::string out;
    for (const auto& e : events) out += e.uid + "\n";
    return out;
  }
  mutable std::string last_name;
  mutable std::vector<CalendarEvent> last;
};

class MeetingsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    ctx_->calendar = &calendar_;
    ctx_->public_url = "https://tandem.example";
    org_ = MakeOrg("acme");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Growth";
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_OK(made);
    program_ = made->program;
    mentee_ = Join("Ana Lopez", ProgramRole::kMentee);
    mentor_ = Join("Max Mentor", ProgramRole::kMentor);
    member_ = Member(org_, {Role::kMentee}, "member");
    outsider_ = Member(MakeOrg("other"), {Role::kCoordinator}, "outsider");
    relationship_ = Create();
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

  domain::Relationship Create() {
    domain::Relationship out;
    EXPECT_OK(store_->Transact([&](Tx& tx) -> Status {
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
      ASSIGN_OR_RETURN(out, CreateRelationship(tx, room, in, clock_.Now(), [](domain::RoomLack) {
                         return FailedPrecondition("no room");
                       }));
      return Status::Ok();
    }));
    return out;
  }

  domain::MeetingDetails Details(Millis in = 2 * kDay) {
    domain::MeetingDetails d;
    d.start_at = clock_.Now() + in;
    d.duration_minutes = 45;
    d.mode = MeetingMode::kOnline;
    d.location = "https://meet.example.org/abc";
    d.agenda = "Essay";
    d.time_zone = "UTC";
    return d;
  }

  MeetingView Propose(const Caller& who) {
    auto m = ProposeMeeting(*ctx_, who, org_.id, relationship_.id, Details());
    EXPECT_OK(m);
    return m.ok() ? *m : MeetingView{};
  }

  std::vector<domain::Notification> NotificationsOf(const Caller& c) {
    auto page = ListMyNotifications(*ctx_, c, {});
    EXPECT_OK(page);
    return page.ok() ? page->items : std::vector<domain::Notification>{};
  }

  std::vector<MeetingView> Meetings(const Caller& c) {
    auto page = ListMeetings(*ctx_, c, org_.id, relationship_.id, {});
    EXPECT_OK(page);
    return page.ok() ? page->items : std::vector<MeetingView>{};
  }

  RecordingCalendar calendar_;
  domain::Organisation org_;
  Caller coordinator_, mentee_, mentor_, member_, outsider_;
  domain::Program program_;
  domain::Relationship relationship_;
};

TEST_F(MeetingsTest, TheOtherSideAnswersAndHearsOfIt) {
  MeetingView m = Propose(mentor_);
  EXPECT_EQ(m.meeting.status, MeetingStatus::kProposed);
  EXPECT_EQ(m.meeting.proposer, MeetingProposer::kMentor);
  EXPECT_FALSE(m.can_answer);
  auto notices = NotificationsOf(mentee_);
  ASSERT_FALSE(notices.empty());
  EXPECT_EQ(notices.front().kind, domain::NotificationKind::kMeetingProposed);
  EXPECT_EQ(notices.front().params.at("other_name"), "Max Mentor");
  EXPECT_CODE(AnswerMeeting(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id, true),
              StatusCode::kFailedPrecondition);
  auto seen = GetMeeting(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id);
  ASSERT_OK(seen);
  EXPECT_TRUE(seen->can_answer);
  auto accepted = AnswerMeeting(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id, true);
  ASSERT_OK(accepted);
  EXPECT_EQ(accepted->meeting.status, MeetingStatus::kAccepted);
  EXPECT_EQ(NotificationsOf(mentor_).front().kind, domain::NotificationKind::kMeetingAccepted);
}

TEST_F(MeetingsTest, RescheduleGoesBackToTheOtherSideAndCancelEndsIt) {
  MeetingView m = Propose(mentor_);
  ASSERT_OK(AnswerMeeting(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id, true));
  clock_.Advance(kMinute);  // notifications list newest first
  auto moved =
      RescheduleMeeting(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id, Details(3 * kDay));
  ASSERT_OK(moved);
  EXPECT_EQ(moved->meeting.status, MeetingStatus::kProposed);
  EXPECT_EQ(moved->meeting.proposer, MeetingProposer::kMentee);
  EXPECT_EQ(moved->meeting.sequence, 1);
  EXPECT_EQ(NotificationsOf(mentor_).front().kind, domain::NotificationKind::kMeetingRescheduled);
  clock_.Advance(kMinute);
  auto cancelled = CancelMeeting(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id);
  ASSERT_OK(cancelled);
  EXPECT_EQ(cancelled->meeting.status, MeetingStatus::kCancelled);
  EXPECT_EQ(cancelled->meeting.sequence, 2);
  EXPECT_EQ(NotificationsOf(mentee_).front().kind, domain::NotificationKind::kMeetingCancelled);
  // The calendar event says so.
  ASSERT_OK(MeetingIcs(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id));
  ASSERT_EQ(calendar_.last.size(), 1u);
  EXPECT_EQ(calendar_.last[0].uid, m.meeting.id + "@tandem.example");
  EXPECT_EQ(calendar_.last[0].sequence, 2);
  EXPECT_EQ(calendar_.last[0].status, CalendarEvent::Status::kCancelled);
  EXPECT_EQ(calendar_.last[0].summary, "Growth: Ana Lopez & Max Mentor");
}

TEST_F(MeetingsTest, LoggingProposesTheNextMeetingOnce) {
  MeetingView m = Propose(mentee_);
  EXPECT_CODE(LogMeetingHeld(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id, "early"),
              StatusCode::kFailedPrecondition);
  clock_.Advance(3 * kDay);
  auto held = LogMeetingHeld(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id, "We met");
  ASSERT_OK(held);
  EXPECT_EQ(held->meeting.status, MeetingStatus::kHeld);
  EXPECT_EQ(held->meeting.shared_notes, "We met");
  ASSERT_OK(LogMeetingHeld(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id, "Edited"));
  auto all = Meetings(mentee_);
  ASSERT_EQ(all.size(), 2u);                     // the held one and one proposed next, not two
  const domain::Meeting& next = all[0].meeting;  // latest start first
  EXPECT_EQ(next.proposer, MeetingProposer::kSystem);
  EXPECT_EQ(next.follows_meeting_id, m.meeting.id);
  // Adult program, no cadence set: 30 days later, same time of day (UTC here).
  EXPECT_EQ(next.details.start_at, m.meeting.details.start_at + 30 * kDay);
  EXPECT_TRUE(all[0].can_answer);
  EXPECT_EQ(all[1].meeting.shared_notes, "Edited");
  EXPECT_EQ(NotificationsOf(mentee_).front().kind, domain::NotificationKind::kMeetingSuggested);
  EXPECT_EQ(NotificationsOf(mentor_).front().kind, domain::NotificationKind::kMeetingSuggested);
}

TEST_F(MeetingsTest, TheProgramsCadenceSetsTheNextDate) {
  domain::ProgramNorms norms;
  norms.meeting_cadence_days = 7;
  ASSERT_OK(SaveProgramNorms(*ctx_, coordinator_, org_.id, program_.id, norms));
  MeetingView m = Propose(mentee_);
  clock_.Advance(3 * kDay);
  ASSERT_OK(LogMeetingHeld(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id, ""));
  EXPECT_EQ(Meetings(mentor_)[0].meeting.details.start_at, m.meeting.details.start_at + 7 * kDay);
}

TEST_F(MeetingsTest, PrivateNotesAreTheirAuthorsAlone) {
  MeetingView m = Propose(mentor_);
  ASSERT_OK(SaveMyMeetingNote(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id,
                              "Ask about the exam"));
  auto mine = GetMyMeetingNote(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id);
  ASSERT_OK(mine);
  EXPECT_EQ(*mine, "Ask about the exam");
  auto theirs = GetMyMeetingNote(*ctx_, mentee_, org_.id, relationship_.id, m.meeting.id);
  ASSERT_OK(theirs);
  EXPECT_EQ(*theirs, "");
  // Nobody else: the coordinator included (the arranging path hides the match from staff).
  for (const Caller& c : {coordinator_, admin_, member_, outsider_})
    EXPECT_CODE(GetMyMeetingNote(*ctx_, c, org_.id, relationship_.id, m.meeting.id),
                StatusCode::kNotFound);
  EXPECT_CODE(GetMyMeetingNote(*ctx_, Caller{}, org_.id, relationship_.id, m.meeting.id),
              StatusCode::kUnauthenticated);
}

TEST_F(MeetingsTest, TheCoordinatorReadsTheScheduleNotTheNotes) {
  MeetingView m = Propose(mentee_);
  clock_.Advance(3 * kDay);
  ASSERT_OK(LogMeetingHeld(*ctx_, mentor_, org_.id, relationship_.id, m.meeting.id, "Secret"));
  auto seen = Meetings(coordinator_);
  ASSERT_FALSE(seen.empty());
  for (const MeetingView& v : seen) {
    EXPECT_FALSE(v.notes_visible);
    EXPECT_EQ(v.meeting.shared_notes, "");
    EXPECT_FALSE(v.can_answer || v.can_change || v.can_log);
  }
  EXPECT_CODE(ProposeMeeting(*ctx_, coordinator_, org_.id, relationship_.id, Details()),
              StatusCode::kNotFound);
  for (const Caller& c : {admin_, member_, outsider_}) {
    EXPECT_CODE(ListMeetings(*ctx_, c, org_.id, relationship_.id, {}).status(),
                StatusCode::kNotFound);
    EXPECT_CODE(ProposeMeeting(*ctx_, c, org_.id, relationship_.id, Details()),
                StatusCode::kNotFound);
  }
}

TEST_F(MeetingsTest, OnlyActiveRelationshipsArrangeMeetings) {
  ASSERT_OK(
      domain::EndRelationship(relationship_, domain::kEndReasonEnrollmentEnded, clock_.Now()));
  ASSERT_OK(store_->Transact([&](Tx& tx) { return tx.UpdateRelationship(relationship_); }));
  EXPECT_CODE(ProposeMeeting(*ctx_, mentee_, org_.id, relationship_.id, Details()),
              StatusCode::kFailedPrecondition);
}

TEST_F(MeetingsTest, InvalidDetailsAreRefusedBeforeAnythingIsWritten) {
  domain::MeetingDetails d = Details();
  d.duration_minutes = 1;
  EXPECT_CODE(ProposeMeeting(*ctx_, mentee_, org_.id, relationship_.id, d),
              StatusCode::kInvalidArgument);
  EXPECT_TRUE(Meetings(mentee_).empty());
}

TEST_F(MeetingsTest, TheFeedServesThePersonsMeetingsUntilRevoked) {
  MeetingView m = Propose(mentee_);
  auto feed = CreateMyCalendarFeed(*ctx_, mentor_);
  ASSERT_OK(feed);
  const std::string prefix = "https://tandem.example/calendar/";
  ASSERT_EQ(feed->url.rfind(prefix, 0), 0u) << feed->url;
  const std::string secret = feed->url.substr(prefix.size(), 43);
  auto ics = CalendarFeedIcs(*ctx_, secret, "198.51.100.7");
  ASSERT_OK(ics);
  ASSERT_EQ(calendar_.last.size(), 1u);
  EXPECT_EQ(calendar_.last[0].uid, m.meeting.id + "@tandem.example");
  EXPECT_EQ(calendar_.last_name, "Tandem");
  auto status = GetMyCalendarFeed(*ctx_, mentor_);
  ASSERT_OK(status);
  EXPECT_TRUE(status->active);
  // Rotating replaces the secret; revoking ends it.
  auto rotated = CreateMyCalendarFeed(*ctx_, mentor_);
  ASSERT_OK(rotated);
  EXPECT_CODE(CalendarFeedIcs(*ctx_, secret, "198.51.100.7"), StatusCode::kNotFound);
  const std::string second = rotated->url.substr(prefix.size(), 43);
  ASSERT_OK(CalendarFeedIcs(*ctx_, second, "198.51.100.7"));
  ASSERT_OK(RevokeMyCalendarFeed(*ctx_, mentor_));
  EXPECT_CODE(CalendarFeedIcs(*ctx_, second, "198.51.100.7"), StatusCode::kNotFound);
  EXPECT_CODE(CalendarFeedIcs(*ctx_, "short", "198.51.100.7"), StatusCode::kNotFound);
}

TEST_F(MeetingsTest, WrongFeedSecretsAreThrottledPerAddress) {
  const std::string wrong(43, 'A');
  for (int i = 0; i < kMaxFeedFailures; ++i)
    EXPECT_CODE(CalendarFeedIcs(*ctx_, wrong, "198.51.100.7"), StatusCode::kNotFound);
  EXPECT_CODE(CalendarFeedIcs(*ctx_, wrong, "198.51.100.7"), StatusCode::kResourceExhausted);
  EXPECT_CODE(CalendarFeedIcs(*ctx_, wrong, "203.0.113.9"), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
