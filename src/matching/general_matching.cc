// SolveGeneralMatching (general_matching.h): validation, duplicate edges merged, the objective
// reduced to maximum weight, then the blossom solver (blossom_solver.h).
#include "matching/general_matching.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "matching/blossom_solver.h"

namespace tandem::matching {

using internal::BlossomSolver;

Result<GeneralMatching> SolveGeneralMatching(int32_t num_vertices,
                                             const std::vector<GeneralEdge>& edges,
                                             GeneralMatchingObjective objective) {
  if (num_vertices < 0 || num_vertices >= kMaxGeneralMatchingSize) {
    return InvalidArgument("num_vertices must be in [0, 2^30)");
  }
  std::vector<GeneralEdge> sorted;
  sorted.reserve(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    GeneralEdge e = edges[i];
    const std::string where = "edge " + std::to_string(i);
    if (e.u < 0 || e.u >= num_vertices || e.v < 0 || e.v >= num_vertices) {
      return InvalidArgument(where + ": vertex out of range [0, " + std::to_string(num_vertices) +
                             ")");
    }
    if (e.u == e.v) return InvalidArgument(where + ": self-loop");
    if (e.weight < 0) return InvalidArgument(where + ": negative weight");
    if (e.u > e.v) std::swap(e.u, e.v);
    sorted.push_back(e);
  }
  // Sorted by pair, heaviest first, so unique() keeps the largest weight of each pair.
  std::sort(sorted.begin(), sorted.end(), [](const GeneralEdge& a, const GeneralEdge& b) {
    if (a.u != b.u) return a.u < b.u;
    if (a.v != b.v) return a.v < b.v;
    return a.weight > b.weight;
  });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const GeneralEdge& a, const GeneralEdge& b) {
                             return a.u == b.u && a.v == b.v;
                           }),
               sorted.end());
  if (static_cast<int64_t>(sorted.size()) >= kMaxGeneralMatchingSize) {
    return InvalidArgument("at most 2^30 - 1 distinct edges");
  }
  int64_t max_weight = 0;
  for (const GeneralEdge& e : sorted) max_weight = std::max(max_weight, e.weight);
  const int64_t max_pairs = num_vertices / 2;
  if (static_cast<__int128>(max_pairs + 1) * max_weight > kMaxGeneralMatchingWeightBound) {
    return InvalidArgument("weights too large: (floor(n/2) + 1) * max_weight must be at most 2^60");
  }

  const bool by_cardinality = objective == GeneralMatchingObjective::kMaxCardinalityThenWeight;
  const int64_t bonus = by_cardinality ? max_pairs * max_weight + 1 : 0;
  std::vector<BlossomSolver::Link> links;
  std::vector<int64_t> weights;
  for (const GeneralEdge& e : sorted) {
    if (!by_cardinality && e.weight == 0) continue;  // never changes the total
    links.push_back(BlossomSolver::Link{e.u, e.v});
    weights.push_back(e.weight + bonus);
  }
  GeneralMatching out;
  out.mate = BlossomSolver(num_vertices, std::move(links), std::move(weights)).Solve();
  for (int32_t u = 0; u < num_vertices; ++u) {
    const int32_t v = out.mate[u];
    if (v <= u) continue;
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), std::pair{u, v},
                                     [](const GeneralEdge& a, auto key) {
                                       return a.u != key.first ? a.u < key.first : a.v < key.second;
                                     });
    out.pairs.push_back(*it);
    out.total_weight += it->weight;
  }
  return out;
}

}  // namespace tandem::matching
