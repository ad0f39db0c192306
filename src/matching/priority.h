// Priority groups (equity): mentees carry a tier, 0 = highest priority.
//
// Guarantee: no mentee of tier t is left with a free slot while a mentee of a lower-priority
// tier t' > t holds a mentor that t's mentee has as a candidate (not excluded, and not already
// held), unless that pair is locked (locked pairs are kept whatever their tiers).
// Formulation: maximise lexicographically
//     (pairs of tier-0 mentees, pairs of tier-1 mentees, ..., total score).
// Why this guarantees the property: if mentee a (tier t) had a free slot and an edge to mentor
// j held by mentee b (tier t' > t), giving b's seat at j to a would raise the tier-t count by
// one and change only counts of lower-priority tiers (and the score): a lexicographically
// better solution, contradicting optimality. (If j had a free seat, adding a would be better
// still.) Among solutions with the best tier counts, the total score is maximal. The best tier
// counts also give the largest possible number of pairs (see tiered_assignment.cc).
// Exact, via SolveTieredAssignment: tier bonuses of about the largest score, raised only when
// a linear-time certificate finds the tier counts improvable (tiered_assignment.cc has the
// maths). Also reports what the priority costs: the unconstrained optimum of the total score
// minus the score of the priority solution.
// Deterministic; thread-safe (pure function).
#ifndef TANDEM_MATCHING_PRIORITY_H_
#define TANDEM_MATCHING_PRIORITY_H_

#include <cstdint>
#include <vector>

#include "matching/assignment.h"

namespace tandem::matching {

struct PriorityAssignment {
  Assignment assignment;                // the lexicographic optimum
  std::vector<int64_t> pairs_per_tier;  // pairs whose mentee is in tier t (locked included)
  int64_t unconstrained_score = 0;      // best total score ignoring tiers
  int64_t score_cost = 0;               // unconstrained_score - assignment.total_score >= 0
};

// tiers: one entry per mentee, >= 0. InvalidArgument as SolveTieredAssignment.
Result<PriorityAssignment> SolvePriorityAssignment(const BipartiteGraph& graph,
                                                   const AssignmentConstraints& constraints,
                                                   const std::vector<int32_t>& tiers);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_PRIORITY_H_
