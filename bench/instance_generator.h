// Seeded synthetic matching instances for benchmarks.
//
// N mentees, N/5 mentors with capacities uniform in 1..5 (about 0.6 N seats, so mentors are the
// scarce side, as in real programmes), `candidates` distinct random mentors per mentee (rows
// sorted by mentor index, as a candidate generator would emit them), integer scores in 0..1000.
// A score mixes a mentor-wide attractiveness (some mentors are wanted by everyone: that is what
// makes the problem hard for greedy and auctions) with pair-specific affinity:
//   score = round(400 * popularity_j + 600 * affinity_ij),  popularity_j, affinity_ij in [0, 1].
// Same (N, seed) gives the same instance on every machine (splitmix64, no std distributions).
#ifndef TANDEM_BENCH_INSTANCE_GENERATOR_H_
#define TANDEM_BENCH_INSTANCE_GENERATOR_H_

#include <cstdint>
#include <vector>

#include "matching/bipartite_graph.h"
#include "matching/general_matching.h"

namespace tandem::bench {

struct MatchingInstance {
  matching::BipartiteGraph graph;
  std::vector<int32_t> mentor_capacity;
};

MatchingInstance GenerateMatchingInstance(int32_t num_mentees, uint64_t seed,
                                          int32_t candidates = 100);

// Priority tiers for the mentees of an instance: each mentee independently in tier 0 with
// probability percent_top / 100, else tier 1 (splitmix64, seeded).
std::vector<int32_t> GenerateTiers(int32_t num_mentees, int32_t percent_top, uint64_t seed);

// A peer pool: num_vertices vertices and num_vertices * average_degree / 2 distinct random pairs
// (uniform over all pairs, no self-loops), each with an integer weight uniform in
// 0..max_weight. Sorted by (u, v) with u < v.
std::vector<matching::GeneralEdge> GenerateGeneralGraph(int32_t num_vertices,
                                                        int32_t average_degree, int64_t max_weight,
                                                        uint64_t seed);

}  // namespace tandem::bench

#endif  // TANDEM_BENCH_INSTANCE_GENERATOR_H_
