#include "matching/candidates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "base/status_matchers.h"

namespace tandem::matching {
namespace {

SparseRows RandomRows(std::mt19937& rng, int32_t rows, int32_t features, int32_t per_row) {
  SparseRows r;
  r.num_rows = rows;
  r.offsets.push_back(0);
  for (int32_t i = 0; i < rows; ++i) {
    std::map<int32_t, int32_t> row;
    const int32_t count = static_cast<int32_t>(rng() % (per_row + 1));
    for (int32_t t = 0; t < count; ++t) row[rng() % features] = static_cast<int32_t>(rng() % 5);
    for (auto [f, w] : row) {
      r.feature.push_back(f);
      r.weight.push_back(w);
    }
    r.offsets.push_back(static_cast<int64_t>(r.feature.size()));
  }
  return r;
}

TEST(CandidatesTest, InvertedIndexEqualsBruteForceTopK) {
  std::mt19937 rng(5);
  for (int round = 0; round < 50; ++round) {
    const SparseRows mentees = RandomRows(rng, 40, 12, 5), mentors = RandomRows(rng, 30, 12, 5);
    const int32_t k = 1 + static_cast<int32_t>(rng() % 6);
    const Result<BipartiteGraph> g = InvertedIndexCandidates(mentees, mentors, {.k = k});
    ASSERT_OK(g);
    for (int32_t i = 0; i < mentees.num_rows; ++i) {
      std::vector<std::pair<int32_t, int32_t>> expected;  // (-score, mentor)
      for (int32_t j = 0; j < mentors.num_rows; ++j) {
        int32_t dot = 0;
        for (int64_t a = mentees.offsets[i]; a < mentees.offsets[i + 1]; ++a) {
          for (int64_t b = mentors.offsets[j]; b < mentors.offsets[j + 1]; ++b) {
            if (mentees.feature[a] == mentors.feature[b])
              dot += mentees.weight[a] * mentors.weight[b];
          }
        }
        if (dot > 0) expected.push_back({-dot, j});
      }
      std::sort(expected.begin(), expected.end());
      expected.resize(std::min<size_t>(expected.size(), k));
      std::vector<std::pair<int32_t, int32_t>> got;
      for (int64_t e = g->begin(i); e < g->end(i); ++e)
        got.push_back({-g->scores[e], g->mentors[e]});
      EXPECT_EQ(got, expected) << "round " << round << " mentee " << i;
    }
  }
}

TEST(CandidatesTest, TopKScoresOnlyProposedPairs) {
  int64_t scored = 0;
  const Result<BipartiteGraph> g = TopK(
      3, 10, 2,
      [](int32_t mentee, const std::function<void(int32_t)>& emit) {
        for (int32_t j = mentee; j < mentee + 4; ++j) emit(j);
      },
      [&](int32_t mentee, int32_t mentor) -> std::optional<int32_t> {
        ++scored;
        if (mentor == mentee + 3) return std::nullopt;  // a hard filter
        return (mentor * 7) % 5;
      });
  ASSERT_OK(g);
  EXPECT_EQ(scored, 12);
  ASSERT_EQ(g->num_edges(), 6);
  // Mentee 0: mentors 0,1,2 score 0,2,4 -> keeps 2 (4) then 1 (2).
  EXPECT_EQ(g->mentors[0], 2);
  EXPECT_EQ(g->mentors[1], 1);
}

TEST(CandidatesTest, RejectsBadInput) {
  TopKCollector c(1, 2);
  c.Offer(0, 0, -1);
  EXPECT_FALSE(std::move(c).Finish(1).ok());
  SparseRows bad{.num_rows = 1, .offsets = {0, 1}, .feature = {-1}, .weight = {1}};
  EXPECT_FALSE(InvertedIndexCandidates(bad, bad).ok());
}

}  // namespace
}  // namespace tandem::matching
