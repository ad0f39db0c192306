#include "app/request_budget.h"

#include <string>

namespace tandem::app {

Status SpendBudget(const Context& ctx, const Caller& caller, domain::Budget budget) {
  if (caller.anonymous() || caller.is_system || !ctx.charge_request_budgets) return Status::Ok();
  const domain::BudgetRule rule = domain::RuleFor(budget);
  const Millis now = ctx.clock.Now();
  const Millis start = domain::WindowStart(rule, now);
  int session_used = 0, person_used = 0;
  RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
    // A caller without a session (a use case called in-process) counts as one session.
    const std::string session = caller.session_key.empty() ? "none:" + caller.person_id
                                                           : caller.session_key;
    ASSIGN_OR_RETURN(session_used,
                     tx.ChargeBudget(domain::SessionBucket(budget, session), start, start - kHour));
    ASSIGN_OR_RETURN(person_used, tx.ChargeBudget(domain::PersonBucket(budget, caller.person_id),
                                                  start, start - kHour));
    return Status::Ok();
  }));
  if (session_used <= rule.limit && person_used <= rule.person_limit()) return Status::Ok();
  const int seconds = domain::SecondsUntilNextWindow(rule, now);
  return ResourceExhausted("Too many requests of this kind (" + std::to_string(rule.limit) +
                           " a minute); try again in " + std::to_string(seconds) + " s.")
      .WithRetryAfter(seconds);
}

}  // namespace tandem::app
