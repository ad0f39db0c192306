// Requests and round matches reconciled inside a use case's transaction (domain/reconcile.h
// decides; this reads and writes what it decides).
#ifndef TANDEM_APP_RECONCILE_H_
#define TANDEM_APP_RECONCILE_H_

#include <string>

#include "app/store.h"
#include "domain/program.h"

namespace tandem::app {

// Once `person_id` has been matched in `program` (a published round, an accepted request):
// when they hold every mentor the program allows (domain::RequestsWithdrawnByMatch), their other
// pending requests there are withdrawn as matched elsewhere, and each of those mentors is told
// (domain::RequestMatchedElsewhere). Returns how many were withdrawn. The caller holds the
// person's participant lock (their requests change only under it) and wrote the match in `tx`.
Result<int> WithdrawRequestsMatchedElsewhere(Tx& tx, const domain::Program& program,
                                             int max_mentors_per_mentee,
                                             const std::string& person_id, Millis now);

}  // namespace tandem::app

#endif  // TANDEM_APP_RECONCILE_H_
