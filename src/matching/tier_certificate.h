// Internal: a certificate that a b-matching's per-tier pair counts are lexicographically maximal.
//
// Setting: the residual problem of prepared_problem.h (capacities after locked pairs, disabled
// edges removed). Mentee i has tier rank r_i in 0..R-1 (0 = highest priority). A b-matching x
// has counts n_r(x) = pairs whose mentee has rank r.
//
// Theorem. (n_0(x), ..., n_{R-1}(x)) is lexicographically maximal over all b-matchings iff the
// residual graph of x has no alternating path that starts at a mentee a with a free slot
// (deg a < k_a) and ends
//   (a) at a mentor with a free seat (augmenting: n_{r_a} + 1), or
//   (b) at a matched mentee b with r_b > r_a, reached through a pair b holds (a swap:
//       n_{r_a} + 1, n_{r_b} - 1).
// Paths alternate: mentee -> mentor along an enabled edge the mentee does not use, mentor ->
// mentee along a pair the mentor holds.
// Proof. Such a path is a cycle through the hub in the flow network of bmatching_core.h that
// changes the counts by e_{r_a} or e_{r_a} - e_{r_b}, a lexicographic gain. Conversely, if x* has
// lexicographically larger counts, decompose x* - x into simple unit cycles conforming to it in
// the residual graph of x (each is feasible on its own). A cycle changes the counts by 0, e_a,
// -e_b or e_a - e_b (it passes the hub at most once). The changes sum to n(x*) - n(x) >lex 0,
// and Z^R with the lexicographic order is an ordered group (a sum of non-positive vectors is
// non-positive), so some cycle has a lexicographically positive change: case (a) or (b).
//
// Algorithm: one breadth-first search per rank in increasing order, sources = mentees of that
// rank with a free slot, sharing the visited marks: when ranks 0..r-1 found nothing, the set
// they reached is closed under residual arcs and holds no free seat and no mentee of rank > r-1,
// so a later search gains nothing by entering it. O(N + M + E) time in total, O(N + M + E/8)
// extra memory. Deterministic.
#ifndef TANDEM_MATCHING_TIER_CERTIFICATE_H_
#define TANDEM_MATCHING_TIER_CERTIFICATE_H_

#include <cstdint>
#include <vector>

#include "matching/bipartite_graph.h"

namespace tandem::matching::internal {

struct ResidualProblem {
  const BipartiteGraph* graph = nullptr;
  const int32_t* mentee_cap = nullptr;  // k_i after locked pairs, size N
  const int32_t* mentor_cap = nullptr;  // c_j after locked pairs, size M
  const uint64_t* disabled = nullptr;   // optional bitmap over edge ids
};

// The smallest rank r from which a path of kind (a) or (b) starts, or -1 when the counts of
// `chosen` (edge ids of a feasible b-matching of the residual problem) are lexicographically
// maximal. rank: one entry per mentee in 0..num_ranks-1.
int32_t FirstImprovableRank(const ResidualProblem& problem, const std::vector<int32_t>& rank,
                            int32_t num_ranks, const std::vector<int64_t>& chosen);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_TIER_CERTIFICATE_H_
