#include "matching/priority.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

#include "base/status_matchers.h"

namespace tandem::matching {
namespace {

// Lexicographic key (pairs of tier 0, ..., pairs of the last tier, score).
using Key = std::vector<int64_t>;

// Exhaustive optimum over all assignments with k_i = 1 (each mentee: nobody or one candidate).
Key BruteForce(const BipartiteGraph& g, const std::vector<int32_t>& cap,
               const std::vector<int32_t>& tiers, int32_t num_tiers) {
  Key best;
  std::vector<int32_t> used(g.num_mentors, 0);
  Key current(num_tiers + 1, 0);
  std::function<void(int32_t)> visit = [&](int32_t i) {
    if (i == g.num_mentees) {
      if (best.empty() || current > best) best = current;
      return;
    }
    visit(i + 1);  // i unmatched
    for (int64_t e = g.begin(i); e < g.end(i); ++e) {
      const int32_t j = g.mentors[e];
      if (used[j] == cap[j]) continue;
      ++used[j];
      ++current[tiers[i]];
      current[num_tiers] += g.scores[e];
      visit(i + 1);
      --used[j];
      --current[tiers[i]];
      current[num_tiers] -= g.scores[e];
    }
  };
  visit(0);
  return best;
}

// Exhaustive best total score, ignoring tiers (each mentee: nobody or one candidate).
int64_t BruteForceMaxScore(const BipartiteGraph& g, const std::vector<int32_t>& cap) {
  int64_t best = 0, current = 0;
  std::vector<int32_t> used(g.num_mentors, 0);
  std::function<void(int32_t)> visit = [&](int32_t i) {
    if (i == g.num_mentees) {
      best = std::max(best, current);
      return;
    }
    visit(i + 1);  // i unmatched
    for (int64_t e = g.begin(i); e < g.end(i); ++e) {
      const int32_t j = g.mentors[e];
      if (used[j] == cap[j]) continue;
      ++used[j];
      current += g.scores[e];
      visit(i + 1);
      --used[j];
      current -= g.scores[e];
    }
  };
  visit(0);
  return best;
}

TEST(PriorityTest, LexicographicOptimumMatchesBruteForce) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 1 + rng() % 7, m = 1 + rng() % 3, num_tiers = 1 + rng() % 3;
    std::vector<WeightedPair> edges;
    for (int32_t i = 0; i < n; ++i) {
      for (int32_t j = 0; j < m; ++j) {
        if (rng() % 3 != 0) edges.push_back({i, j, static_cast<int32_t>(rng() % 20)});
      }
    }
    const BipartiteGraph g = BuildBipartiteGraph(n, m, edges).value();
    std::vector<int32_t> cap, tiers;
    for (int32_t j = 0; j < m; ++j) cap.push_back(rng() % 3);
    for (int32_t i = 0; i < n; ++i) tiers.push_back(rng() % num_tiers);
    const Result<PriorityAssignment> r =
        SolvePriorityAssignment(g, {.mentor_capacity = cap}, tiers);
    ASSERT_OK(r);
    Key got(r->pairs_per_tier.begin(), r->pairs_per_tier.end());
    got.resize(num_tiers, 0);
    got.push_back(r->assignment.total_score);
    EXPECT_EQ(got, BruteForce(g, cap, tiers, num_tiers));
    // What the priority costs, both terms from exhaustive search: the best total ignoring
    // tiers, minus the best total among the lexicographic optima.
    const int64_t unconstrained = BruteForceMaxScore(g, cap);
    EXPECT_EQ(r->unconstrained_score, unconstrained);
    EXPECT_EQ(r->score_cost, unconstrained - got.back());

    // The stated property, checked directly: no unmatched tier-t mentee with an edge to a mentor
    // that has a free seat or holds a lower-priority mentee.
    std::vector<int32_t> mentor_of(n, -1), load(m, 0);
    for (const MatchedPair& p : r->assignment.pairs) {
      mentor_of[p.mentee] = p.mentor;
      ++load[p.mentor];
    }
    for (int32_t a = 0; a < n; ++a) {
      if (mentor_of[a] >= 0) continue;
      for (int64_t e = g.begin(a); e < g.end(a); ++e) {
        const int32_t j = g.mentors[e];
        EXPECT_FALSE(load[j] < cap[j]) << "free seat left for unmatched mentee " << a;
        for (int32_t b = 0; b < n; ++b) {
          EXPECT_FALSE(mentor_of[b] == j && tiers[b] > tiers[a])
              << "mentee " << a << " (tier " << tiers[a] << ") lost mentor " << j << " to " << b;
        }
      }
    }
  }
}

TEST(PriorityTest, ReportsTheCostOfPriority) {
  // One seat. The tier-1 mentee scores 10, the tier-0 mentee 4: priority costs 6 points.
  const BipartiteGraph g = BuildBipartiteGraph(2, 1, {{0, 0, 10}, {1, 0, 4}}).value();
  const Result<PriorityAssignment> r = SolvePriorityAssignment(g, {.mentor_capacity = {1}}, {1, 0});
  ASSERT_OK(r);
  ASSERT_EQ(r->assignment.pairs.size(), 1u);
  EXPECT_EQ(r->assignment.pairs[0].mentee, 1);
  EXPECT_EQ(r->unconstrained_score, 10);
  EXPECT_EQ(r->score_cost, 6);
  EXPECT_EQ(r->pairs_per_tier, (std::vector<int64_t>{1, 0}));
}

TEST(PriorityTest, LockedPairsAreKeptWhateverTheirTier) {
  // The only seat is locked to the tier-1 mentee; the tier-0 mentee stays out.
  const BipartiteGraph g = BuildBipartiteGraph(2, 1, {{0, 0, 5}, {1, 0, 5}}).value();
  const Result<PriorityAssignment> r =
      SolvePriorityAssignment(g, {.mentor_capacity = {1}, .locked = {{1, 0}}}, {0, 1});
  ASSERT_OK(r);
  ASSERT_EQ(r->assignment.pairs.size(), 1u);
  EXPECT_EQ(r->assignment.pairs[0], (MatchedPair{1, 0, 5, true}));
  EXPECT_EQ(r->pairs_per_tier, (std::vector<int64_t>{0, 1}));
}

TEST(PriorityTest, RejectsBadTiers) {
  const BipartiteGraph g = BuildBipartiteGraph(2, 1, {{0, 0, 1}}).value();
  EXPECT_FALSE(SolvePriorityAssignment(g, {.mentor_capacity = {1}}, {0}).ok());
  EXPECT_FALSE(SolvePriorityAssignment(g, {.mentor_capacity = {1}}, {0, -1}).ok());
}

}  // namespace
}  // namespace tandem::matching
