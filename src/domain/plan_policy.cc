#include "domain/plan_policy.h"

#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view PlanActionName(PlanAction a) {
  switch (a) {
    case PlanAction::kView: return "view this plan";
    case PlanAction::kEdit: return "change this plan";
  }
  return "do that";
}

Decision PlanDecision(Relation r, PlanAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden, F = Decision::kForbidden;
  switch (r) {
    case Relation::kAnonymous: return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      return A;  // the plan is the pair's own
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
      // Staff follow progress; they shape plans through the program's template, not the pair's.
      // The write path does not show them the match (404, as answering or accepting for a side).
      return a == PlanAction::kView ? A : H;
    case Relation::kGuardian:
      return a == PlanAction::kView ? A : F;  // a guardian follows a minor's plan
    case Relation::kMember:
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return H;
  }
  return H;
}

Decision DecideOnPlan(const PartyActor& who, const Relationship& r, PlanAction a) {
  return DecideOverRelations<PlanAction>(RelationsTo(who, PartiesOf(r)), a, PlanDecision);
}

Status AuthorizeOnPlan(const PartyActor& who, const Relationship& r, PlanAction a) {
  return PartyStatus(DecideOnPlan(who, r, a), "relationship", PlanActionName(a));
}

}  // namespace tandem::domain
