// Internal engine of SolveAssignment: exact maximum-weight bipartite b-matching by cost scaling.
//
// Network. One hub node h stands for "unmatched" on both sides:
//   h -> mentee i   capacity k_i, cost 0          (mentee i's slots)
//   i -> mentor j   capacity 1,   cost -w_ij      (one per enabled candidate edge)
//   j -> h          capacity c_j, cost 0          (mentor j's seats)
// Every circulation is a b-matching and its cost is minus its weight, so a minimum-cost
// circulation is a maximum-weight b-matching (no matching is forced: flow may stay at h).
//
// Algorithm. Goldberg and Tarjan's successive approximation ("cost scaling") with Goldberg and
// Kennedy's "double push" (the push-relabel form of Bertsekas' auction):
//   - costs are multiplied by S = N + M + 2 (more than the n = N + M + 1 nodes), so an
//     eps-optimal circulation with eps = 1 is optimal for the integer weights (Bertsekas;
//     Goldberg & Tarjan 1990, Thm. 3.3);
//   - eps starts at max|cost| / alpha and is divided by alpha each phase ("refine") down to 1;
//   - each refine starts from the empty matching: mentee slots are saturated (every mentee gets
//     excess k_i); mentors that were full at the end of the previous phase and whose price
//     exceeds eps keep their seats saturated (a deficit that incoming mentees fill without an
//     eviction), every other mentor starts empty; the potentials from the previous phase are the
//     warm start;
//   - an active mentee relabels to its (e+1)-th best option minus eps and pushes its e excess
//     units to its e best options (mentors it does not hold yet, or back to the hub = stays
//     unmatched); a mentor that becomes over-full immediately relabels and pushes its excess to
//     the hub (a free seat) or back to the holder valuing it least (an eviction); the hub only
//     acts when mentors that kept saturated seats stayed under-filled, and then relabels over
//     all its arcs at O(N + M) per round.
// Every operation keeps eps-optimality of the pseudo-flow, so the theory of generic push-relabel
// applies: each refine terminates with a circulation, O(n^2 m) per refine in the worst case,
// O(log(nC)) refines. In practice every mentee bids a few times per phase and a phase costs a
// few sweeps over the candidate edges.
//
// Memory: O(N + M + sum c_j + sum k_i) beside the caller's graph; no per-edge state except the
// optional `disabled` bitmap owned by the caller.
// Determinism: single-threaded and order-dependent only on the input; ties prefer (1) the
// earliest candidate edge of a mentee, (2) a match over staying unmatched, (3) keeping holders.
//
// References: A. V. Goldberg, R. E. Tarjan, "Finding minimum-cost circulations by successive
// approximation", Math. Oper. Res. 15 (1990); A. V. Goldberg, R. Kennedy, "An efficient cost
// scaling algorithm for the assignment problem", Math. Prog. 71 (1995); D. P. Bertsekas,
// "Network Optimization: Continuous and Discrete Models" (1998), ch. 7.
#ifndef TANDEM_MATCHING_BMATCHING_CORE_H_
#define TANDEM_MATCHING_BMATCHING_CORE_H_

#include <cstdint>
#include <vector>

namespace tandem::matching::internal {

struct BMatchingInput {
  int32_t num_mentees = 0;
  int32_t num_mentors = 0;
  const int64_t* offsets = nullptr;     // CSR of the candidate edges, size N + 1
  const int32_t* mentors = nullptr;     // per edge
  const int32_t* scores = nullptr;      // per edge, >= 0
  const int32_t* mentee_cap = nullptr;  // k_i >= 0, size N
  const int32_t* mentor_cap = nullptr;  // c_j >= 0, size M
  const int64_t* bonus = nullptr;       // optional per-mentee bonus added to each of its edges
  const uint64_t* disabled = nullptr;   // optional bitmap over edge ids: 1 = not a candidate
  int64_t max_weight = 0;               // >= every score + bonus
  // Mentees with k_i > 1 must not have two enabled edges to the same mentor (checked by caller).
};

// Returns the chosen edge ids, grouped by mentee. Cost is int64_t when
// (max_weight * (N + M + 2)) < 2^59, otherwise __int128 (see bmatching_core.cc).
std::vector<int64_t> SolveBMatching(const BMatchingInput& input);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BMATCHING_CORE_H_
