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
// Kennedy's "double push" (the push-relabel form of Bertsekas' auction), run in both directions:
//   - costs are multiplied by S = N + M + 2 (more than the n = N + M + 1 nodes), so an
//     eps-optimal circulation with eps = 1 is optimal for the integer weights (Bertsekas;
//     Goldberg & Tarjan 1990, Thm. 3.3);
//   - eps starts at max|cost| / 256 (max|cost| / 16 with several bonus classes) and is divided
//     by 16 per phase ("refine"); once it is below one weight unit (S) the last phase runs at
//     eps = 1. Weights below 4096: two phases. That jump gives the last phase a work budget
//     (8 pushes and pulls per node): when it runs out (ties, balanced markets: a price war in
//     steps of 1/S weight units) the phase is abandoned and the skipped phases run;
//   - every phase but the last is a reverse refine (mentors bid for mentees): all seats start as
//     deficits, resolved by reverse push-relabel (Bertsekas' reverse auction) over the candidate
//     lists by mentor (built once: 4 bytes per edge when packable), with a lookahead cache of
//     each mentor's 16 best offers; lists are sorted by score, so a pull stops early;
//     mentees left with an excess are then pushed forward. Mentees with different bonuses
//     (priority tiers, at most 8 distinct values) form bonus classes: each mentor's list has one
//     segment per class, each sorted by score, and a scan bounds each segment separately;
//   - the last phase is a forward refine from the empty matching with the previous prices (hub
//     lowered by a slack): an active mentee relabels to its (e+1)-th best option minus eps and
//     pushes its e units to its e best options (mentors it does not hold, or the hub =
//     unmatched); an over-full mentor immediately pushes its excess to a free seat or back to
//     the holder valuing it least (eviction). A lookahead cache of each mentee's 8 best
//     candidates, filled in parallel at phase start, avoids most rescans; the few seat deficits
//     left are resolved by the reverse phase.
// Every operation keeps eps-optimality, so generic push-relabel theory applies: each refine ends
// with a circulation; O(n^2 m) per refine in the worst case, O(log(nC)) refines. In practice a
// phase is about one sweep over the edges plus a few bids per node.
//
// Memory: O(N + M + sum c_j + sum k_i) beside the caller's graph (about 120 bytes per mentee for
// the lookahead cache), plus 4 or 8 bytes per edge for the transpose. The optional `disabled`
// bitmap is owned by the caller.
// Determinism: the result depends only on the input (threads only fill caches from fixed
// prices and build the transpose in a fixed layout); ties prefer (1) the earliest candidate edge
// of a mentee, (2) a match over staying unmatched, (3) keeping holders.
//
// Implementation: bmatching_engine.h holds the state and lists the parts, one file each (the
// eps schedule here in bmatching_core.cc, the reverse and forward refines, the mentor lists, the
// bonus classes).
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
                                        // (few distinct values, e.g. one per priority tier)
  const uint64_t* disabled = nullptr;   // optional bitmap over edge ids: 1 = not a candidate
  int64_t max_weight = 0;               // >= every score + bonus
  int32_t max_score = -1;               // optional: >= every score (-1: computed when needed)
  // Mentees with k_i > 1 must not have two enabled edges to the same mentor (checked by caller).
};

// Returns the chosen edge ids, grouped by mentee. Cost is int64_t when
// (max_weight * (N + M + 2)) < 2^59, otherwise __int128 (see bmatching_core.cc).
std::vector<int64_t> SolveBMatching(const BMatchingInput& input);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BMATCHING_CORE_H_
