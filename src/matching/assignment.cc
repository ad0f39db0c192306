#include "matching/assignment.h"

#include <algorithm>

#include "matching/bmatching_core.h"
#include "matching/prepared_problem.h"

namespace tandem::matching {
namespace {

using internal::Prepared;

Result<Assignment> SolveMaxScore(const BipartiteGraph& g, const AssignmentConstraints& c) {
  ASSIGN_OR_RETURN(Prepared p, internal::Prepare(g, c));
  int32_t max_score = 0;
  for (int32_t s : g.scores) max_score = std::max(max_score, s);
  internal::BMatchingInput in;
  in.num_mentees = g.num_mentees;
  in.num_mentors = g.num_mentors;
  in.offsets = g.offsets.data();
  in.mentors = g.mentors.data();
  in.scores = g.scores.data();
  in.mentee_cap = p.mentee_cap.data();
  in.mentor_cap = p.mentor_cap.data();
  in.disabled = p.disabled.empty() ? nullptr : p.disabled.data();
  in.max_weight = max_score;
  in.max_score = max_score;
  const std::vector<int64_t> chosen = internal::SolveBMatching(in);
  return internal::MakeAssignment(g, std::move(p.locked_pairs), chosen);
}

}  // namespace

Result<Assignment> SolveAssignment(const BipartiteGraph& graph,
                                   const AssignmentConstraints& constraints,
                                   AssignmentObjective objective) {
  if (objective == AssignmentObjective::kMaxScore) return SolveMaxScore(graph, constraints);
  // One tier: (pairs, score) lexicographically; see tiered_assignment.cc.
  const std::vector<int32_t> one_tier(std::max(graph.num_mentees, 0), 0);
  return SolveTieredAssignment(graph, constraints, one_tier);
}

}  // namespace tandem::matching
