// Internal: the tiered solve of SolveTieredAssignment (assignment.h) with its statistics, for
// tests and benchmarks. The maths, complexity and references are at the top of
// tiered_assignment.cc.
#ifndef TANDEM_MATCHING_TIERED_ASSIGNMENT_H_
#define TANDEM_MATCHING_TIERED_ASSIGNMENT_H_

#include <cstdint>
#include <vector>

#include "matching/assignment.h"

namespace tandem::matching::internal {

struct TieredSolve {
  Assignment assignment;  // the lexicographic optimum
  int32_t rounds = 0;     // solves of the bonus problem (1 when the first one was certified)
  int64_t top_bonus = 0;  // the bonus of the highest tier in the last round
};

Result<TieredSolve> SolveTiered(const BipartiteGraph& graph,
                                const AssignmentConstraints& constraints,
                                const std::vector<int32_t>& tiers);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_TIERED_ASSIGNMENT_H_
