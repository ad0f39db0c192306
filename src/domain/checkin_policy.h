// Who may do what with a relationship's care record — its manager, check-ins and follow-ups,
// its health on a caseload — from their relation to the relationship (domain/party.h).
// Table tested in checkin_policy_test.cc.
//
// The care record is the program staff's: coordinators of the relationship's organisation read
// and write it (any coordinator, not only the manager: colleagues cover for each other, and a
// coordinator may view another manager's caseload). The pair, a guardian, a member and an
// organisation administrator who does not coordinate get 404: check-in notes are never shown to
// the people they are about, nor to an adult program's administrator unless they coordinate.
#ifndef TANDEM_DOMAIN_CHECKIN_POLICY_H_
#define TANDEM_DOMAIN_CHECKIN_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class CareAction {
  kView,    // read the manager, the health, the check-ins and their notes and follow-ups
  kLog,     // log a check-in, mark a follow-up done
  kAssign,  // assign or reassign the relationship manager
};
std::string_view CareActionName(CareAction a);
inline constexpr CareAction kAllCareActions[] = {CareAction::kView, CareAction::kLog,
                                                 CareAction::kAssign};

// The table: one relation, one action.
Decision CareDecision(Relation r, CareAction a);

Decision DecideOnCare(const PartyActor& who, const Relationship& r, CareAction a);
// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnCare(const PartyActor& who, const Relationship& r, CareAction a);

// A pulse survey is its recipient's alone: they read and answer it; everyone else gets 404
// (its answers reach the staff only through the caseload's health and the comment the form
// says is shared).
enum class PulseAction { kAnswer };
std::string_view PulseActionName(PulseAction a);
inline constexpr PulseAction kAllPulseActions[] = {PulseAction::kAnswer};
Decision PulseDecision(Relation r, PulseAction a);
// parties: the survey's organisation and its recipient.
Status AuthorizeOnPulse(const PartyActor& who, const RecordParties& parties, PulseAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_CHECKIN_POLICY_H_
