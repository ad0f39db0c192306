// Meetings in the domain: validation and its limits, who answers a proposal, the transitions
// and their sequence numbers, the cadence and the next meeting's local time across a daylight
// saving change.
#include "domain/meeting.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

// 2026-03-01 21:00 UTC is 16:00 in New York (EST, -5); 2026-03-15 16:00 there is EDT (-4).
constexpr Millis kMarch1_2100Utc = 1772398800000LL;
constexpr Millis kMarch15_2000Utc = 1773604800000LL;
constexpr Millis kNow = kMarch1_2100Utc - kDay;

MeetingDetails Details() {
  MeetingDetails d;
  d.start_at = kMarch1_2100Utc;
  d.duration_minutes = 45;
  d.mode = MeetingMode::kOnline;
  d.location = "https://meet.example.org/abc";
  d.agenda = "Essay outline\nQuestions";
  d.time_zone = "America/New_York";
  return d;
}

Relationship Active() {
  Relationship r;
  r.id = "rel";
  r.organisation_id = "org";
  r.status = RelationshipStatus::kActive;
  return r;
}

void ExpectFieldError(const Status& s, std::string_view field) {
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find(field), std::string::npos) << s.message();
}

TEST(MeetingTest, ValidDetailsPass) { EXPECT_OK(ValidateMeetingDetails(Details(), kNow)); }

TEST(MeetingTest, DurationIsBounded) {
  MeetingDetails d = Details();
  d.duration_minutes = kMinMeetingMinutes - 1;
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "duration_minutes");
  d.duration_minutes = kMaxMeetingMinutes;
  EXPECT_OK(ValidateMeetingDetails(d, kNow));
  d.duration_minutes = kMaxMeetingMinutes + 1;
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "duration_minutes");
}

TEST(MeetingTest, StartIsInTheFutureAndWithinTwoYears) {
  MeetingDetails d = Details();
  d.start_at = kNow - kMeetingStartGrace;  // a form's current minute
  EXPECT_OK(ValidateMeetingDetails(d, kNow));
  d.start_at = kNow - kMeetingStartGrace - 1;
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "start_at");
  d.start_at = kNow + kMaxMeetingLeadTime + 1;
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "start_at");
}

TEST(MeetingTest, OnlineNeedsALinkInPersonAPlace) {
  MeetingDetails d = Details();
  d.location = "javascript:alert(1)";
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "location");
  d.location = "https://x.example/a b";
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "location");
  d.mode = MeetingMode::kInPerson;
  d.location = "  ";
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "location");
  d.location = "Library, room 2";
  EXPECT_OK(ValidateMeetingDetails(d, kNow));
  d.location = std::string(kMaxMeetingLocationChars + 1, 'a');
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "location");
}

TEST(MeetingTest, AgendaNotesAndZoneAreChecked) {
  MeetingDetails d = Details();
  d.agenda = std::string(kMaxMeetingAgendaChars + 1, 'a');
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "agenda");
  d.agenda = "bell\a";
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "agenda");
  d = Details();
  d.time_zone = "Mars/Olympus";
  ExpectFieldError(ValidateMeetingDetails(d, kNow), "time_zone");
  EXPECT_OK(ValidateMeetingNotes("shared_notes", std::string(kMaxMeetingNotesChars, 'n')));
  ExpectFieldError(
      ValidateMeetingNotes("shared_notes", std::string(kMaxMeetingNotesChars + 1, 'n')),
      "shared_notes");
}

TEST(MeetingTest, OnlyActiveRelationshipsArrangeMeetings) {
  Relationship r = Active();
  EXPECT_OK(CheckMeetingsOpen(r));
  for (auto s : {RelationshipStatus::kProposed, RelationshipStatus::kAwaitingAgreement,
                 RelationshipStatus::kPaused, RelationshipStatus::kEnded}) {
    r.status = s;
    EXPECT_CODE(CheckMeetingsOpen(r), StatusCode::kFailedPrecondition);
  }
}

TEST(MeetingTest, TheOtherSideAnswersAProposal) {
  Meeting m = NewMeeting("m", Active(), Details(), Side::kMentor, kNow);
  EXPECT_EQ(m.status, MeetingStatus::kProposed);
  EXPECT_EQ(m.proposer, MeetingProposer::kMentor);
  EXPECT_CODE(AcceptMeeting(m, Side::kMentor, kNow), StatusCode::kFailedPrecondition);
  EXPECT_CODE(DeclineMeeting(m, Side::kMentor, kNow), StatusCode::kFailedPrecondition);
  EXPECT_OK(AcceptMeeting(m, Side::kMentee, kNow + 1));
  EXPECT_EQ(m.status, MeetingStatus::kAccepted);
  EXPECT_EQ(m.updated_at, kNow + 1);
  EXPECT_CODE(AcceptMeeting(m, Side::kMentee, kNow), StatusCode::kFailedPrecondition);
}

TEST(MeetingTest, RescheduleGoesBackToTheOtherSideAndRaisesTheSequence) {
  Meeting m = NewMeeting("m", Active(), Details(), Side::kMentor, kNow);
  ASSERT_OK(AcceptMeeting(m, Side::kMentee, kNow));
  MeetingDetails later = Details();
  later.start_at += kHour;
  ASSERT_OK(RescheduleMeeting(m, later, Side::kMentee, kNow));
  EXPECT_EQ(m.status, MeetingStatus::kProposed);
  EXPECT_EQ(m.proposer, MeetingProposer::kMentee);
  EXPECT_EQ(m.sequence, 1);
  EXPECT_EQ(m.details.start_at, later.start_at);
  EXPECT_CODE(AcceptMeeting(m, Side::kMentee, kNow), StatusCode::kFailedPrecondition);
  EXPECT_OK(AcceptMeeting(m, Side::kMentor, kNow));
  ASSERT_OK(CancelMeeting(m, kNow));
  EXPECT_EQ(m.status, MeetingStatus::kCancelled);
  EXPECT_EQ(m.sequence, 2);
  EXPECT_CODE(RescheduleMeeting(m, later, Side::kMentee, kNow), StatusCode::kFailedPrecondition);
  EXPECT_CODE(CancelMeeting(m, kNow), StatusCode::kFailedPrecondition);
}

TEST(MeetingTest, EitherSideAnswersASystemProposal) {
  Meeting held = NewMeeting("m", Active(), Details(), Side::kMentor, kNow);
  Meeting next = NextMeeting("n", held, 14, kNow);
  Meeting copy = next;
  EXPECT_OK(AcceptMeeting(next, Side::kMentor, kNow));
  EXPECT_OK(DeclineMeeting(copy, Side::kMentee, kNow));
}

TEST(MeetingTest, LoggedOnlyAfterItsStart) {
  Meeting m = NewMeeting("m", Active(), Details(), Side::kMentor, kNow);
  EXPECT_CODE(LogMeetingHeld(m, "notes", kMarch1_2100Utc - 1), StatusCode::kFailedPrecondition);
  ASSERT_OK(LogMeetingHeld(m, "notes", kMarch1_2100Utc));
  EXPECT_EQ(m.status, MeetingStatus::kHeld);
  EXPECT_EQ(m.shared_notes, "notes");
  ASSERT_OK(LogMeetingHeld(m, "better notes", kMarch1_2100Utc + 1));  // logging again edits
  EXPECT_EQ(m.shared_notes, "better notes");
  Meeting declined = NewMeeting("d", Active(), Details(), Side::kMentor, kNow);
  ASSERT_OK(DeclineMeeting(declined, Side::kMentee, kNow));
  EXPECT_CODE(LogMeetingHeld(declined, "", kMarch1_2100Utc), StatusCode::kFailedPrecondition);
}

TEST(MeetingTest, CadenceDefaultsByAudience) {
  EXPECT_EQ(MeetingCadenceDays(0, Audience::kYouth), 14);
  EXPECT_EQ(MeetingCadenceDays(0, Audience::kAdult), 30);
  EXPECT_EQ(MeetingCadenceDays(7, Audience::kYouth), 7);
  EXPECT_EQ(MeetingCadenceDays(kMaxMeetingCadenceDays + 1, Audience::kAdult), 30);
}

TEST(MeetingTest, NextMeetingKeepsTheLocalTimeAcrossDaylightSaving) {
  Meeting held = NewMeeting("m", Active(), Details(), Side::kMentor, kNow);
  held.shared_notes = "private to that meeting";
  held.sequence = 3;
  Meeting next = NextMeeting("n", held, 14, kNow + 5);
  EXPECT_EQ(next.details.start_at, kMarch15_2000Utc);  // 16:00 EDT
  EXPECT_EQ(next.details.duration_minutes, 45);
  EXPECT_EQ(next.details.mode, MeetingMode::kOnline);
  EXPECT_EQ(next.details.location, held.details.location);
  EXPECT_EQ(next.status, MeetingStatus::kProposed);
  EXPECT_EQ(next.proposer, MeetingProposer::kSystem);
  EXPECT_EQ(next.follows_meeting_id, "m");
  EXPECT_EQ(next.sequence, 0);
  EXPECT_EQ(next.shared_notes, "");
  EXPECT_EQ(next.created_at, kNow + 5);
  // In UTC, the same instant of day.
  held.details.time_zone = "UTC";
  EXPECT_EQ(NextMeeting("n", held, 14, kNow).details.start_at, kMarch1_2100Utc + 14 * kDay);
}

TEST(MeetingTest, NamesRoundTrip) {
  for (auto s : {MeetingStatus::kProposed, MeetingStatus::kAccepted, MeetingStatus::kDeclined,
                 MeetingStatus::kCancelled, MeetingStatus::kHeld})
    EXPECT_EQ(ParseMeetingStatus(MeetingStatusName(s)), s);
  EXPECT_EQ(ParseMeetingMode("in_person"), MeetingMode::kInPerson);
  EXPECT_EQ(ParseMeetingProposer("system"), MeetingProposer::kSystem);
  EXPECT_EQ(ParseMeetingMode("phone"), std::nullopt);
}

}  // namespace
}  // namespace tandem::domain
