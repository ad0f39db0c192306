// The primal-dual loop of the blossom solver (blossom_solver.h): grow the forest from every free
// vertex, and when no tight edge is left, move the duals by the largest feasible step; stop
// when no vertex is free or the free vertices' duals reach 0.
#include "matching/blossom_solver.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace tandem::matching::internal {

BlossomSolver::BlossomSolver(int32_t n, std::vector<Link> edges, std::vector<int64_t> weights)
    : n_(n), edge_(std::move(edges)), weight_(std::move(weights)) {
  adj_begin_.assign(n_ + 1, 0);
  for (const Link& e : edge_) {
    ++adj_begin_[e.a + 1];
    ++adj_begin_[e.b + 1];
  }
  for (int32_t v = 0; v < n_; ++v) adj_begin_[v + 1] += adj_begin_[v];
  adj_vertex_.resize(2 * edge_.size());
  adj_edge_.resize(2 * edge_.size());
  std::vector<int32_t> fill(adj_begin_.begin(), adj_begin_.end() - 1);
  for (int32_t e = 0; e < static_cast<int32_t>(edge_.size()); ++e) {
    adj_vertex_[fill[edge_[e].a]] = edge_[e].b;
    adj_edge_[fill[edge_[e].a]++] = e;
    adj_vertex_[fill[edge_[e].b]] = edge_[e].a;
    adj_edge_[fill[edge_[e].b]++] = e;
  }
  const size_t ids = 2 * static_cast<size_t>(n_);
  dual_.assign(ids, 0);
  mate_.assign(n_, kNone);
  top_.resize(n_);
  for (int32_t v = 0; v < n_; ++v) top_[v] = v;
  parent_.assign(ids, kNone);
  base_.assign(ids, kNone);
  for (int32_t v = 0; v < n_; ++v) base_[v] = v;
  children_.resize(ids);
  cycle_.resize(ids);
  for (int32_t b = static_cast<int32_t>(ids) - 1; b >= n_; --b) free_ids_.push_back(b);
  label_.assign(ids, kUnlabeled);
  label_edge_.assign(ids, Link{});
  tree_.assign(ids, kNone);
  tree_members_.resize(n_);
  tree_compact_at_.assign(n_, 16);
  best_to_outer_.assign(n_, kNone);
  best_to_outer_key_.assign(n_, 0);
  best_outer_edge_.assign(ids, kNone);
  best_outer_key_.assign(ids, 0);
  outer_list_.resize(ids);
  outer_list_valid_.assign(ids, 0);
  mark_.assign(ids, 0);
  best_to_blossom_.assign(ids, kNone);
}

std::vector<int32_t> BlossomSolver::Solve() {
  int64_t max_weight = 0;
  for (int64_t w : weight_) max_weight = std::max(max_weight, w);
  // u_v = max_w / 2 for every vertex: feasible (every slack >= 0) with no blossoms.
  std::fill(dual_.begin(), dual_.begin() + n_, max_weight);
  free_dual_ = max_weight;
  num_free_ = n_;
  // Every free vertex is the root of a tree. The forest persists across augmentations: only the
  // two trees joined by an augmenting path are dissolved.
  for (int32_t v = 0; v < n_ && free_dual_ > 0; ++v) LabelOuter(v, Link{kNone, v}, v);
  // Optimal once no vertex is free or the free vertices' duals are 0 (they are all equal).
  while (num_free_ > 0 && free_dual_ > 0) {
    while (queue_head_ < queue_.size()) {
      const int32_t x = queue_[queue_head_++];
      if (label_[top_[x]] == kOuter) Scan(x);  // skips vertices of dissolved trees
    }
    queue_.clear();
    queue_head_ = 0;
    if (num_free_ == 0) break;
    int64_t step = 0;
    Item next;
    if (HandleDueEvents(&step, &next)) continue;
    ApplyDualStep(step);
    // The step makes `next` due; handle it now rather than in one more pass.
    if (next.id == kNone) break;
    const int64_t until = next.blossom ? VisitLabeled(next.id) : VisitUnlabeled(next.id);
    assert(until == 0);
    (void)until;
  }
  assert(CertifiesOptimality());
  return mate_;
}

}  // namespace tandem::matching::internal
