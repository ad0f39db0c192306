// Request budgets (domain/request_budget.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_BUDGETS_PORT_H_
#define TANDEM_APP_PORTS_BUDGETS_PORT_H_

#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"

namespace tandem::app {

class BudgetsPort {
 public:
  virtual ~BudgetsPort() = default;

  // Request budgets (domain/request_budget.h). Adds one to `bucket`'s count for the window that
  // starts at `window_start` and returns the count after it, in one statement, so concurrent
  // charges on any server are all counted. Also deletes every bucket's windows that started
  // before `expired_before`. Inside Transact only.
  virtual Result<int> ChargeBudget(const std::string& bucket, Millis window_start,
                                   Millis expired_before) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_BUDGETS_PORT_H_
