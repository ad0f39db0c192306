#include "matching/tier_certificate.h"

namespace tandem::matching::internal {
namespace {

bool Bit(const uint64_t* bits, int64_t e) {
  return bits != nullptr && ((bits[e >> 6] >> (e & 63)) & 1);
}

}  // namespace

int32_t FirstImprovableRank(const ResidualProblem& problem, const std::vector<int32_t>& rank,
                            int32_t num_ranks, const std::vector<int64_t>& chosen) {
  const BipartiteGraph& g = *problem.graph;
  const int32_t n = g.num_mentees, m = g.num_mentors;
  // The b-matching: used edges, mentee degrees, and each mentor's holders (CSR).
  std::vector<uint64_t> used((g.num_edges() + 63) / 64, 0);
  std::vector<int32_t> degree(n, 0), owner(chosen.size());
  std::vector<int64_t> holder_begin(static_cast<size_t>(m) + 1, 0);
  int32_t mentee = 0;
  for (size_t t = 0; t < chosen.size(); ++t) {
    const int64_t e = chosen[t];
    while (g.offsets[mentee + 1] <= e) ++mentee;  // chosen is ascending
    used[e >> 6] |= uint64_t{1} << (e & 63);
    ++degree[mentee];
    owner[t] = mentee;
    ++holder_begin[g.mentors[e] + 1];
  }
  for (int32_t j = 0; j < m; ++j) holder_begin[j + 1] += holder_begin[j];
  std::vector<int32_t> holders(chosen.size());
  {
    std::vector<int64_t> at(holder_begin.begin(), holder_begin.end() - 1);
    for (size_t t = 0; t < chosen.size(); ++t) holders[at[g.mentors[chosen[t]]]++] = owner[t];
  }
  // Sources bucketed by rank (ascending mentee within a rank).
  std::vector<int32_t> source_begin(static_cast<size_t>(num_ranks) + 1, 0), sources;
  for (int32_t i = 0; i < n; ++i) {
    if (degree[i] < problem.mentee_cap[i]) ++source_begin[rank[i] + 1];
  }
  for (int32_t r = 0; r < num_ranks; ++r) source_begin[r + 1] += source_begin[r];
  sources.resize(source_begin[num_ranks]);
  {
    std::vector<int32_t> at(source_begin.begin(), source_begin.end() - 1);
    for (int32_t i = 0; i < n; ++i) {
      if (degree[i] < problem.mentee_cap[i]) sources[at[rank[i]]++] = i;
    }
  }

  std::vector<uint8_t> seen_mentee(n, 0), seen_mentor(m, 0);
  std::vector<int32_t> queue;
  queue.reserve(n);
  for (int32_t r = 0; r < num_ranks; ++r) {
    queue.clear();
    for (int32_t s = source_begin[r]; s < source_begin[r + 1]; ++s) {
      if (!seen_mentee[sources[s]]) {
        seen_mentee[sources[s]] = 1;
        queue.push_back(sources[s]);
      }
    }
    for (size_t head = 0; head < queue.size(); ++head) {
      const int32_t i = queue[head];
      for (int64_t e = g.offsets[i]; e < g.offsets[i + 1]; ++e) {
        const int32_t j = g.mentors[e];
        if (seen_mentor[j] || Bit(problem.disabled, e) || Bit(used.data(), e)) continue;
        seen_mentor[j] = 1;
        if (holder_begin[j + 1] - holder_begin[j] < problem.mentor_cap[j]) return r;  // (a)
        for (int64_t h = holder_begin[j]; h < holder_begin[j + 1]; ++h) {
          const int32_t b = holders[h];
          if (rank[b] > r) return r;  // (b)
          if (!seen_mentee[b]) {
            seen_mentee[b] = 1;
            queue.push_back(b);
          }
        }
      }
    }
  }
  return -1;
}

}  // namespace tandem::matching::internal
