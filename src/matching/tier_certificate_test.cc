#include "matching/tier_certificate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "base/status_matchers.h"
#include "matching/assignment_test_util.h"
#include "matching/greedy.h"
#include "matching/prepared_problem.h"

namespace tandem::matching::internal {
namespace {

// The edge ids of the free pairs of an assignment (the first enabled edge of each pair).
std::vector<int64_t> EdgeIds(const BipartiteGraph& g, const Prepared& p, const Assignment& a) {
  std::vector<int64_t> chosen;
  for (const MatchedPair& x : a.pairs) {
    if (x.locked) continue;
    for (int64_t e = g.begin(x.mentee); e < g.end(x.mentee); ++e) {
      if (g.mentors[e] == x.mentor && !IsDisabled(p.disabled, e)) {
        chosen.push_back(e);
        break;
      }
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

int32_t Certify(const BipartiteGraph& g, const AssignmentConstraints& c,
                const std::vector<int32_t>& rank, int32_t num_ranks, const Assignment& a) {
  const Prepared p = Prepare(g, c).value();
  const ResidualProblem residual{&g, p.mentee_cap.data(), p.mentor_cap.data(),
                                 p.disabled.empty() ? nullptr : p.disabled.data()};
  return FirstImprovableRank(residual, rank, num_ranks, EdgeIds(g, p, a));
}

Assignment Pairs(std::vector<MatchedPair> pairs) {
  Assignment a;
  a.pairs = std::move(pairs);
  return a;
}

TEST(TierCertificateTest, HandMadeCases) {
  // Mentees 0 (rank 0), 1 (rank 1); mentor 0 with one seat, shared; mentor 1 only for mentee 1.
  const BipartiteGraph g = BuildBipartiteGraph(2, 2, {{0, 0, 1}, {1, 0, 9}, {1, 1, 2}}).value();
  const AssignmentConstraints c{.mentor_capacity = {1, 1}};
  const std::vector<int32_t> rank = {0, 1};
  // Mentee 1 holds mentor 0, mentee 0 is out: 0 -> mentor 0 -> 1 (rank 1 > 0) is a swap.
  EXPECT_EQ(Certify(g, c, rank, 2, Pairs({{1, 0, 9}})), 0);
  // Mentee 1 could also move to mentor 1: still improvable from rank 0.
  EXPECT_EQ(Certify(g, c, rank, 2, Pairs({{1, 0, 9}})), 0);
  // Both matched: nothing to improve.
  EXPECT_EQ(Certify(g, c, rank, 2, Pairs({{0, 0, 1}, {1, 1, 2}})), -1);
  // Only mentee 0 matched: mentee 1 has a free seat at mentor 1 (augmenting from rank 1).
  EXPECT_EQ(Certify(g, c, rank, 2, Pairs({{0, 0, 1}})), 1);
  // Same ranks: a swap between equals is no gain.
  const BipartiteGraph h = BuildBipartiteGraph(2, 1, {{0, 0, 1}, {1, 0, 9}}).value();
  EXPECT_EQ(Certify(h, {.mentor_capacity = {1}}, {0, 0}, 1, Pairs({{1, 0, 9}})), -1);
  // ... but a higher rank displaced by a lower one is.
  EXPECT_EQ(Certify(h, {.mentor_capacity = {1}}, {1, 0}, 2, Pairs({{0, 0, 1}})), 0);
  // An augmenting path through a holder: 0 -> mentor 0 -> 1 -> mentor 1 (free).
  EXPECT_EQ(Certify(g, c, {0, 0}, 1, Pairs({{1, 0, 9}})), 0);
  // Zero capacity and excluded edges are not paths.
  EXPECT_EQ(Certify(g, {.mentor_capacity = {1, 0}}, {0, 1}, 2, Pairs({{0, 0, 1}})), -1);
  EXPECT_EQ(
      Certify(g, {.mentor_capacity = {1, 1}, .excluded = {{1, 1}}}, {0, 1}, 2, Pairs({{0, 0, 1}})),
      -1);
}

// Lexicographic key (pairs per rank) from a nested-bonus LEMON value.
TEST(TierCertificateTest, AgreesWithTheLexicographicOptimumOnRandomMatchings) {
  int32_t improvable = 0, maximal = 0;
  for (uint32_t seed = 1; seed <= 400; ++seed) {
    SCOPED_TRACE(seed);
    const test_util::Instance x = test_util::RandomInstance(seed);
    const int32_t n = x.graph.num_mentees;
    std::mt19937 rng(seed);
    const int32_t num_ranks = 1 + static_cast<int32_t>(rng() % 3);
    std::vector<int32_t> rank(n);
    for (int32_t& r : rank) r = static_cast<int32_t>(rng() % num_ranks);
    // Optimal counts: LEMON with weight B_r per edge (scores ignored), B_r nested.
    const int64_t p = 64;  // > pairs in these instances
    std::vector<int64_t> per_rank(num_ranks);
    for (int32_t r = num_ranks - 1, next = 0; r >= 0; --r) {
      per_rank[r] = p * next + 1;
      next = static_cast<int32_t>(per_rank[r]);
    }
    test_util::Instance unit = x;
    std::fill(unit.graph.scores.begin(), unit.graph.scores.end(), 0);
    std::vector<int64_t> bonus(n);
    for (int32_t i = 0; i < n; ++i) bonus[i] = per_rank[rank[i]];
    int64_t ignored = 0;
    const int64_t best = test_util::ReferenceOptimum(unit, bonus, &ignored);
    // Candidate matchings: greedy by score, max score, and the tiered optimum.
    std::vector<int32_t> tiers(rank);
    for (const Result<Assignment>& a :
         {GreedyAssignment(x.graph, x.constraints), SolveAssignment(x.graph, x.constraints),
          SolveTieredAssignment(x.graph, x.constraints, tiers)}) {
      ASSERT_OK(a);
      int64_t value = 0;
      for (const MatchedPair& q : a->pairs) value += q.locked ? 0 : bonus[q.mentee];
      const int32_t verdict = Certify(x.graph, x.constraints, rank, num_ranks, *a);
      EXPECT_EQ(verdict < 0, value == best) << "value " << value << " best " << best;
      (verdict < 0 ? maximal : improvable) += 1;
    }
  }
  EXPECT_GT(improvable, 20);
  EXPECT_GT(maximal, 20);
}

}  // namespace
}  // namespace tandem::matching::internal
