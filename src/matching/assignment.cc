#include "matching/assignment.h"

#include <algorithm>
#include <optional>
#include <string>

#include "matching/bmatching_core.h"
#include "matching/prepared_problem.h"

namespace tandem::matching {
namespace {

using internal::Prepared;

// Bonus per tier so that maximising score + bonus is lexicographic in (tier-0 pairs, tier-1
// pairs, ..., score): with P an upper bound on the number of free pairs and W the largest
// score, B_t = P (B_{t+1} + W) + 1 exceeds anything the lower levels can make up.
Result<std::vector<int64_t>> TierBonuses(int32_t num_tiers, int64_t max_pairs, int64_t max_score) {
  std::vector<int64_t> bonus(num_tiers, 0);
  __int128 next = 0;
  for (int32_t t = num_tiers - 1; t >= 0; --t) {
    const __int128 b = __int128(max_pairs) * (next + max_score) + 1;
    if (b + max_score >= (__int128(1) << 62)) {
      return InvalidArgument("too many priority tiers for an instance of this size");
    }
    bonus[t] = static_cast<int64_t>(b);
    next = b;
  }
  return bonus;
}

Result<Assignment> Solve(const BipartiteGraph& g, const AssignmentConstraints& c,
                         const std::vector<int32_t>* tiers) {
  ASSIGN_OR_RETURN(Prepared p, internal::Prepare(g, c));
  int32_t max_score = 0;
  for (int32_t s : g.scores) max_score = std::max(max_score, s);
  std::vector<int64_t> bonus;
  int64_t max_bonus = 0;
  if (tiers != nullptr) {
    if (tiers->size() != static_cast<size_t>(g.num_mentees)) {
      return InvalidArgument("tiers must have one entry per mentee");
    }
    int32_t num_tiers = 1;
    for (int32_t t : *tiers) {
      if (t < 0) return InvalidArgument("tiers must be non-negative");
      num_tiers = std::max(num_tiers, t + 1);
    }
    int64_t slots = 0, seats = 0;
    for (int32_t k : p.mentee_cap) slots += k;
    for (int32_t cap : p.mentor_cap) seats += cap;
    ASSIGN_OR_RETURN(std::vector<int64_t> per_tier,
                     TierBonuses(num_tiers, std::min(slots, seats), max_score));
    bonus.resize(g.num_mentees);
    for (int32_t i = 0; i < g.num_mentees; ++i) bonus[i] = per_tier[(*tiers)[i]];
    max_bonus = per_tier.empty() ? 0 : per_tier[0];
  }
  internal::BMatchingInput in;
  in.num_mentees = g.num_mentees;
  in.num_mentors = g.num_mentors;
  in.offsets = g.offsets.data();
  in.mentors = g.mentors.data();
  in.scores = g.scores.data();
  in.mentee_cap = p.mentee_cap.data();
  in.mentor_cap = p.mentor_cap.data();
  in.bonus = bonus.empty() ? nullptr : bonus.data();
  in.disabled = p.disabled.empty() ? nullptr : p.disabled.data();
  in.max_weight = max_score + max_bonus;
  in.max_score = max_score;
  const std::vector<int64_t> chosen = internal::SolveBMatching(in);

  return internal::MakeAssignment(g, std::move(p.locked_pairs), chosen);
}

}  // namespace

Result<Assignment> SolveAssignment(const BipartiteGraph& graph,
                                   const AssignmentConstraints& constraints,
                                   AssignmentObjective objective) {
  if (objective == AssignmentObjective::kMaxScore) return Solve(graph, constraints, nullptr);
  const std::vector<int32_t> one_tier(graph.num_mentees > 0 ? graph.num_mentees : 0, 0);
  return Solve(graph, constraints, &one_tier);
}

Result<Assignment> SolveTieredAssignment(const BipartiteGraph& graph,
                                         const AssignmentConstraints& constraints,
                                         const std::vector<int32_t>& tiers) {
  return Solve(graph, constraints, &tiers);
}

}  // namespace tandem::matching
