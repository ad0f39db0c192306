// Who may do what with one mentor request, from their relation to it (domain/party.h).
// Table tested in mentor_request_policy_test.cc.
#ifndef TANDEM_DOMAIN_MENTOR_REQUEST_POLICY_H_
#define TANDEM_DOMAIN_MENTOR_REQUEST_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/mentor_request.h"
#include "domain/party.h"

namespace tandem::domain {

enum class RequestAction {
  kView,      // read the request
  kAnswer,    // accept or decline it (the mentor)
  kWithdraw,  // take it back (the mentee)
};
std::string_view RequestActionName(RequestAction a);
inline constexpr RequestAction kAllRequestActions[] = {RequestAction::kView, RequestAction::kAnswer,
                                                       RequestAction::kWithdraw};

// The table: one relation, one action.
Decision RequestDecision(Relation r, RequestAction a);

RecordParties PartiesOf(const MentorRequest& r);
Decision DecideOnRequest(const PartyActor& who, const MentorRequest& r, RequestAction a);
// As a Status; hidden is NotFound("No such request.").
Status AuthorizeOnRequest(const PartyActor& who, const MentorRequest& r, RequestAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MENTOR_REQUEST_POLICY_H_
