// Who may do what with one relationship, from their relation to it (domain/party.h).
// Table tested in relationship_policy_test.cc.
#ifndef TANDEM_DOMAIN_RELATIONSHIP_POLICY_H_
#define TANDEM_DOMAIN_RELATIONSHIP_POLICY_H_

#include <optional>
#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class RelationshipAction {
  kView,     // read the relationship
  kRespond,  // accept or decline a proposed match, for one's own side
  kResume,   // resume a paused match (safeguarding), a coordinator's decision
};
std::string_view RelationshipActionName(RelationshipAction a);
inline constexpr RelationshipAction kAllRelationshipActions[] = {
    RelationshipAction::kView, RelationshipAction::kRespond, RelationshipAction::kResume};

// The table: one relation, one action.
Decision RelationshipDecision(Relation r, RelationshipAction a);

RecordParties PartiesOf(const Relationship& r);
Decision DecideOnRelationship(const PartyActor& who, const Relationship& r, RelationshipAction a);
// The side the relations put the caller on: the mentee's, else the mentor's; nullopt for anyone
// who is neither.
std::optional<Side> SideOf(const Relations& relations);

// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnRelationship(const PartyActor& who, const Relationship& r,
                               RelationshipAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RELATIONSHIP_POLICY_H_
