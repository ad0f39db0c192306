#include "domain/agreement_policy.h"

#include "domain/relationship_policy.h"

namespace tandem::domain {

std::string_view AgreementActionName(AgreementAction a) {
  switch (a) {
    case AgreementAction::kView: return "view this agreement";
    case AgreementAction::kAccept: return "accept this agreement";
    case AgreementAction::kSendGuardianLink: return "send the guardian's link";
  }
  return "do that";
}

Decision AgreementDecision(Relation r, AgreementAction a) {
  constexpr Decision A = Decision::kAllow, H = Decision::kHidden, F = Decision::kForbidden;
  switch (r) {
    case Relation::kAnonymous: return Decision::kUnauthenticated;
    case Relation::kMentee:
    case Relation::kMentor:
      // Each side accepts for itself; the guardian's link is the coordinator's to send.
      return a == AgreementAction::kSendGuardianLink ? F : A;
    case Relation::kCoordinator:
    case Relation::kOrgAdmin:
      // Staff see who accepted and resend the guardian's link, but never accept for a side:
      // that path does not show them the match (404, as answering a match).
      return a == AgreementAction::kAccept ? H : A;
    case Relation::kGuardian:
      // A guardian accepts through their emailed link (no account); an account, when guardians
      // have them, reads the agreement.
      return a == AgreementAction::kView ? A : F;
    case Relation::kMember:
    case Relation::kOtherCoordinator:
    case Relation::kOutsider:
    case Relation::kRecipient:
      return H;
  }
  return H;
}

Decision DecideOnAgreement(const PartyActor& who, const Relationship& r, AgreementAction a) {
  return DecideOverRelations<AgreementAction>(RelationsTo(who, PartiesOf(r)), a,
                                              AgreementDecision);
}

Status AuthorizeOnAgreement(const PartyActor& who, const Relationship& r, AgreementAction a) {
  return PartyStatus(DecideOnAgreement(who, r, a), "relationship", AgreementActionName(a));
}

}  // namespace tandem::domain
