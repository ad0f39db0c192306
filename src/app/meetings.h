// Meetings of a relationship (domain/meeting.h): the pair propose, answer, reschedule, cancel
// and log them; each keeps private notes only they read; the program's coordinators read the
// schedule. After a meeting is logged as held, the next one is proposed at the program's
// cadence (once: the store refuses a second meeting following the same one).
//
// Who may do what: domain/meeting_policy.h. Private notes are always the caller's own: no
// endpoint takes an author, so nobody reads another person's notes.
// Locks: every change takes the pair's participant locks (LockPair) and reads the relationship
// and the meeting again under them, so two answers to one proposal cannot both win.
// Notifications: the other side hears of proposals, answers, reschedules and cancellations
// (kinds meeting_*); both sides hear of the next meeting Tandem proposes.
#ifndef TANDEM_APP_MEETINGS_H_
#define TANDEM_APP_MEETINGS_H_

#include <optional>
#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/meeting.h"
#include "domain/relationship.h"

namespace tandem::app {

// A meeting as one reader sees it: shared notes are empty for readers who may not read them.
struct MeetingView {
  domain::Meeting meeting;
  bool notes_visible = false;
  std::optional<domain::Side> viewer_side;  // none for the coordinator
  bool can_answer = false;                  // accept or decline now
  bool can_change = false;                  // reschedule or cancel now
  bool can_log = false;                     // log as held (or edit the shared notes) now
};

// The relationship's meetings, latest start first, paged. NotFound for anyone the policy hides
// the relationship from.
Result<Page<MeetingView>> ListMeetings(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id, const PageRequest& page);
Result<MeetingView> GetMeeting(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& meeting_id);

// Either side proposes a meeting in an active relationship (FailedPrecondition otherwise);
// InvalidArgument for invalid details; NotFound for anyone but the pair (the coordinator too).
Result<MeetingView> ProposeMeeting(const Context& ctx, const Caller& caller,
                                   const std::string& org_id, const std::string& relationship_id,
                                   const domain::MeetingDetails& details);
// The side that did not propose accepts (accept = true) or declines it.
Result<MeetingView> AnswerMeeting(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& meeting_id, bool accept);
Result<MeetingView> RescheduleMeeting(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& relationship_id,
                                      const std::string& meeting_id,
                                      const domain::MeetingDetails& details);
Result<MeetingView> CancelMeeting(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& meeting_id);
// Logs a meeting as held with the shared notes (again: edits them). The first time, and only
// while the relationship is active, the next meeting is proposed at the program's cadence.
Result<MeetingView> LogMeetingHeld(const Context& ctx, const Caller& caller,
                                   const std::string& org_id, const std::string& relationship_id,
                                   const std::string& meeting_id, const std::string& notes);

// The caller's own private notes on a meeting; only the pair have any.
Result<std::string> GetMyMeetingNote(const Context& ctx, const Caller& caller,
                                     const std::string& org_id, const std::string& relationship_id,
                                     const std::string& meeting_id);
Result<std::string> SaveMyMeetingNote(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& relationship_id,
                                      const std::string& meeting_id, const std::string& text);

// The meeting as an iCalendar file (app/calendar.h), for whoever may read its schedule.
Result<std::string> MeetingIcs(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& meeting_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_MEETINGS_H_
