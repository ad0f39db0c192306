// Who may do what with one relationship's meetings, from their relation to the relationship
// (domain/party.h; a meeting's parties are its relationship's). Table tested in
// meeting_policy_test.cc.
//
// The pair arrange their meetings and read everything on them; each keeps private notes only
// they read (app/meetings.h reads and writes only the caller's own, so no relation reads
// another's). Their organisation's coordinators read the schedule (times, mode, status, agenda),
// not the notes, and do not arrange meetings for the pair (the arranging path hides the match
// from them: 404, as writing a pair's plan). Everyone else, organisation administrators and
// guardians included, gets 404.
#ifndef TANDEM_DOMAIN_MEETING_POLICY_H_
#define TANDEM_DOMAIN_MEETING_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class MeetingAction {
  kViewSchedule,  // list the meetings and read their times, mode, status and agenda
  kReadNotes,     // read the shared notes
  kTakePart,      // propose, answer, reschedule, cancel, log; keep one's own private notes
};
std::string_view MeetingActionName(MeetingAction a);
inline constexpr MeetingAction kAllMeetingActions[] = {
    MeetingAction::kViewSchedule, MeetingAction::kReadNotes, MeetingAction::kTakePart};

// The table: one relation, one action.
Decision MeetingDecision(Relation r, MeetingAction a);

Decision DecideOnMeetings(const PartyActor& who, const Relationship& r, MeetingAction a);
// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnMeetings(const PartyActor& who, const Relationship& r, MeetingAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MEETING_POLICY_H_
