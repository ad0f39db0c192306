#include "domain/mentor_request_policy.h"

namespace tandem::domain {

std::string_view RequestActionName(RequestAction a) {
  switch (a) {
    case RequestAction::kView: return "view this request";
    case RequestAction::kAnswer: return "answer this request";
    case RequestAction::kWithdraw: return "withdraw this request";
  }
  return "do that";
}

Decision RequestDecision(Relation r, RequestAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden, F = Decision::kForbidden;
  switch (r) {
    case Relation::kAnonymous: return Decision::kUnauthenticated;
    case Relation::kMentee:
      // The mentee sees and withdraws their request; answering it is the mentor's, and the
      // request is hidden from that path (404, as before policies).
      return a == RequestAction::kAnswer ? H : A;
    case Relation::kMentor:
      return a == RequestAction::kWithdraw ? H : A;
    case Relation::kGuardian:
      // A guardian (issue 10) reads a minor's requests but does not act on them.
      return a == RequestAction::kView ? A : F;
    case Relation::kOutsider:
    case Relation::kMember:
    case Relation::kRecipient:
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
    case Relation::kOtherCoordinator:
      // A request is between its two people until it is accepted: staff see the relationship
      // it becomes, not the asking.
      return H;
  }
  return H;
}

RecordParties PartiesOf(const MentorRequest& r) {
  RecordParties p;
  p.organisation_id = r.organisation_id;
  p.mentee_id = r.mentee_id;
  p.mentor_id = r.mentor_id;
  return p;
}

Decision DecideOnRequest(const PartyActor& who, const MentorRequest& r, RequestAction a) {
  return DecideOverRelations<RequestAction>(RelationsTo(who, PartiesOf(r)), a, RequestDecision);
}

Status AuthorizeOnRequest(const PartyActor& who, const MentorRequest& r, RequestAction a) {
  return PartyStatus(DecideOnRequest(who, r, a), "request", RequestActionName(a));
}

}  // namespace tandem::domain
