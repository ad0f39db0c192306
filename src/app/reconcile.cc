#include "app/reconcile.h"

#include "app/notifications.h"
#include "domain/notification.h"
#include "domain/reconcile.h"

namespace tandem::app {

Result<int> WithdrawRequestsMatchedElsewhere(Tx& tx, const domain::Program& program,
                                             int max_mentors_per_mentee,
                                             const std::string& person_id, Millis now) {
  const std::string& org_id = program.organisation_id;
  RelationshipFilter theirs;
  theirs.person_id = person_id;
  ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, theirs));
  ASSIGN_OR_RETURN(auto requests, tx.ListRequestsOfMentee(org_id, program.id, person_id));
  const bool peer = program.type == domain::ProgramType::kPeer;
  auto withdrawn = domain::RequestsWithdrawnByMatch(person_id, rels, requests,
                                                    max_mentors_per_mentee, peer, now);
  if (withdrawn.empty()) return 0;
  ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(person_id));
  for (auto& q : withdrawn) {
    q.status = domain::RequestStatus::kWithdrawn;
    q.withdraw_reason = std::string(domain::kWithdrawMatchedElsewhere);
    q.decided_at = now;
    RETURN_IF_ERROR(tx.UpdateRequest(q));
    RETURN_IF_ERROR(Notify(tx, q.mentor_id, org_id, now,
                           domain::RequestMatchedElsewhere(q.id, program.name, mentee.name)));
  }
  return static_cast<int>(withdrawn.size());
}

}  // namespace tandem::app
