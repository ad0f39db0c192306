#include "domain/meeting_policy.h"

#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view MeetingActionName(MeetingAction a) {
  switch (a) {
    case MeetingAction::kViewSchedule:
      return "see these meetings";
    case MeetingAction::kReadNotes:
      return "read these meeting notes";
    case MeetingAction::kTakePart:
      return "arrange meetings for this match";
  }
  return "do that";
}

Decision MeetingDecision(Relation r, MeetingAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden;
  switch (r) {
    case Relation::kAnonymous:
      return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      return A;  // the meetings are the pair's own
    case Relation::kCoordinator:
      // The program's coordinator follows the schedule; notes stay with the pair, and the
      // arranging path does not show them the match (404, as writing a pair's plan).
      return a == MeetingAction::kViewSchedule ? A : H;
    case Relation::kOrgAdmin:
    case Relation::kGuardian:
    case Relation::kMember:
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return H;
  }
  return H;
}

Decision DecideOnMeetings(const PartyActor& who, const Relationship& r, MeetingAction a) {
  return DecideOverRelations<MeetingAction>(RelationsTo(who, PartiesOf(r)), a, MeetingDecision);
}

Status AuthorizeOnMeetings(const PartyActor& who, const Relationship& r, MeetingAction a) {
  return PartyStatus(DecideOnMeetings(who, r, a), "relationship", MeetingActionName(a));
}

}  // namespace tandem::domain
