// Meetings of a relationship (issue 10, point 4).
//
// Either side of an active relationship proposes a meeting: a start instant (UTC), a duration,
// a mode (online with a link, or in person with a place), an agenda. The other side accepts or
// declines it; either side reschedules it (it goes back to proposed, for the other side to
// answer) or cancels it; after its start either side logs it as held, with shared notes both
// sides read. Each party may also keep private notes on a meeting that only they read
// (app/meetings.h). After a meeting is logged as held, Tandem proposes the next one at the
// program's cadence (NextMeeting), on behalf of the pair: either side may answer it.
//
// Every change that a calendar must see (reschedule, cancel) raises `sequence`, the iCalendar
// SEQUENCE of the meeting's event; its id is the event's stable UID.
#ifndef TANDEM_DOMAIN_MEETING_H_
#define TANDEM_DOMAIN_MEETING_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/time.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::domain {

// Limits (characters are UTF-8 code points).
inline constexpr int kMinMeetingMinutes = 5;
inline constexpr int kMaxMeetingMinutes = 8 * 60;
inline constexpr size_t kMaxMeetingAgendaChars = 4000;
inline constexpr size_t kMaxMeetingLocationChars = 500;
inline constexpr size_t kMaxMeetingNotesChars = 20000;
// A start may lie this far in the past (clocks differ, and a form's minute is already running).
inline constexpr Millis kMeetingStartGrace = 5LL * 60 * 1000;
// A meeting is proposed at most this far ahead.
inline constexpr Millis kMaxMeetingLeadTime = 2LL * 366 * 24 * 60 * 60 * 1000;
// Program cadence bounds, in days (0 in the norms: the default for the program's audience).
inline constexpr int kMaxMeetingCadenceDays = 365;
inline constexpr int kYouthMeetingCadenceDays = 14;
inline constexpr int kAdultMeetingCadenceDays = 30;

enum class MeetingStatus { kProposed, kAccepted, kDeclined, kCancelled, kHeld };
enum class MeetingMode { kOnline, kInPerson };
// Who proposed (or last rescheduled) the meeting; the other side answers. kSystem: Tandem
// proposed it after the previous meeting was held, and either side answers.
enum class MeetingProposer { kMentee, kMentor, kSystem };

std::string_view MeetingStatusName(MeetingStatus s);  // proposed accepted declined cancelled held
std::optional<MeetingStatus> ParseMeetingStatus(std::string_view s);
std::string_view MeetingModeName(MeetingMode m);  // "online", "in_person"
std::optional<MeetingMode> ParseMeetingMode(std::string_view s);
std::string_view MeetingProposerName(MeetingProposer p);  // "mentee", "mentor", "system"
std::optional<MeetingProposer> ParseMeetingProposer(std::string_view s);
MeetingProposer ProposerOf(Side s);

// What a side writes when proposing or rescheduling.
struct MeetingDetails {
  Millis start_at = 0;  // UTC instant
  int duration_minutes = 60;
  MeetingMode mode = MeetingMode::kOnline;
  std::string location;  // online: an http(s) link; in person: the place
  std::string agenda;
  std::string time_zone = "UTC";  // the proposer's zone: the next meeting keeps its local time
};

struct Meeting {
  std::string id;
  std::string organisation_id;
  std::string relationship_id;
  MeetingDetails details;
  MeetingStatus status = MeetingStatus::kProposed;
  MeetingProposer proposer = MeetingProposer::kMentee;
  std::string shared_notes;
  int sequence = 0;                // iCalendar SEQUENCE: raised by reschedule and cancel
  std::string follows_meeting_id;  // the held meeting this one was proposed after ('' if none)
  Millis created_at = 0;
  Millis updated_at = 0;
};

// InvalidArgument naming the field: a duration outside [kMinMeetingMinutes,
// kMaxMeetingMinutes]; a start before `now` - kMeetingStartGrace or more than kMaxMeetingLeadTime
// ahead; an online meeting whose location is not an http(s) link, an in-person one without a place;
// a too long location or agenda; control characters; a time zone the database does not know.
Status ValidateMeetingDetails(const MeetingDetails& d, Millis now);
// InvalidArgument for notes longer than kMaxMeetingNotesChars or with control characters.
Status ValidateMeetingNotes(std::string_view field, std::string_view notes);

// Meetings are arranged only in an active relationship (FailedPrecondition otherwise).
Status CheckMeetingsOpen(const Relationship& r);

// A new proposed meeting by one side.
Meeting NewMeeting(std::string id, const Relationship& r, const MeetingDetails& d, Side by,
                   Millis now);

// Transitions; each sets updated_at. FailedPrecondition with a sentence for the reader when the
// meeting is not in a state that allows it.
// Accept / decline: a proposed meeting, by the side that did not propose it (either side for a
// system proposal).
Status AcceptMeeting(Meeting& m, Side by, Millis now);
Status DeclineMeeting(Meeting& m, Side by, Millis now);
// Reschedule: a proposed or accepted meeting gets new details, goes back to proposed with `by`
// as its proposer, and its sequence rises.
Status RescheduleMeeting(Meeting& m, const MeetingDetails& d, Side by, Millis now);
// Cancel: a proposed or accepted meeting; its sequence rises.
Status CancelMeeting(Meeting& m, Millis now);
// Log as held: a proposed, accepted or already held meeting whose start has passed; the shared
// notes are replaced (logging again edits them).
Status LogMeetingHeld(Meeting& m, std::string notes, Millis now);

// Days between meetings: the program's own cadence when set (1..kMaxMeetingCadenceDays), else
// the audience's default (youth 14, adult 30).
int MeetingCadenceDays(int program_cadence_days, Audience audience);

// The meeting Tandem proposes after `held`: `cadence_days` calendar days later at the same
// local time in held's time zone (daylight saving time changes keep the clock time), same
// duration, mode, place and agenda, proposed by the system, following `held`.
Meeting NextMeeting(std::string id, const Meeting& held, int cadence_days, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MEETING_H_
