// BipartiteGraph: the candidate edges between mentees and mentors, in CSR form.
//
// Mentees are 0..num_mentees-1, mentors 0..num_mentors-1. The candidate edges of mentee i are the
// positions [offsets[i], offsets[i+1]) of `mentors` (the mentor index) and `scores` (a
// non-negative integer score). 32-bit indices and scores keep a 100-million-edge instance at
// about 800 MB. An edge's position in these arrays is its edge id. A missing edge is a hard
// constraint: that pair is never matched.
// Plain value type; immutable use from many threads is safe.
#ifndef TANDEM_MATCHING_BIPARTITE_GRAPH_H_
#define TANDEM_MATCHING_BIPARTITE_GRAPH_H_

#include <cstdint>
#include <vector>

#include "base/status.h"

namespace tandem::matching {

struct BipartiteGraph {
  int32_t num_mentees = 0;
  int32_t num_mentors = 0;
  std::vector<int64_t> offsets;  // size num_mentees + 1, non-decreasing, offsets[0] == 0
  std::vector<int32_t> mentors;  // per edge: mentor index
  std::vector<int32_t> scores;   // per edge: score >= 0

  int64_t num_edges() const { return static_cast<int64_t>(mentors.size()); }
  int64_t begin(int32_t mentee) const { return offsets[mentee]; }
  int64_t end(int32_t mentee) const { return offsets[mentee + 1]; }
};

// One (mentee, mentor, score) triple, as accepted by BuildBipartiteGraph.
struct WeightedPair {
  int32_t mentee = 0;
  int32_t mentor = 0;
  int32_t score = 0;
  bool operator==(const WeightedPair&) const = default;
};

// Builds a CSR graph from an unordered edge list (stable: edges of one mentee keep their input
// order). InvalidArgument for out-of-range indices or negative scores. O(E + N).
Result<BipartiteGraph> BuildBipartiteGraph(int32_t num_mentees, int32_t num_mentors,
                                           const std::vector<WeightedPair>& edges);

// Checks the CSR invariants, index ranges and scores >= 0. O(E). InvalidArgument on failure.
Status ValidateBipartiteGraph(const BipartiteGraph& graph);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_BIPARTITE_GRAPH_H_
