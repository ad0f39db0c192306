#include "domain/checkin_policy.h"

#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view CareActionName(CareAction a) {
  switch (a) {
    case CareAction::kView:
      return "see this match's check-ins";
    case CareAction::kLog:
      return "log a check-in for this match";
    case CareAction::kAssign:
      return "assign this match's manager";
  }
  return "do that";
}

Decision CareDecision(Relation r, CareAction) {
  switch (r) {
    case Relation::kAnonymous:
      return Decision::kUnauthenticated;
    case Relation::kCoordinator:
      return Decision::kAllow;  // the program's staff
    // Everyone else, the pair, their guardian and a non-coordinating administrator included,
    // is not told the record exists.
    case Relation::kMentee:
    case Relation::kMentor:
    case Relation::kGuardian:
    case Relation::kOrgAdmin:
    case Relation::kMember:
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return Decision::kHidden;
  }
  return Decision::kHidden;
}

Decision DecideOnCare(const PartyActor& who, const Relationship& r, CareAction a) {
  return DecideOverRelations<CareAction>(RelationsTo(who, PartiesOf(r)), a, CareDecision);
}

Status AuthorizeOnCare(const PartyActor& who, const Relationship& r, CareAction a) {
  return PartyStatus(DecideOnCare(who, r, a), "relationship", CareActionName(a));
}

std::string_view PulseActionName(PulseAction) { return "answer this survey"; }

Decision PulseDecision(Relation r, PulseAction) {
  if (r == Relation::kAnonymous) return Decision::kUnauthenticated;
  return r == Relation::kRecipient ? Decision::kAllow : Decision::kHidden;
}

Status AuthorizeOnPulse(const PartyActor& who, const RecordParties& parties, PulseAction a) {
  return PartyStatus(DecideOverRelations<PulseAction>(RelationsTo(who, parties), a, PulseDecision),
                     "survey", PulseActionName(a));
}

}  // namespace tandem::domain
