// Request budgets: how many expensive requests one session may make in a window, per kind of
// work ("no cheap request costs the server a lot"), and a ceiling for the person across all
// their sessions (kPersonCeilingFactor times the session's), so signing in many times buys
// little. Windows are fixed and aligned to the epoch; the store counts requests per
// (bucket, window).
#ifndef TANDEM_DOMAIN_REQUEST_BUDGET_H_
#define TANDEM_DOMAIN_REQUEST_BUDGET_H_

#include <string>
#include <string_view>

#include "base/time.h"

namespace tandem::domain {

enum class Budget {
  kRecommendations,  // scoring every mentor of a program for one mentee
  kMentorRequests,   // sending a request: scores and explains the pair
  kMatchRounds,      // computing a round (create, rerun, lock, remove, swap, publish)
};

struct BudgetRule {
  std::string_view name;  // stable; part of the bucket key
  int limit = 0;          // requests allowed per window and session
  Millis window = 0;
  int person_limit() const;  // requests allowed per window to one person, all sessions
};

inline constexpr int kPersonCeilingFactor = 4;

BudgetRule RuleFor(Budget budget);

// The store keys of a session's and of a person's budget: "<name>:s:<session key>" and
// "<name>:p:<person id>".
std::string SessionBucket(Budget budget, std::string_view session_key);
std::string PersonBucket(Budget budget, std::string_view person_id);

// The start of the window that `now` falls in.
Millis WindowStart(const BudgetRule& rule, Millis now);

// Whole seconds until the window that `now` falls in ends (at least 1): the Retry-After of a
// refused request.
int SecondsUntilNextWindow(const BudgetRule& rule, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_REQUEST_BUDGET_H_
