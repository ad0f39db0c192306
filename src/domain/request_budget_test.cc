#include "domain/request_budget.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(RequestBudget, BucketsAreOnePerBudgetAndSessionOrPerson) {
  EXPECT_EQ(SessionBucket(Budget::kRecommendations, "abc"), "recommendations:s:abc");
  EXPECT_EQ(PersonBucket(Budget::kRecommendations, "abc"), "recommendations:p:abc");
  EXPECT_NE(SessionBucket(Budget::kRecommendations, "x"),
            SessionBucket(Budget::kMentorRequests, "x"));
  EXPECT_NE(PersonBucket(Budget::kMatchRounds, "p1"), PersonBucket(Budget::kMatchRounds, "p2"));
}

TEST(RequestBudget, APersonMayUseAFewSessionsWorthButNoMore) {
  BudgetRule rule = RuleFor(Budget::kMatchRounds);
  EXPECT_EQ(rule.person_limit(), rule.limit * kPersonCeilingFactor);
  EXPECT_GT(kPersonCeilingFactor, 1);
}

TEST(RequestBudget, EveryBudgetHasAPositiveLimitAndWindow) {
  for (Budget b : {Budget::kRecommendations, Budget::kMentorRequests, Budget::kMatchRounds}) {
    EXPECT_GT(RuleFor(b).limit, 0);
    EXPECT_GT(RuleFor(b).window, 0);
  }
}

TEST(RequestBudget, WindowsAreAlignedToTheirLength) {
  BudgetRule rule{"x", 10, kMinute};
  EXPECT_EQ(WindowStart(rule, 0), 0);
  EXPECT_EQ(WindowStart(rule, kMinute - 1), 0);
  EXPECT_EQ(WindowStart(rule, kMinute), kMinute);
  EXPECT_EQ(WindowStart(rule, 5 * kMinute + 7), 5 * kMinute);
  EXPECT_EQ(WindowStart(rule, -1), -kMinute);
}

TEST(RequestBudget, RetryAfterRoundsUpToTheWindowsEnd) {
  BudgetRule rule{"x", 10, kMinute};
  EXPECT_EQ(SecondsUntilNextWindow(rule, 0), 60);
  EXPECT_EQ(SecondsUntilNextWindow(rule, 59 * kSecond + 1), 1);
  EXPECT_EQ(SecondsUntilNextWindow(rule, 30 * kSecond + 500), 30);
  EXPECT_EQ(SecondsUntilNextWindow(rule, kMinute - 1), 1);
}

}  // namespace
}  // namespace tandem::domain
