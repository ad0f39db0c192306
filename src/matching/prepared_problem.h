// Internal: the checks and the residual problem shared by the assignment solvers (exact and
// greedy): validation, locked pairs taking their capacity, excluded and locked pairs disabled.
#ifndef TANDEM_MATCHING_PREPARED_PROBLEM_H_
#define TANDEM_MATCHING_PREPARED_PROBLEM_H_

#include <cstdint>
#include <vector>

#include "matching/assignment.h"

namespace tandem::matching::internal {

struct Prepared {
  std::vector<int32_t> mentee_cap;        // k_i minus locked pairs
  std::vector<int32_t> mentor_cap;        // c_j minus locked pairs
  std::vector<uint64_t> disabled;         // bit per edge id; empty when nothing is disabled
  std::vector<MatchedPair> locked_pairs;  // with their scores
};

// InvalidArgument for the conditions listed at SolveAssignment. O(E + locked * degree).
Result<Prepared> Prepare(const BipartiteGraph& graph, const AssignmentConstraints& constraints);

bool IsDisabled(const std::vector<uint64_t>& bits, int64_t edge);

// Locked pairs plus the chosen edge ids (ascending) as a sorted Assignment with its totals.
Assignment MakeAssignment(const BipartiteGraph& graph, std::vector<MatchedPair> locked_pairs,
                          const std::vector<int64_t>& chosen_edges);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_PREPARED_PROBLEM_H_
