// Who may do what with one relationship's agreement, from their relation to the relationship
// (domain/party.h). Table tested in agreement_policy_test.cc.
#ifndef TANDEM_DOMAIN_AGREEMENT_POLICY_H_
#define TANDEM_DOMAIN_AGREEMENT_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class AgreementAction {
  kView,              // read the agreement and who has accepted it
  kAccept,            // accept it for one's own side
  kSendGuardianLink,  // (re)send the guardian's link, a coordinator's action
};
std::string_view AgreementActionName(AgreementAction a);
inline constexpr AgreementAction kAllAgreementActions[] = {
    AgreementAction::kView, AgreementAction::kAccept, AgreementAction::kSendGuardianLink};

// The table: one relation, one action.
Decision AgreementDecision(Relation r, AgreementAction a);

Decision DecideOnAgreement(const PartyActor& who, const Relationship& r, AgreementAction a);
// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnAgreement(const PartyActor& who, const Relationship& r, AgreementAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_AGREEMENT_POLICY_H_
