#include "matching/tiered_assignment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "base/status_matchers.h"
#include "matching/assignment_test_util.h"
#include "matching/bmatching_core.h"
#include "matching/prepared_problem.h"

namespace tandem::matching {
namespace {

using test_util::ExpectFeasible;
using test_util::Instance;
using test_util::RandomInstance;
using test_util::ReferenceOptimum;

// Nested bonuses B_r = P (B_{r+1} + W) + 1 over the distinct tiers (the construction the
// tiered solve used before): maximising score + B_rank is lexicographic in (pairs per rank,
// score), and the value encodes that key injectively.
std::vector<int64_t> NestedBonusPerMentee(const Instance& x, const std::vector<int32_t>& tiers) {
  std::vector<int32_t> distinct(tiers.begin(), tiers.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  int64_t slots = 0, seats = 0, max_score = 0;
  for (int32_t i = 0; i < x.graph.num_mentees; ++i) {
    slots += x.constraints.mentee_limit.empty() ? 1 : x.constraints.mentee_limit[i];
  }
  for (int32_t c : x.constraints.mentor_capacity) seats += c;
  for (int32_t s : x.graph.scores) max_score = std::max<int64_t>(max_score, s);
  const int64_t p = std::min(slots, seats);
  std::vector<int64_t> per_rank(distinct.size());
  int64_t next = 0;
  for (size_t r = distinct.size(); r-- > 0;) per_rank[r] = next = p * (next + max_score) + 1;
  std::vector<int64_t> bonus(tiers.size());
  for (size_t i = 0; i < tiers.size(); ++i) {
    bonus[i] =
        per_rank[std::lower_bound(distinct.begin(), distinct.end(), tiers[i]) - distinct.begin()];
  }
  return bonus;
}

// The nested-bonus value of the free (not locked) pairs of a result.
int64_t NestedValue(const Assignment& a, const std::vector<int64_t>& bonus) {
  int64_t value = 0;
  for (const MatchedPair& p : a.pairs) {
    if (!p.locked) value += p.score + bonus[p.mentee];
  }
  return value;
}

// The previous implementation: the engine run once on the nested bonuses.
Assignment NestedBonusSolve(const Instance& x, const std::vector<int64_t>& bonus) {
  internal::Prepared p = internal::Prepare(x.graph, x.constraints).value();
  int32_t max_score = 0;
  for (int32_t s : x.graph.scores) max_score = std::max(max_score, s);
  internal::BMatchingInput in;
  in.num_mentees = x.graph.num_mentees;
  in.num_mentors = x.graph.num_mentors;
  in.offsets = x.graph.offsets.data();
  in.mentors = x.graph.mentors.data();
  in.scores = x.graph.scores.data();
  in.mentee_cap = p.mentee_cap.data();
  in.mentor_cap = p.mentor_cap.data();
  in.bonus = bonus.data();
  in.disabled = p.disabled.empty() ? nullptr : p.disabled.data();
  in.max_weight = max_score;
  for (int64_t b : bonus) in.max_weight = std::max(in.max_weight, max_score + b);
  return internal::MakeAssignment(x.graph, std::move(p.locked_pairs), internal::SolveBMatching(in));
}

struct Checked {
  int32_t rounds = 0;
};

// Solves tiered and checks the result: feasible, the same lexicographic key as LEMON and as the
// nested-bonus solve, and as many pairs as the kMaxMatchedThenScore optimum.
Checked CheckTiered(const Instance& x, const std::vector<int32_t>& tiers, bool with_nested = true) {
  const Result<internal::TieredSolve> got = internal::SolveTiered(x.graph, x.constraints, tiers);
  EXPECT_OK(got);
  if (!got.ok()) return {};
  ExpectFeasible(x, got->assignment);
  const std::vector<int64_t> bonus = NestedBonusPerMentee(x, tiers);
  int64_t locked_score = 0;
  EXPECT_EQ(NestedValue(got->assignment, bonus), ReferenceOptimum(x, bonus, &locked_score));
  if (with_nested) {
    EXPECT_EQ(NestedValue(got->assignment, bonus), NestedValue(NestedBonusSolve(x, bonus), bonus));
  }
  const Result<Assignment> most =
      SolveAssignment(x.graph, x.constraints, AssignmentObjective::kMaxMatchedThenScore);
  EXPECT_OK(most);
  if (most.ok()) {
    EXPECT_EQ(got->assignment.num_pairs, most->num_pairs);
  }
  return {got->rounds};
}

std::vector<int32_t> RandomTiers(int32_t n, std::mt19937& rng) {
  const int32_t num_tiers = 1 + static_cast<int32_t>(rng() % 4);
  const int32_t stride = rng() % 3 == 0 ? 3 : 1;  // sometimes tiers {0, 3, 6}: empty tiers
  std::vector<int32_t> tiers(n);
  for (int32_t& t : tiers) t = stride * static_cast<int32_t>(rng() % num_tiers);
  return tiers;
}

TEST(TieredAssignmentTest, MatchesLemonAndNestedBonusesOnRandomInstances) {
  // Ties, zero capacities, mentees without candidates, k > 1, locked and excluded pairs (see
  // RandomInstance), with 1-4 tiers.
  for (uint32_t seed = 1; seed <= 600; ++seed) {
    SCOPED_TRACE(seed);
    const Instance x = RandomInstance(seed);
    std::mt19937 rng(seed * 7919);
    CheckTiered(x, RandomTiers(x.graph.num_mentees, rng));
  }
}

// Sparse instances whose scores are 0 or W: long alternating paths, where one more priority
// pair can cost several pairs' scores, so the first bonus gap (W + 1) is not always enough.
Instance ChainyInstance(uint32_t seed, int32_t n, int32_t m) {
  std::mt19937 rng(seed);
  std::vector<WeightedPair> edges;
  for (int32_t i = 0; i < n; ++i) {
    std::set<int32_t> seen;
    const int32_t degree = 1 + static_cast<int32_t>(rng() % 3);
    while (static_cast<int32_t>(seen.size()) < std::min(degree, m)) {
      seen.insert(static_cast<int32_t>(rng() % m));
    }
    for (int32_t j : seen) edges.push_back({i, j, rng() % 2 == 0 ? 0 : 1000});
  }
  Instance x;
  x.graph = BuildBipartiteGraph(n, m, edges).value();
  for (int32_t j = 0; j < m; ++j) {
    x.constraints.mentor_capacity.push_back(static_cast<int32_t>(rng() % 3));
  }
  if (seed % 2 == 0) {
    for (int32_t i = 0; i < n; ++i) {
      x.constraints.mentee_limit.push_back(static_cast<int32_t>(rng() % 3));
    }
  }
  return x;
}

TEST(TieredAssignmentTest, ChainyInstancesNeedLargerBonusesAndStayExact) {
  int32_t escalated = 0;
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    SCOPED_TRACE(seed);
    const Instance x = ChainyInstance(seed, 12 + seed % 40, 4 + seed % 20);
    std::mt19937 rng(seed);
    std::vector<int32_t> tiers = RandomTiers(x.graph.num_mentees, rng);
    if (seed % 5 == 0) tiers.assign(x.graph.num_mentees, 0);  // kMaxMatchedThenScore
    escalated += CheckTiered(x, tiers).rounds > 1;
  }
  EXPECT_GT(escalated, 10);  // the escalation path is exercised
}

// The chain: mentee c_t (= t) scores W with mentor t - 1 and 0 with mentor t (t = 1..k; the
// last 0 edge only with a free end); mentee a (= 0) has only mentor 0, at score 0. Matching a
// moves every c_t to its 0 edge (when c_k must be the one left out, or takes the free end).
Instance Chain(int32_t k, bool free_end) {
  std::vector<WeightedPair> edges;
  edges.push_back({0, 0, 0});
  for (int32_t t = 1; t <= k; ++t) {
    edges.push_back({t, t - 1, 1000});
    if (t < k || free_end) edges.push_back({t, t, 0});
  }
  const int32_t m = free_end ? k + 1 : k;
  Instance x;
  x.graph = BuildBipartiteGraph(k + 1, m, edges).value();
  x.constraints.mentor_capacity.assign(m, 1);
  return x;
}

TEST(TieredAssignmentTest, LongSwapChainGetsThePriorityMenteeMatched) {
  for (int32_t k : {1, 2, 5, 40}) {
    SCOPED_TRACE(k);
    const Instance x = Chain(k, /*free_end=*/false);
    // a has tier 0, c_1..c_{k-1} tier 1, c_k tier 2: the optimum matches a and c_1..c_{k-1},
    // each on its 0 edge, and leaves c_k out: k W below the best score.
    std::vector<int32_t> tiers(k + 1, 1);
    tiers[0] = 0;
    tiers[k] = 2;
    const Checked c = CheckTiered(x, tiers);
    const Assignment a = SolveTieredAssignment(x.graph, x.constraints, tiers).value();
    ASSERT_EQ(a.num_pairs, k);
    EXPECT_EQ(a.pairs[0].mentee, 0);
    EXPECT_EQ(a.total_score, 0);
    // The first gaps (W + 1 each) pay for 2 W + 2 of displaced score, not more.
    EXPECT_EQ(c.rounds > 1, k >= 3);
  }
}

TEST(TieredAssignmentTest, LongAugmentingChainUnderMaxMatchedThenScore) {
  for (int32_t k : {1, 3, 30}) {
    SCOPED_TRACE(k);
    const Instance x = Chain(k, /*free_end=*/true);
    const Result<Assignment> a =
        SolveAssignment(x.graph, x.constraints, AssignmentObjective::kMaxMatchedThenScore);
    ASSERT_OK(a);
    EXPECT_EQ(a->num_pairs, k + 1);
    EXPECT_EQ(a->total_score, 0);
    const Checked c = CheckTiered(x, std::vector<int32_t>(k + 1, 0));
    EXPECT_EQ(c.rounds > 1, k > 1);
  }
}

// Popular mentors and more mentees than seats (evictions, lookahead caches, reverse phases,
// per-tier segments of the mentor lists), 2-4 tiers, k = 1 or 2.
TEST(TieredAssignmentTest, MediumInstancesWithCompetitionMatchReference) {
  std::mt19937 rng(31);
  for (int round = 0; round < 12; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = round < 10 ? 300 : 2000, m = n / 5;
    std::vector<int32_t> popularity(m);
    for (int32_t& p : popularity) p = static_cast<int32_t>(rng() % 401);
    std::vector<WeightedPair> edges;
    for (int32_t i = 0; i < n; ++i) {
      std::set<int32_t> seen;
      while (seen.size() < 20) seen.insert(static_cast<int32_t>(rng() % m));
      for (int32_t j : seen) {
        edges.push_back({i, j, popularity[j] + static_cast<int32_t>(rng() % 601)});
      }
    }
    Instance x;
    x.graph = BuildBipartiteGraph(n, m, edges).value();
    for (int32_t j = 0; j < m; ++j) x.constraints.mentor_capacity.push_back(rng() % 6);
    if (round % 3 == 1) x.constraints.mentee_limit.assign(n, 2);
    if (round % 4 == 3) {
      for (int t = 0; t < 30; ++t) {
        const WeightedPair& e = edges[rng() % edges.size()];
        x.constraints.excluded.push_back({e.mentee, e.mentor});
      }
    }
    // (Nested reference bonuses on 2000 mentees fit 64 bits for 2 tiers only.)
    const int32_t num_tiers = n > 300 ? 2 : 2 + round % 3;
    std::vector<int32_t> tiers(n);
    for (int32_t& t : tiers) {
      t = rng() % 5 == 0 ? 0 : 1 + static_cast<int32_t>(rng() % (num_tiers - 1));
    }
    CheckTiered(x, tiers, /*with_nested=*/round < 10);
  }
}

TEST(TieredAssignmentTest, PriorityGroupAsLargeAsTheSeats) {
  // 60% of the mentees in tier 0 for seats for 60% of the mentees: a balanced market among the
  // priority mentees (the solver's last phase falls back to the full schedule).
  std::mt19937 rng(77);
  const int32_t n = 2000, m = 400;
  std::vector<int32_t> popularity(m);
  for (int32_t& p : popularity) p = static_cast<int32_t>(rng() % 401);
  std::vector<WeightedPair> edges;
  for (int32_t i = 0; i < n; ++i) {
    std::set<int32_t> seen;
    while (seen.size() < 20) seen.insert(static_cast<int32_t>(rng() % m));
    for (int32_t j : seen) {
      edges.push_back({i, j, popularity[j] + static_cast<int32_t>(rng() % 601)});
    }
  }
  Instance x;
  x.graph = BuildBipartiteGraph(n, m, edges).value();
  x.constraints.mentor_capacity.assign(m, 3);
  std::vector<int32_t> tiers(n);
  for (int32_t& t : tiers) t = rng() % 5 < 3 ? 0 : 1;
  CheckTiered(x, tiers, /*with_nested=*/false);
}

TEST(TieredAssignmentTest, WideCapacitiesAndScores) {
  // Mentors with 16+ seats (beyond the mentors' lookahead cache), scores up to 2^28 (unpacked
  // mentor lists), k up to 3.
  std::mt19937 rng(5);
  for (int round = 0; round < 12; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 150 + static_cast<int32_t>(rng() % 100),
                  m = 6 + static_cast<int32_t>(rng() % 10);
    const uint32_t max_score = round % 2 == 0 ? (1u << 28) : 50;
    std::vector<WeightedPair> edges;
    for (int32_t i = 0; i < n; ++i) {
      std::set<int32_t> seen;
      const size_t want = 1 + rng() % 5;
      while (seen.size() < want) seen.insert(static_cast<int32_t>(rng() % m));
      for (int32_t j : seen) edges.push_back({i, j, static_cast<int32_t>(rng() % (max_score + 1))});
    }
    Instance x;
    x.graph = BuildBipartiteGraph(n, m, edges).value();
    for (int32_t j = 0; j < m; ++j) x.constraints.mentor_capacity.push_back(8 + rng() % 30);
    if (round % 3 == 0) {
      for (int32_t i = 0; i < n; ++i) x.constraints.mentee_limit.push_back(rng() % 4);
    }
    std::vector<int32_t> tiers(n);
    for (int32_t& t : tiers) t = rng() % 3 == 0 ? 0 : 1;
    CheckTiered(x, tiers, /*with_nested=*/max_score < 1000);
  }
}

TEST(TieredAssignmentTest, TierNumbersOnlyMatterThroughTheirOrder) {
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    const Instance x = RandomInstance(seed);
    std::mt19937 rng(seed);
    std::vector<int32_t> tiers = RandomTiers(x.graph.num_mentees, rng), spread = tiers;
    for (int32_t& t : spread) t = t * 10 + 7;
    const Result<Assignment> a = SolveTieredAssignment(x.graph, x.constraints, tiers);
    const Result<Assignment> b = SolveTieredAssignment(x.graph, x.constraints, spread);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->pairs, b->pairs) << seed;
  }
}

TEST(TieredAssignmentTest, IsDeterministic) {
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    const Instance x = ChainyInstance(seed, 30, 10);
    std::mt19937 rng(seed);
    const std::vector<int32_t> tiers = RandomTiers(x.graph.num_mentees, rng);
    const Result<Assignment> a = SolveTieredAssignment(x.graph, x.constraints, tiers);
    const Result<Assignment> b = SolveTieredAssignment(x.graph, x.constraints, tiers);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->pairs, b->pairs) << seed;
  }
}

TEST(TieredAssignmentTest, RejectsBadInput) {
  const BipartiteGraph g = BuildBipartiteGraph(2, 1, {{0, 0, 1}}).value();
  EXPECT_CODE(SolveTieredAssignment(g, {.mentor_capacity = {1}}, {0}),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(SolveTieredAssignment(g, {.mentor_capacity = {1}}, {0, -1}),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(SolveTieredAssignment(g, {.mentor_capacity = {-1}}, {0, 0}),
              StatusCode::kInvalidArgument);
  // Bonuses beyond 62 bits: 2^31 - 1 seats, scores near 2^31, thousands of tiers.
  const BipartiteGraph big = BuildBipartiteGraph(3, 1, {{0, 0, 2'000'000'000}}).value();
  EXPECT_EQ(SolveTieredAssignment(big,
                                  {.mentor_capacity = {2'000'000'000},
                                   .mentee_limit = {2'000'000'000, 2'000'000'000, 1}},
                                  {0, 1, 2})
                .status()
                .code(),
            StatusCode::kInvalidArgument);
}

TEST(TieredAssignmentTest, EmptyInstance) {
  const BipartiteGraph g = BuildBipartiteGraph(0, 0, {}).value();
  const Result<Assignment> a = SolveTieredAssignment(g, {}, {});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->num_pairs, 0);
}

}  // namespace
}  // namespace tandem::matching
