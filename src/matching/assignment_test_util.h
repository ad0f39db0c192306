// Test-only helpers shared by the assignment tests: random small instances, the LEMON reference
// optimum of the residual problem, and a feasibility check of a result.
#ifndef TANDEM_MATCHING_ASSIGNMENT_TEST_UTIL_H_
#define TANDEM_MATCHING_ASSIGNMENT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "matching/assignment.h"
#include "matching/reference/reference.h"

namespace tandem::matching::test_util {

struct Instance {
  BipartiteGraph graph;
  AssignmentConstraints constraints;
};

// Small random instance; `variant` (the seed) also picks the features exercised: ties (scores
// from a tiny range), zero capacities, mentees without candidates, k > 1, locked/excluded pairs.
inline Instance RandomInstance(uint32_t seed) {
  std::mt19937 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const int32_t n = uniform(0, 14), m = uniform(0, 9);
  const bool ties = seed % 3 == 0;
  const bool multi = seed % 4 == 1;
  const int max_score = ties ? uniform(0, 3) : uniform(1, 1000);
  std::vector<WeightedPair> edges;
  for (int32_t i = 0; i < n; ++i) {
    if (uniform(0, 9) == 0) continue;  // no candidate at all
    const int p = uniform(0, 100);
    for (int32_t j = 0; j < m; ++j) {
      if (uniform(0, 99) < p) edges.push_back({i, j, uniform(0, max_score)});
    }
  }
  std::shuffle(edges.begin(), edges.end(), rng);
  Instance x;
  x.graph = BuildBipartiteGraph(n, m, edges).value();
  for (int32_t j = 0; j < m; ++j) {
    x.constraints.mentor_capacity.push_back(uniform(0, 4) == 0 ? 0 : uniform(1, 3));
  }
  if (multi) {
    for (int32_t i = 0; i < n; ++i) x.constraints.mentee_limit.push_back(uniform(0, 3));
  }
  if (seed % 5 == 2 && !edges.empty()) {
    std::vector<int32_t> cap = x.constraints.mentor_capacity;
    std::vector<int32_t> lim = x.constraints.mentee_limit;
    if (lim.empty()) lim.assign(n, 1);
    std::set<std::pair<int32_t, int32_t>> used;
    for (int t = 0; t < 3; ++t) {
      const WeightedPair& e = edges[uniform(0, static_cast<int>(edges.size()) - 1)];
      if (used.count({e.mentee, e.mentor}) || cap[e.mentor] == 0 || lim[e.mentee] == 0) continue;
      used.insert({e.mentee, e.mentor});
      --cap[e.mentor];
      --lim[e.mentee];
      x.constraints.locked.push_back({e.mentee, e.mentor});
    }
    if (n > 0 && m > 0) {
      const PairRef ex{uniform(0, n - 1), uniform(0, m - 1)};
      if (!used.count({ex.mentee, ex.mentor})) x.constraints.excluded.push_back(ex);
    }
  }
  return x;
}

// The optimum by LEMON on the residual problem (locked pairs removed), with the weight of each
// edge of mentee i increased by bonus[i] (empty: no bonus).
inline int64_t ReferenceOptimum(const Instance& x, const std::vector<int64_t>& bonus,
                                int64_t* locked_score) {
  const BipartiteGraph& g = x.graph;
  std::vector<int32_t> cap = x.constraints.mentor_capacity;
  std::vector<int32_t> lim = x.constraints.mentee_limit;
  if (lim.empty()) lim.assign(g.num_mentees, 1);
  std::set<std::pair<int32_t, int32_t>> off;
  *locked_score = 0;
  for (PairRef p : x.constraints.locked) {
    --cap[p.mentor];
    --lim[p.mentee];
    off.insert({p.mentee, p.mentor});
    for (int64_t e = g.begin(p.mentee); e < g.end(p.mentee); ++e) {
      if (g.mentors[e] == p.mentor) {
        *locked_score += g.scores[e];
        break;
      }
    }
  }
  for (PairRef p : x.constraints.excluded) off.insert({p.mentee, p.mentor});
  std::vector<reference::RefEdge> edges;
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    for (int64_t e = g.begin(i); e < g.end(i); ++e) {
      if (!off.count({i, g.mentors[e]})) {
        edges.push_back({i, g.mentors[e], g.scores[e] + (bonus.empty() ? 0 : bonus[i])});
      }
    }
  }
  return reference::MaxWeightBMatching(g.num_mentees, g.num_mentors, lim, cap, edges);
}

// As above with the same bonus on every edge (a bonus above P * max_score makes the optimum
// lexicographic: pairs, then score).
inline int64_t ReferenceOptimum(const Instance& x, int64_t bonus, int64_t* locked_score) {
  return ReferenceOptimum(x, std::vector<int64_t>(x.graph.num_mentees, bonus), locked_score);
}

// Every pair is a candidate edge with its score, or locked; no capacity is exceeded; locked
// pairs are present and excluded pairs absent; totals are consistent.
inline void ExpectFeasible(const Instance& x, const Assignment& a) {
  const BipartiteGraph& g = x.graph;
  std::map<int32_t, int32_t> per_mentor, per_mentee;
  std::set<std::pair<int32_t, int32_t>> seen;
  int64_t total = 0;
  for (const MatchedPair& p : a.pairs) {
    ASSERT_TRUE(seen.insert({p.mentee, p.mentor}).second) << "pair twice";
    ++per_mentor[p.mentor];
    ++per_mentee[p.mentee];
    total += p.score;
    if (!p.locked) {
      bool is_edge = false;
      for (int64_t e = g.begin(p.mentee); e < g.end(p.mentee); ++e) {
        if (g.mentors[e] == p.mentor && g.scores[e] == p.score) is_edge = true;
      }
      EXPECT_TRUE(is_edge) << "non-edge " << p.mentee << "-" << p.mentor;
    }
  }
  for (auto [j, used] : per_mentor) EXPECT_LE(used, x.constraints.mentor_capacity[j]);
  for (auto [i, used] : per_mentee) {
    EXPECT_LE(used, x.constraints.mentee_limit.empty() ? 1 : x.constraints.mentee_limit[i]);
  }
  for (PairRef p : x.constraints.locked) EXPECT_TRUE(seen.count({p.mentee, p.mentor}));
  for (PairRef p : x.constraints.excluded) EXPECT_FALSE(seen.count({p.mentee, p.mentor}));
  EXPECT_EQ(total, a.total_score);
  EXPECT_EQ(static_cast<int64_t>(a.pairs.size()), a.num_pairs);
  EXPECT_EQ(static_cast<int32_t>(per_mentee.size()), a.num_mentees_matched);
}

}  // namespace tandem::matching::test_util

#endif  // TANDEM_MATCHING_ASSIGNMENT_TEST_UTIL_H_
