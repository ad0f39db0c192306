#include "matching/priority.h"

#include <algorithm>

namespace tandem::matching {

Result<PriorityAssignment> SolvePriorityAssignment(const BipartiteGraph& graph,
                                                   const AssignmentConstraints& constraints,
                                                   const std::vector<int32_t>& tiers) {
  ASSIGN_OR_RETURN(Assignment tiered, SolveTieredAssignment(graph, constraints, tiers));
  ASSIGN_OR_RETURN(Assignment free, SolveAssignment(graph, constraints));
  PriorityAssignment out;
  int32_t num_tiers = 0;
  for (int32_t t : tiers) num_tiers = std::max(num_tiers, t + 1);
  out.pairs_per_tier.assign(num_tiers, 0);
  for (const MatchedPair& p : tiered.pairs) ++out.pairs_per_tier[tiers[p.mentee]];
  out.unconstrained_score = free.total_score;
  out.score_cost = free.total_score - tiered.total_score;
  out.assignment = std::move(tiered);
  return out;
}

}  // namespace tandem::matching
