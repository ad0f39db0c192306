#include "instance_generator.h"

#include <algorithm>
#include <set>
#include <utility>

namespace tandem::bench {
namespace {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound) (Lemire's multiply-shift; bias below 2^-32 for our bounds).
  uint32_t Below(uint32_t bound) {
    return static_cast<uint32_t>(((Next() >> 32) * static_cast<uint64_t>(bound)) >> 32);
  }

 private:
  uint64_t state_;
};

}  // namespace

MatchingInstance GenerateMatchingInstance(int32_t num_mentees, uint64_t seed, int32_t candidates) {
  const int32_t num_mentors = std::max(1, num_mentees / 5);
  candidates = std::min(candidates, num_mentors);
  SplitMix64 rng(seed);
  MatchingInstance x;
  x.mentor_capacity.resize(num_mentors);
  std::vector<int32_t> popularity(num_mentors);  // 0..400
  for (int32_t j = 0; j < num_mentors; ++j) {
    x.mentor_capacity[j] = 1 + static_cast<int32_t>(rng.Below(5));
    popularity[j] = static_cast<int32_t>(rng.Below(401));
  }
  matching::BipartiteGraph& g = x.graph;
  g.num_mentees = num_mentees;
  g.num_mentors = num_mentors;
  const int64_t num_edges = static_cast<int64_t>(num_mentees) * candidates;
  g.offsets.resize(static_cast<size_t>(num_mentees) + 1);
  g.mentors.resize(num_edges);
  g.scores.resize(num_edges);
  for (int32_t i = 0; i <= num_mentees; ++i) g.offsets[i] = static_cast<int64_t>(i) * candidates;
  for (int32_t i = 0; i < num_mentees; ++i) {
    int32_t* row = &g.mentors[g.offsets[i]];
    int32_t filled = 0;
    while (filled < candidates) {  // distinct mentors: sample, sort, drop repeats, top up
      while (filled < candidates) row[filled++] = static_cast<int32_t>(rng.Below(num_mentors));
      std::sort(row, row + candidates);
      filled = static_cast<int32_t>(std::unique(row, row + candidates) - row);
    }
    std::sort(row, row + candidates);
    int32_t* score = &g.scores[g.offsets[i]];
    for (int32_t t = 0; t < candidates; ++t) {
      score[t] = popularity[row[t]] + static_cast<int32_t>(rng.Below(601));
    }
  }
  return x;
}

std::vector<int32_t> GenerateTiers(int32_t num_mentees, int32_t percent_top, uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<int32_t> tiers(num_mentees);
  for (int32_t& t : tiers) t = static_cast<int32_t>(rng.Below(100)) < percent_top ? 0 : 1;
  return tiers;
}

std::vector<matching::GeneralEdge> GenerateGeneralGraph(int32_t num_vertices,
                                                        int32_t average_degree, int64_t max_weight,
                                                        uint64_t seed) {
  SplitMix64 rng(seed);
  const int64_t pairs = int64_t{num_vertices} * (num_vertices - 1) / 2;
  const int64_t want = std::min<int64_t>(pairs, int64_t{num_vertices} * average_degree / 2);
  std::set<std::pair<int32_t, int32_t>> seen;
  std::vector<matching::GeneralEdge> edges;
  edges.reserve(want);
  while (static_cast<int64_t>(edges.size()) < want) {
    int32_t u = static_cast<int32_t>(rng.Below(num_vertices));
    int32_t v = static_cast<int32_t>(rng.Below(num_vertices));
    if (u == v) continue;
    if (u > v) std::swap(u, v);
    if (!seen.insert({u, v}).second) continue;
    const int64_t w = static_cast<int64_t>(rng.Next() % static_cast<uint64_t>(max_weight + 1));
    edges.push_back({u, v, w});
  }
  std::sort(edges.begin(), edges.end(),
            [](const auto& a, const auto& b) { return a.u != b.u ? a.u < b.u : a.v < b.v; });
  return edges;
}

}  // namespace tandem::bench
