#include "domain/message_policy.h"

#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view MessageActionName(MessageAction a) {
  switch (a) {
    case MessageAction::kRead:
      return "read these messages";
    case MessageAction::kWrite:
      return "write in this thread";
    case MessageAction::kReport:
      return "report in this thread";
    case MessageAction::kReview:
      return "review this thread's flags and reports";
  }
  return "do that";
}

Decision AdultMessageDecision(Relation r, MessageAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden;
  switch (r) {
    case Relation::kAnonymous:
      return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      return a == MessageAction::kReview ? H : A;  // their own thread; no review of themselves
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
    case Relation::kGuardian:
    case Relation::kMember:
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return H;  // an adult pair's messages are private to the pair
  }
  return H;
}

Decision YouthMessageDecision(Relation r, MessageAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden, F = Decision::kForbidden;
  switch (r) {
    case Relation::kAnonymous:
      return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      return a == MessageAction::kReview ? H : A;
    case Relation::kCoordinator:
      // Oversight: reads and reviews; never writes or reports as if they were the pair.
      return a == MessageAction::kRead || a == MessageAction::kReview ? A : F;
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

Decision MessageDecision(Audience audience, Relation r, MessageAction a) {
  return audience == Audience::kYouth ? YouthMessageDecision(r, a) : AdultMessageDecision(r, a);
}

Decision DecideOnMessages(const PartyActor& who, const Relationship& r, Audience audience,
                          MessageAction a) {
  return DecideOverRelations<MessageAction>(
      RelationsTo(who, PartiesOf(r)), a,
      audience == Audience::kYouth ? &YouthMessageDecision : &AdultMessageDecision);
}

Status AuthorizeOnMessages(const PartyActor& who, const Relationship& r, Audience audience,
                           MessageAction a) {
  return PartyStatus(DecideOnMessages(who, r, audience, a), "relationship", MessageActionName(a));
}

bool MessageThreadOverseen(Audience audience) { return audience == Audience::kYouth; }

}  // namespace tandem::domain
