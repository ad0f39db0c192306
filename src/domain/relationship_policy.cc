#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view RelationshipActionName(RelationshipAction a) {
  switch (a) {
    case RelationshipAction::kView: return "view this match";
    case RelationshipAction::kRespond: return "answer this match";
    case RelationshipAction::kResume: return "resume this match";
  }
  return "do that";
}

Decision RelationshipDecision(Relation r, RelationshipAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden, F = Decision::kForbidden;
  switch (r) {
    case Relation::kAnonymous: return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      // Each side answers for itself; resuming after a safeguarding pause is not theirs.
      return a == RelationshipAction::kResume ? F : A;
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
      // Staff oversee their organisation's matches (the paused list, resuming) but never answer
      // for a side: that path does not show them the match (404, as before policies).
      return a == RelationshipAction::kRespond ? H : A;
    case Relation::kGuardian:
      // A guardian (issue 10) reads a minor's match but does not act on it.
      return a == RelationshipAction::kView ? A : F;
    case Relation::kMember:
      // A member without a staff role knows matches exist but resumes none (403, as
      // kManageMatching answers them); nobody else's match is shown to them.
      return a == RelationshipAction::kResume ? F : H;
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return H;
  }
  return H;
}

std::optional<Side> SideOf(const Relations& relations) {
  if (relations.Has(Relation::kMentee)) return Side::kMentee;
  if (relations.Has(Relation::kMentor)) return Side::kMentor;
  return std::nullopt;
}

RecordParties PartiesOf(const Relationship& r) {
  RecordParties p;
  p.organisation_id = r.organisation_id;
  p.mentee_id = r.mentee_id;
  p.mentor_id = r.mentor_id;
  return p;
}

Decision DecideOnRelationship(const PartyActor& who, const Relationship& r, RelationshipAction a) {
  return DecideOverRelations<RelationshipAction>(RelationsTo(who, PartiesOf(r)), a,
                                                 RelationshipDecision);
}

Status AuthorizeOnRelationship(const PartyActor& who, const Relationship& r,
                               RelationshipAction a) {
  return PartyStatus(DecideOnRelationship(who, r, a), "relationship", RelationshipActionName(a));
}

}  // namespace tandem::domain
