#include "matching/greedy.h"

#include <algorithm>
#include <numeric>

#include "matching/prepared_problem.h"

namespace tandem::matching {
namespace {

// Edge ids ordered by descending score, ascending id within a score.
std::vector<uint32_t> EdgesByScore(const BipartiteGraph& g) {
  const int64_t num_edges = g.num_edges();
  int32_t max_score = 0;
  for (int32_t s : g.scores) max_score = std::max(max_score, s);
  std::vector<uint32_t> order(num_edges);
  if (max_score < (1 << 16)) {
    std::vector<int64_t> start(max_score + 2, 0);
    for (int32_t s : g.scores) ++start[max_score - s + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    for (int64_t e = 0; e < num_edges; ++e) {
      order[start[max_score - g.scores[e]]++] = static_cast<uint32_t>(e);
    }
  } else {
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return g.scores[a] > g.scores[b]; });
  }
  return order;
}

}  // namespace

Result<Assignment> GreedyAssignment(const BipartiteGraph& graph,
                                    const AssignmentConstraints& constraints) {
  ASSIGN_OR_RETURN(internal::Prepared p, internal::Prepare(graph, constraints));
  if (graph.num_edges() >= (int64_t{1} << 32)) {
    return InvalidArgument("greedy assignment supports fewer than 2^32 edges");
  }
  // Owner of each edge (mentee), needed once an edge is picked out of score order.
  std::vector<int32_t> owner(graph.num_edges());
  for (int32_t i = 0; i < graph.num_mentees; ++i) {
    std::fill(owner.begin() + graph.begin(i), owner.begin() + graph.end(i), i);
  }
  std::vector<int64_t> chosen;
  for (uint32_t e : EdgesByScore(graph)) {
    if (internal::IsDisabled(p.disabled, e)) continue;
    const int32_t i = owner[e], j = graph.mentors[e];
    if (p.mentee_cap[i] == 0 || p.mentor_cap[j] == 0) continue;
    // With k_i > 1 the same mentor cannot be taken twice; Prepare rejected duplicate edges.
    --p.mentee_cap[i];
    --p.mentor_cap[j];
    chosen.push_back(e);
  }
  std::sort(chosen.begin(), chosen.end());
  return internal::MakeAssignment(graph, std::move(p.locked_pairs), chosen);
}

}  // namespace tandem::matching
