// The optimality certificate of the blossom solver (blossom_solver.h), checked by Solve in debug
// builds: the final duals are feasible, matched edges are tight, free vertices have dual 0 and
// every blossom with a positive dual is full. Compiled out with NDEBUG.
#include "matching/blossom_solver.h"

namespace tandem::matching::internal {

#ifndef NDEBUG
// Checks the optimality certificate of the final duals (debug builds): feasibility, tight matched
// edges, u_v = 0 for free vertices, full blossoms wherever z > 0.
bool BlossomSolver::CertifiesOptimality() {
  auto contains_both = [&](int32_t a, int32_t b) {  // sum of z over blossoms containing a and b
    ++mark_stamp_;
    for (int32_t c = parent_[a]; c != kNone; c = parent_[c]) mark_[c] = mark_stamp_;
    int64_t z = 0;
    for (int32_t c = parent_[b]; c != kNone; c = parent_[c])
      z += mark_[c] == mark_stamp_ ? dual_[c] : 0;
    return z;
  };
  for (int32_t b = 0; b < 2 * n_; ++b) {
    if ((b < n_ || !children_[b].empty()) && dual_[b] < 0) return false;
  }
  for (int32_t e = 0; e < static_cast<int32_t>(edge_.size()); ++e) {
    const int64_t s = Slack(e) + contains_both(edge_[e].a, edge_[e].b);
    if (s < 0 || (mate_[edge_[e].a] == edge_[e].b && s != 0)) return false;
  }
  for (int32_t v = 0; v < n_; ++v) {
    if (mate_[v] == kNone && dual_[v] != 0) return false;
    if (mate_[v] != kNone && mate_[mate_[v]] != v) return false;
  }
  for (int32_t b = n_; b < 2 * n_; ++b) {
    if (children_[b].empty() || dual_[b] == 0) continue;
    int32_t outside = 0;  // leaves not matched inside b
    ForEachLeaf(b, [&](int32_t v) {
      int32_t c = mate_[v];
      while (c != kNone && c != b) c = parent_[c];
      outside += c == kNone;
    });
    if (outside != 1) return false;
  }
  return true;
}
#endif  // NDEBUG

}  // namespace tandem::matching::internal
