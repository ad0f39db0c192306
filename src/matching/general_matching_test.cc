#include "matching/general_matching.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <utility>

#include "base/status_matchers.h"
#include "matching/reference/reference.h"

namespace tandem::matching {
namespace {

using Objective = GeneralMatchingObjective;

// Random graph on n vertices with edge probability p; `max_weight` small means many ties.
std::vector<GeneralEdge> RandomGraph(std::mt19937& rng, int32_t n, double p, int64_t max_weight) {
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::uniform_int_distribution<int64_t> weight(0, max_weight);
  std::vector<GeneralEdge> edges;
  for (int32_t u = 0; u < n; ++u) {
    for (int32_t v = u + 1; v < n; ++v) {
      if (coin(rng) < p) edges.push_back({u, v, weight(rng)});
    }
  }
  std::shuffle(edges.begin(), edges.end(), rng);
  for (GeneralEdge& e : edges) {
    if (coin(rng) < 0.5) std::swap(e.u, e.v);
  }
  return edges;
}

std::vector<reference::RefEdge> ToReference(const std::vector<GeneralEdge>& edges,
                                            int64_t bonus = 0) {
  std::vector<reference::RefEdge> out;
  for (const GeneralEdge& e : edges) out.push_back({e.u, e.v, e.weight + bonus});
  return out;
}

// A valid matching of the input graph, consistent with its own mate vector and total.
void ExpectValidMatching(int32_t n, const std::vector<GeneralEdge>& edges,
                         const GeneralMatching& m) {
  std::map<std::pair<int32_t, int32_t>, int64_t> weight;  // the max over duplicates
  for (const GeneralEdge& e : edges) {
    int64_t& w = weight[{std::min(e.u, e.v), std::max(e.u, e.v)}];
    w = std::max(w, e.weight);
  }
  ASSERT_EQ(m.mate.size(), static_cast<size_t>(n));
  std::vector<int32_t> seen(n, 0);
  int64_t total = 0;
  for (size_t i = 0; i < m.pairs.size(); ++i) {
    const GeneralEdge& p = m.pairs[i];
    ASSERT_LT(p.u, p.v);
    if (i > 0) {
      ASSERT_LT(m.pairs[i - 1].u, p.u);
    }
    const auto it = weight.find({p.u, p.v});
    ASSERT_NE(it, weight.end()) << "pair " << p.u << "-" << p.v << " is not an edge";
    ASSERT_EQ(p.weight, it->second);
    ASSERT_EQ(++seen[p.u], 1);
    ASSERT_EQ(++seen[p.v], 1);
    ASSERT_EQ(m.mate[p.u], p.v);
    ASSERT_EQ(m.mate[p.v], p.u);
    total += p.weight;
  }
  for (int32_t v = 0; v < n; ++v) {
    if (!seen[v]) {
      ASSERT_EQ(m.mate[v], -1);
    }
  }
  ASSERT_EQ(m.total_weight, total);
}

// Edge probabilities from sparse to complete, weight ranges from all-ties to wide.
constexpr double kDensities[] = {0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0};
constexpr int64_t kMaxWeights[] = {0, 1, 3, 10, 100, 1000000};

TEST(GeneralMatchingTest, MaxWeightEqualsLemonOnRandomGraphs) {
  std::mt19937 rng(7);
  for (int round = 0; round < 600; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 1 + round % 60;
    const double p = kDensities[round % 8];
    const int64_t max_weight = kMaxWeights[(round / 8) % 6];
    const std::vector<GeneralEdge> edges = RandomGraph(rng, n, p, max_weight);
    const Result<GeneralMatching> m = SolveGeneralMatching(n, edges);
    ASSERT_OK(m);
    ASSERT_NO_FATAL_FAILURE(ExpectValidMatching(n, edges, *m));
    EXPECT_EQ(m->total_weight, reference::MaxWeightMatching(n, ToReference(edges)));
    for (const GeneralEdge& p : m->pairs) ASSERT_GT(p.weight, 0);  // weight-0 pairs are dropped
  }
}

// Clusters of heavy odd cycles joined by light edges: many (nested) blossoms that must be
// expanded again, which uniform random weights rarely produce.
TEST(GeneralMatchingTest, MaxWeightEqualsLemonOnBlossomHeavyGraphs) {
  std::mt19937 rng(11);
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  for (int round = 0; round < 200; ++round) {
    SCOPED_TRACE(round);
    std::vector<GeneralEdge> edges;
    int32_t n = 0;
    const int clusters = static_cast<int>(uniform(1, 8));
    for (int c = 0; c < clusters; ++c) {
      const int32_t len = static_cast<int32_t>(2 * uniform(1, 3) + 1);  // odd cycle 3..7
      const int64_t heavy = uniform(5, 12);
      for (int32_t i = 0; i < len; ++i) {
        edges.push_back({n + i, n + (i + 1) % len, heavy + uniform(0, 1)});
      }
      if (uniform(0, 1) == 1) edges.push_back({n, n + len / 2, heavy + uniform(-2, 2)});  // chord
      n += len;
    }
    const int extra = static_cast<int>(uniform(0, 3 * n));
    for (int i = 0; i < extra; ++i) {
      const int32_t a = static_cast<int32_t>(uniform(0, n - 1));
      const int32_t b = static_cast<int32_t>(uniform(0, n - 1));
      if (a != b) edges.push_back({a, b, uniform(0, 14)});
    }
    const Result<GeneralMatching> m = SolveGeneralMatching(n, edges);
    ASSERT_OK(m);
    ASSERT_NO_FATAL_FAILURE(ExpectValidMatching(n, edges, *m));
    // Duplicate pairs are possible here: LEMON sees them as parallel edges, which only ever uses
    // the heavier one, so the optimum is the same as with "keep the max".
    EXPECT_EQ(m->total_weight, reference::MaxWeightMatching(n, ToReference(edges)));
  }
}

TEST(GeneralMatchingTest, MaxCardinalityThenWeightEqualsLemon) {
  std::mt19937 rng(13);
  for (int round = 0; round < 300; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 1 + round % 40;
    const double p = kDensities[round % 8];
    const int64_t max_weight = kMaxWeights[(round / 8) % 6];
    const std::vector<GeneralEdge> edges = RandomGraph(rng, n, p, max_weight);
    const Result<GeneralMatching> m =
        SolveGeneralMatching(n, edges, Objective::kMaxCardinalityThenWeight);
    ASSERT_OK(m);
    ASSERT_NO_FATAL_FAILURE(ExpectValidMatching(n, edges, *m));
    // Lexicographic optimum by LEMON with big-M weights w + B, B above any weight difference.
    const int64_t bonus = (n / 2) * max_weight + 1;
    const int64_t reference = reference::MaxWeightMatching(n, ToReference(edges, bonus));
    const int64_t pairs = static_cast<int64_t>(m->pairs.size());
    EXPECT_EQ(pairs, reference / bonus);
    EXPECT_EQ(m->total_weight, reference % bonus);
    std::vector<GeneralEdge> unit = edges;
    for (GeneralEdge& e : unit) e.weight = 1;
    EXPECT_EQ(pairs, reference::MaxWeightMatching(n, ToReference(unit)));  // maximum cardinality
  }
}

TEST(GeneralMatchingTest, LargeSparseGraphEqualsLemon) {
  std::mt19937 rng(17);
  const int32_t n = 400;
  for (int64_t max_weight : {int64_t{20}, int64_t{1000000}}) {
    const std::vector<GeneralEdge> edges = RandomGraph(rng, n, 0.05, max_weight);
    const Result<GeneralMatching> m = SolveGeneralMatching(n, edges);
    ASSERT_OK(m);
    ASSERT_NO_FATAL_FAILURE(ExpectValidMatching(n, edges, *m));
    EXPECT_EQ(m->total_weight, reference::MaxWeightMatching(n, ToReference(edges)));
    const Result<GeneralMatching> c =
        SolveGeneralMatching(n, edges, Objective::kMaxCardinalityThenWeight);
    ASSERT_OK(c);
    ASSERT_NO_FATAL_FAILURE(ExpectValidMatching(n, edges, *c));
    const int64_t bonus = (n / 2) * max_weight + 1;
    const int64_t reference = reference::MaxWeightMatching(n, ToReference(edges, bonus));
    EXPECT_EQ(static_cast<int64_t>(c->pairs.size()), reference / bonus);
    EXPECT_EQ(c->total_weight, reference % bonus);
  }
}

TEST(GeneralMatchingTest, DeterministicAndIndependentOfEdgeOrder) {
  std::mt19937 rng(19);
  for (int round = 0; round < 50; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 10 + round;
    std::vector<GeneralEdge> edges = RandomGraph(rng, n, 0.3, 3);  // many optima
    const GeneralMatching first = SolveGeneralMatching(n, edges).value();
    const GeneralMatching again = SolveGeneralMatching(n, edges).value();
    EXPECT_EQ(first.pairs, again.pairs);
    EXPECT_EQ(first.mate, again.mate);
    std::shuffle(edges.begin(), edges.end(), rng);
    for (GeneralEdge& e : edges) std::swap(e.u, e.v);
    const GeneralMatching reordered = SolveGeneralMatching(n, edges).value();
    EXPECT_EQ(first.pairs, reordered.pairs);
  }
}

TEST(GeneralMatchingTest, SmallCases) {
  EXPECT_TRUE(SolveGeneralMatching(0, {})->pairs.empty());
  EXPECT_EQ(SolveGeneralMatching(3, {})->mate, (std::vector<int32_t>{-1, -1, -1}));
  // A path a-b-c-d: the middle edge alone (5) loses to both ends (3 + 3).
  const std::vector<GeneralEdge> path = {{0, 1, 3}, {1, 2, 5}, {2, 3, 3}};
  EXPECT_EQ(SolveGeneralMatching(4, path)->pairs, (std::vector<GeneralEdge>{{0, 1, 3}, {2, 3, 3}}));
  // Max weight leaves a pair out when it does not pay; max cardinality takes it.
  const std::vector<GeneralEdge> star = {{0, 1, 10}, {1, 2, 1}, {0, 3, 1}};
  EXPECT_EQ(SolveGeneralMatching(4, star)->total_weight, 10);
  const GeneralMatching card =
      SolveGeneralMatching(4, star, Objective::kMaxCardinalityThenWeight).value();
  EXPECT_EQ(card.pairs, (std::vector<GeneralEdge>{{0, 3, 1}, {1, 2, 1}}));
  // A triangle with a pendant: the blossom {0, 1, 2} must be entered at 2.
  const std::vector<GeneralEdge> blossom = {{0, 1, 6}, {1, 2, 6}, {0, 2, 6}, {2, 3, 4}};
  EXPECT_EQ(SolveGeneralMatching(4, blossom)->total_weight, 10);
}

TEST(GeneralMatchingTest, ZeroWeights) {
  const std::vector<GeneralEdge> zeros = {{0, 1, 0}, {2, 3, 0}, {1, 2, 0}};
  const GeneralMatching w = SolveGeneralMatching(4, zeros).value();
  EXPECT_TRUE(w.pairs.empty());
  EXPECT_EQ(w.total_weight, 0);
  const GeneralMatching c =
      SolveGeneralMatching(4, zeros, Objective::kMaxCardinalityThenWeight).value();
  EXPECT_EQ(c.pairs, (std::vector<GeneralEdge>{{0, 1, 0}, {2, 3, 0}}));
}

TEST(GeneralMatchingTest, DuplicateEdgesKeepTheLargestWeight) {
  const std::vector<GeneralEdge> edges = {{0, 1, 2}, {1, 0, 9}, {0, 1, 4}, {1, 2, 5}};
  const GeneralMatching m = SolveGeneralMatching(3, edges).value();
  EXPECT_EQ(m.pairs, (std::vector<GeneralEdge>{{0, 1, 9}}));
}

TEST(GeneralMatchingTest, RejectsInvalidInput) {
  auto code = [](int32_t n, std::vector<GeneralEdge> edges) {
    return SolveGeneralMatching(n, edges).status().code();
  };
  EXPECT_EQ(code(-1, {}), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(2, {{0, 2, 1}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(2, {{-1, 1, 1}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(2, {{1, 1, 1}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(2, {{0, 1, -1}}), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(2, {{0, 1, kMaxGeneralMatchingWeightBound}}), StatusCode::kInvalidArgument);
  EXPECT_OK(SolveGeneralMatching(2, {{0, 1, kMaxGeneralMatchingWeightBound / 2}}));
}

}  // namespace
}  // namespace tandem::matching
