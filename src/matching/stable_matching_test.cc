#include "matching/stable_matching.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "base/status_matchers.h"

namespace tandem::matching {
namespace {

struct Prefs {
  int32_t n = 0, m = 0;
  std::vector<std::vector<int32_t>> mentee, mentor;
  std::vector<int32_t> capacity;
};

// Random partial rankings on both sides.
Prefs RandomPrefs(uint32_t seed) {
  std::mt19937 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Prefs p;
  p.n = uniform(0, 25);
  p.m = uniform(0, 8);
  auto random_list = [&](int32_t universe) {
    std::vector<int32_t> all(universe);
    std::iota(all.begin(), all.end(), 0);
    std::shuffle(all.begin(), all.end(), rng);
    all.resize(uniform(0, universe));
    return all;
  };
  for (int32_t i = 0; i < p.n; ++i) p.mentee.push_back(random_list(p.m));
  for (int32_t j = 0; j < p.m; ++j) {
    p.mentor.push_back(random_list(p.n));
    p.capacity.push_back(uniform(0, 3));
  }
  return p;
}

int32_t Position(const std::vector<int32_t>& list, int32_t x) {
  const auto it = std::find(list.begin(), list.end(), x);
  return it == list.end() ? -1 : static_cast<int32_t>(it - list.begin());
}

TEST(StableMatchingTest, NoBlockingPairOnRandomInstances) {
  for (uint32_t seed = 1; seed <= 500; ++seed) {
    SCOPED_TRACE(seed);
    const Prefs p = RandomPrefs(seed);
    const Result<StableMatchingInput> in =
        BuildStableMatchingInput(p.n, p.m, p.mentee, p.mentor, p.capacity);
    ASSERT_OK(in);
    const Result<StableMatching> sm = DeferredAcceptance(*in);
    ASSERT_OK(sm);
    std::vector<std::vector<int32_t>> held(p.m);
    for (int32_t i = 0; i < p.n; ++i) {
      const int32_t j = sm->mentor_of[i];
      if (j < 0) continue;
      // Only mutually acceptable pairs.
      ASSERT_GE(Position(p.mentee[i], j), 0);
      ASSERT_GE(Position(p.mentor[j], i), 0);
      held[j].push_back(i);
    }
    for (int32_t j = 0; j < p.m; ++j)
      ASSERT_LE(static_cast<int32_t>(held[j].size()), p.capacity[j]);
    for (int32_t i = 0; i < p.n; ++i) {
      for (int32_t j : p.mentee[i]) {
        const int32_t rank_of_i = Position(p.mentor[j], i);
        if (rank_of_i < 0 || sm->mentor_of[i] == j) continue;
        const int32_t current = sm->mentor_of[i];
        const bool mentee_prefers =
            current < 0 || Position(p.mentee[i], j) < Position(p.mentee[i], current);
        if (!mentee_prefers || p.capacity[j] == 0) continue;
        bool mentor_prefers = static_cast<int32_t>(held[j].size()) < p.capacity[j];
        for (int32_t other : held[j]) mentor_prefers |= rank_of_i < Position(p.mentor[j], other);
        EXPECT_FALSE(mentor_prefers) << "blocking pair " << i << "-" << j;
      }
    }
  }
}

TEST(StableMatchingTest, MenteeOptimalClassicExample) {
  // Two mentees, two mentors with one seat each, opposed preferences: mentees get their first
  // choices (the mentee-optimal stable matching).
  const Result<StableMatchingInput> in =
      BuildStableMatchingInput(2, 2, {{0, 1}, {1, 0}}, {{1, 0}, {0, 1}}, {1, 1});
  ASSERT_OK(in);
  const Result<StableMatching> sm = DeferredAcceptance(*in);
  ASSERT_OK(sm);
  EXPECT_EQ(sm->mentor_of, (std::vector<int32_t>{0, 1}));
  EXPECT_EQ(sm->num_matched, 2);
}

TEST(StableMatchingTest, RejectsMalformedPreferences) {
  EXPECT_FALSE(BuildStableMatchingInput(1, 1, {{0, 0}}, {{0}}, {1}).ok());  // duplicate
  EXPECT_FALSE(BuildStableMatchingInput(1, 1, {{3}}, {{0}}, {1}).ok());     // unknown mentor
  EXPECT_FALSE(BuildStableMatchingInput(1, 1, {{0}}, {{0}}, {}).ok());      // capacity size
  EXPECT_FALSE(BuildStableMatchingInput(1, 1, {{0}}, {{0}}, {-1}).ok());    // negative capacity
}

TEST(StableMatchingTest, ByScoreIsStableForScoreRankings) {
  const BipartiteGraph g =
      BuildBipartiteGraph(3, 2, {{0, 0, 9}, {0, 1, 5}, {1, 0, 8}, {2, 0, 7}, {2, 1, 6}}).value();
  const Result<Assignment> a = DeferredAcceptanceByScore(g, {1, 1});
  ASSERT_OK(a);
  // Mentor 0 prefers mentee 0 (score 9); mentee 2 then takes mentor 1 (6 > mentee 0's 5).
  ASSERT_EQ(a->pairs.size(), 2u);
  EXPECT_EQ(a->pairs[0], (MatchedPair{0, 0, 9, false}));
  EXPECT_EQ(a->pairs[1], (MatchedPair{2, 1, 6, false}));
  EXPECT_EQ(a->total_score, 15);
}

}  // namespace
}  // namespace tandem::matching
