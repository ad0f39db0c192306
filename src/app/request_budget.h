// The guard every expensive use case runs before its work: one request charged to the
// caller's session budget and to their person ceiling (domain/request_budget.h), counted in the
// database so that every server shares them. Call it after the cheap checks (argument validation) and before loading anything:
//
//   RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kRecommendations));
#ifndef TANDEM_APP_REQUEST_BUDGET_H_
#define TANDEM_APP_REQUEST_BUDGET_H_

#include "app/context.h"
#include "domain/request_budget.h"

namespace tandem::app {

// OK and charged, or ResourceExhausted with retry-after (seconds until the window ends) when
// the session already spent the window's budget or the person their ceiling. Anonymous callers
// (refused by the use case anyway), the command line (Caller::is_system) and contexts with
// charge_request_budgets off are not charged.
Status SpendBudget(const Context& ctx, const Caller& caller, domain::Budget budget);

}  // namespace tandem::app

#endif  // TANDEM_APP_REQUEST_BUDGET_H_
