#include "matching/assignment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <utility>

#include "matching/reference/reference.h"

namespace tandem::matching {
namespace {

struct Instance {
  BipartiteGraph graph;
  AssignmentConstraints constraints;
};

// Small random instance; `variant` (the seed) also picks the features exercised: ties (scores
// from a tiny range), zero capacities, mentees without candidates, k > 1, locked/excluded pairs.
Instance RandomInstance(uint32_t seed) {
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
// edge increased by `bonus` (a bonus above P * max_score makes the optimum lexicographic).
int64_t ReferenceOptimum(const Instance& x, int64_t bonus, int64_t* locked_score) {
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
      if (!off.count({i, g.mentors[e]})) edges.push_back({i, g.mentors[e], g.scores[e] + bonus});
    }
  }
  return reference::MaxWeightBMatching(g.num_mentees, g.num_mentors, lim, cap, edges);
}

// Every pair is a candidate edge with its score, or locked; no capacity is exceeded; locked
// pairs are present and excluded pairs absent; totals are consistent.
void ExpectFeasible(const Instance& x, const Assignment& a) {
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

TEST(AssignmentTest, MaxScoreMatchesNetworkSimplexOnRandomInstances) {
  for (uint32_t seed = 1; seed <= 400; ++seed) {
    SCOPED_TRACE(seed);
    const Instance x = RandomInstance(seed);
    const Result<Assignment> a = SolveAssignment(x.graph, x.constraints);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectFeasible(x, *a);
    int64_t locked_score = 0;
    EXPECT_EQ(a->total_score, ReferenceOptimum(x, 0, &locked_score) + locked_score);
  }
}

TEST(AssignmentTest, MaxMatchedThenScoreMatchesLexicographicReference) {
  for (uint32_t seed = 1000; seed < 1300; ++seed) {
    SCOPED_TRACE(seed);
    const Instance x = RandomInstance(seed);
    const Result<Assignment> a =
        SolveAssignment(x.graph, x.constraints, AssignmentObjective::kMaxMatchedThenScore);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectFeasible(x, *a);
    const int64_t big = 1'000'000'000;  // > pairs * max score on these sizes
    int64_t locked_score = 0;
    const int64_t ref = ReferenceOptimum(x, big, &locked_score);
    const int64_t free_pairs = a->num_pairs - static_cast<int64_t>(x.constraints.locked.size());
    EXPECT_EQ(free_pairs, ref / big);
    EXPECT_EQ(a->total_score, ref % big + locked_score);
  }
}

TEST(AssignmentTest, LargerRandomInstancesMatchReference) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 300, m = 60;
    std::vector<WeightedPair> edges;
    for (int32_t i = 0; i < n; ++i) {
      for (int t = 0; t < 12; ++t) {
        edges.push_back({i, static_cast<int32_t>(rng() % m), static_cast<int32_t>(rng() % 1001)});
      }
    }
    // Deduplicate mentor per mentee so that k > 1 rounds are valid.
    std::sort(edges.begin(), edges.end(), [](const WeightedPair& a, const WeightedPair& b) {
      return std::pair(a.mentee, a.mentor) < std::pair(b.mentee, b.mentor);
    });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const WeightedPair& a, const WeightedPair& b) {
                              return a.mentee == b.mentee && a.mentor == b.mentor;
                            }),
                edges.end());
    Instance x;
    x.graph = BuildBipartiteGraph(n, m, edges).value();
    for (int32_t j = 0; j < m; ++j) x.constraints.mentor_capacity.push_back(1 + rng() % 5);
    if (round % 2 == 1) x.constraints.mentee_limit.assign(n, 2);
    const Result<Assignment> a = SolveAssignment(x.graph, x.constraints);
    ASSERT_TRUE(a.ok());
    ExpectFeasible(x, *a);
    int64_t locked_score = 0;
    EXPECT_EQ(a->total_score, ReferenceOptimum(x, 0, &locked_score));
  }
}

TEST(AssignmentTest, MediumInstanceWithCompetitionMatchesReference) {
  // Popular mentors and more mentees than seats: exercises evictions, the lookahead cache and
  // the reverse (deficit) phase of the solver.
  std::mt19937 rng(99);
  const int32_t n = 3000, m = 600;
  std::vector<int32_t> popularity(m);
  for (int32_t& p : popularity) p = static_cast<int32_t>(rng() % 401);
  std::vector<WeightedPair> edges;
  for (int32_t i = 0; i < n; ++i) {
    std::set<int32_t> seen;
    while (seen.size() < 30) seen.insert(static_cast<int32_t>(rng() % m));
    for (int32_t j : seen)
      edges.push_back({i, j, popularity[j] + static_cast<int32_t>(rng() % 601)});
  }
  Instance x;
  x.graph = BuildBipartiteGraph(n, m, edges).value();
  for (int32_t j = 0; j < m; ++j) x.constraints.mentor_capacity.push_back(1 + rng() % 5);
  const Result<Assignment> a = SolveAssignment(x.graph, x.constraints);
  ASSERT_TRUE(a.ok());
  ExpectFeasible(x, *a);
  int64_t locked_score = 0;
  EXPECT_EQ(a->total_score, ReferenceOptimum(x, 0, &locked_score));
}

TEST(AssignmentTest, WideCapacitiesAndScoresMatchReference) {
  // Paths the instances above do not reach: mentors with 16+ seats (the solver's lookahead for
  // mentors covers capacities below 16), scores too wide to pack mentee and score into 32 bits,
  // several scaling phases (large weights), k > 1 and excluded pairs.
  std::mt19937 rng(2024);
  for (int round = 0; round < 24; ++round) {
    SCOPED_TRACE(round);
    const int32_t n = 200 + static_cast<int32_t>(rng() % 200),
                  m = 8 + static_cast<int32_t>(rng() % 30);
    const int32_t max_score = round % 3 == 0 ? (1 << 28) : round % 3 == 1 ? 1'000'000 : 50;
    std::vector<WeightedPair> edges;
    for (int32_t i = 0; i < n; ++i) {
      std::set<int32_t> seen;
      const size_t want = 1 + rng() % std::min<uint32_t>(10, m);
      while (seen.size() < want) seen.insert(static_cast<int32_t>(rng() % m));
      for (int32_t j : seen) {
        edges.push_back(
            {i, j, static_cast<int32_t>(rng() % (static_cast<uint32_t>(max_score) + 1))});
      }
    }
    Instance x;
    x.graph = BuildBipartiteGraph(n, m, edges).value();
    for (int32_t j = 0; j < m; ++j) {
      const uint32_t r = rng() % 4;
      x.constraints.mentor_capacity.push_back(r == 0   ? 1 + rng() % 5
                                              : r == 1 ? 15 + rng() % 3
                                                       : 16 + rng() % 40);
    }
    if (round % 2 == 1) {
      for (int32_t i = 0; i < n; ++i)
        x.constraints.mentee_limit.push_back(static_cast<int32_t>(rng() % 4));
    }
    if (round % 4 == 2) {
      for (int t = 0; t < 20; ++t) {
        const WeightedPair& e = edges[rng() % edges.size()];
        x.constraints.excluded.push_back({e.mentee, e.mentor});
      }
    }
    const Result<Assignment> a = SolveAssignment(x.graph, x.constraints);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ExpectFeasible(x, *a);
    int64_t locked_score = 0;
    EXPECT_EQ(a->total_score, ReferenceOptimum(x, 0, &locked_score));
    if (max_score <= 1'000'000) {
      const Result<Assignment> b =
          SolveAssignment(x.graph, x.constraints, AssignmentObjective::kMaxMatchedThenScore);
      ASSERT_TRUE(b.ok());
      ExpectFeasible(x, *b);
      const int64_t big = int64_t{1} << 40;  // > pairs * max score here
      const int64_t ref = ReferenceOptimum(x, big, &locked_score);
      EXPECT_EQ(b->num_pairs, ref / big);
      EXPECT_EQ(b->total_score, ref % big);
    }
  }
}

TEST(AssignmentTest, IsDeterministic) {
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    const Instance x = RandomInstance(seed);
    const Result<Assignment> a = SolveAssignment(x.graph, x.constraints);
    const Result<Assignment> b = SolveAssignment(x.graph, x.constraints);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->pairs, b->pairs) << seed;
  }
}

TEST(AssignmentTest, AllScoresTiedStillMaximisesAndIsStable) {
  // Every edge scores the same: any maximum b-matching is optimal; the result is one of them,
  // and the same one on every call.
  std::vector<WeightedPair> edges;
  for (int32_t i = 0; i < 6; ++i) {
    for (int32_t j = 0; j < 3; ++j) edges.push_back({i, j, 7});
  }
  const BipartiteGraph g = BuildBipartiteGraph(6, 3, edges).value();
  const Result<Assignment> a = SolveAssignment(g, {.mentor_capacity = {1, 2, 0}});
  const Result<Assignment> b = SolveAssignment(g, {.mentor_capacity = {1, 2, 0}});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->total_score, 21);
  EXPECT_EQ(a->pairs, b->pairs);
}

TEST(AssignmentTest, EmptyAndDegenerateInputs) {
  const BipartiteGraph empty = BuildBipartiteGraph(0, 0, {}).value();
  const Result<Assignment> a = SolveAssignment(empty, {});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->num_pairs, 0);
  const BipartiteGraph g = BuildBipartiteGraph(2, 1, {{0, 0, 0}}).value();
  const Result<Assignment> zero_cap = SolveAssignment(g, {.mentor_capacity = {0}});
  ASSERT_TRUE(zero_cap.ok());
  EXPECT_EQ(zero_cap->num_pairs, 0);
  const Result<Assignment> lex =
      SolveAssignment(g, {.mentor_capacity = {1}}, AssignmentObjective::kMaxMatchedThenScore);
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ(lex->num_pairs, 1);  // a zero-score edge still counts as a match
}

TEST(AssignmentTest, RejectsInvalidInput) {
  BipartiteGraph g = BuildBipartiteGraph(2, 2, {{0, 0, 3}, {1, 1, 4}}).value();
  EXPECT_EQ(SolveAssignment(g, {.mentor_capacity = {1}}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(SolveAssignment(g, {.mentor_capacity = {1, -1}}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(
      SolveAssignment(g, {.mentor_capacity = {1, 1}, .locked = {{0, 0}, {0, 0}}}).status().code(),
      StatusCode::kInvalidArgument);
  EXPECT_EQ(
      SolveAssignment(g, {.mentor_capacity = {1, 1}, .locked = {{0, 0}, {1, 0}}}).status().code(),
      StatusCode::kInvalidArgument);  // mentor 0 over capacity
  EXPECT_EQ(
      SolveAssignment(g, {.mentor_capacity = {1, 1}, .locked = {{0, 0}}, .excluded = {{0, 0}}})
          .status()
          .code(),
      StatusCode::kInvalidArgument);
  EXPECT_EQ(SolveAssignment(g, {.mentor_capacity = {1, 1}, .locked = {{0, 5}}}).status().code(),
            StatusCode::kInvalidArgument);
  BipartiteGraph bad = g;
  bad.mentors[1] = 7;  // mentor out of range
  EXPECT_EQ(SolveAssignment(bad, {.mentor_capacity = {1, 1}}).status().code(),
            StatusCode::kInvalidArgument);
  bad = g;
  bad.scores[0] = -1;
  EXPECT_EQ(SolveAssignment(bad, {.mentor_capacity = {1, 1}}).status().code(),
            StatusCode::kInvalidArgument);
  const BipartiteGraph dup = BuildBipartiteGraph(1, 1, {{0, 0, 1}, {0, 0, 2}}).value();
  EXPECT_EQ(SolveAssignment(dup, {.mentor_capacity = {2}, .mentee_limit = {2}}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildBipartiteGraph(1, 1, {{0, 1, 1}}).status().code(), StatusCode::kInvalidArgument);
}

TEST(AssignmentTest, LockedPairOutsideCandidatesIsKeptWithScoreZero) {
  const BipartiteGraph g = BuildBipartiteGraph(2, 2, {{0, 0, 9}, {1, 0, 8}}).value();
  const Result<Assignment> a = SolveAssignment(g, {.mentor_capacity = {1, 1}, .locked = {{1, 1}}});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->pairs.size(), 2u);
  EXPECT_EQ(a->pairs[1], (MatchedPair{1, 1, 0, true}));
  EXPECT_EQ(a->total_score, 9);
}

}  // namespace
}  // namespace tandem::matching
