#include "domain/request_budget.h"

namespace tandem::domain {

BudgetRule RuleFor(Budget budget) {
  // Generous for people (a mentee paging and filtering, a coordinator trying swaps), tight
  // enough that one account cannot keep a core busy.
  switch (budget) {
    case Budget::kRecommendations: return {"recommendations", 120, kMinute};
    case Budget::kMentorRequests: return {"mentor-requests", 30, kMinute};
    case Budget::kMatchRounds: return {"match-rounds", 120, kMinute};
  }
  return {"unknown", 0, kMinute};
}

int BudgetRule::person_limit() const { return limit * kPersonCeilingFactor; }

namespace {
std::string Bucket(Budget budget, std::string_view kind, std::string_view id) {
  std::string key(RuleFor(budget).name);
  key += ':';
  key += kind;
  key += ':';
  key += id;
  return key;
}
}  // namespace

std::string SessionBucket(Budget budget, std::string_view session_key) {
  return Bucket(budget, "s", session_key);
}
std::string PersonBucket(Budget budget, std::string_view person_id) {
  return Bucket(budget, "p", person_id);
}

Millis WindowStart(const BudgetRule& rule, Millis now) {
  if (rule.window <= 0) return now;
  Millis start = now - now % rule.window;
  if (now % rule.window < 0) start -= rule.window;  // before the epoch
  return start;
}

int SecondsUntilNextWindow(const BudgetRule& rule, Millis now) {
  const Millis end = WindowStart(rule, now) + rule.window;
  const Millis wait = end - now;
  const int seconds = static_cast<int>((wait + kSecond - 1) / kSecond);
  return seconds < 1 ? 1 : seconds;
}

}  // namespace tandem::domain
