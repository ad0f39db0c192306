// Greedy b-matching: scan candidate edges from the highest score down (ties: lower edge id
// first) and keep an edge while both sides have capacity left. A baseline for benchmarks and a
// cheap fallback; not optimal (a 1/2-approximation of the maximum weight in the worst case, about
// 99% of the optimum on the benchmark instances, see docs/matching.md).
// Deterministic. O(E + max_score) time with a counting sort when scores are below 2^16,
// O(E log E) otherwise; 4 bytes per edge of scratch memory.
#ifndef TANDEM_MATCHING_GREEDY_H_
#define TANDEM_MATCHING_GREEDY_H_

#include "matching/assignment.h"

namespace tandem::matching {

// Locked and excluded pairs are honoured as in SolveAssignment; InvalidArgument likewise.
Result<Assignment> GreedyAssignment(const BipartiteGraph& graph,
                                    const AssignmentConstraints& constraints);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_GREEDY_H_
