// Reference solvers for tests only, backed by LEMON 1.3.1 (which does not compile as C++20, so
// this folder is a separate C++17 library with a plain interface: standard types only).
// Not part of tandem_matching; never link it into the product.
#ifndef TANDEM_MATCHING_REFERENCE_REFERENCE_H_
#define TANDEM_MATCHING_REFERENCE_REFERENCE_H_

#include <cstdint>
#include <vector>

namespace tandem::matching::reference {

struct RefEdge {
  int32_t u = 0;  // bipartite: mentee; general: endpoint
  int32_t v = 0;  // bipartite: mentor; general: endpoint
  int64_t weight = 0;
};

// Maximum total weight of a b-matching: mentee u in at most mentee_cap[u] edges, mentor v in at
// most mentor_cap[v] edges, each edge at most once. LEMON NetworkSimplex (min-cost flow).
int64_t MaxWeightBMatching(int32_t num_mentees, int32_t num_mentors,
                           const std::vector<int32_t>& mentee_cap,
                           const std::vector<int32_t>& mentor_cap,
                           const std::vector<RefEdge>& edges);

// Maximum total weight of a matching in a general graph on num_nodes nodes (not necessarily
// perfect). LEMON MaxWeightedMatching.
int64_t MaxWeightMatching(int32_t num_nodes, const std::vector<RefEdge>& edges);

}  // namespace tandem::matching::reference

#endif  // TANDEM_MATCHING_REFERENCE_REFERENCE_H_
