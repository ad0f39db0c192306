// The dual step of the blossom solver (blossom_solver.h): one O(n) sweep over the vertices and
// the top-level blossoms handles every event already due and finds the largest step that keeps
// the duals feasible; least-slack slots left stale by a dissolved tree are recomputed as they
// are read. No edge is read for a step otherwise.
#include <cassert>

#include "matching/blossom_solver.h"

namespace tandem::matching::internal {

// One pass over the vertices and the top-level blossoms. Events already due (an edge of slack 0
// from an outer vertex to an unlabeled blossom or between two outer blossoms, an inner blossom
// with z = 0) are handled on the spot: each is valid whenever it is taken, and handling them in
// one pass is what makes ties and dissolved trees cheap. Returns true if it handled any (the
// caller then scans the new outer vertices and calls again). Otherwise sets *step to the largest
// dual step that keeps the duals feasible (> 0) and *next to what it makes due (kNone: the free
// vertices' duals reach 0 and the matching is optimal).
bool BlossomSolver::HandleDueEvents(int64_t* step, Item* next) {
  bool handled = false;
  *step = free_dual_;
  *next = Item{};
  for (int32_t v = 0; v < n_; ++v) {
    if (label_[top_[v]] != kUnlabeled) continue;
    const int64_t until = VisitUnlabeled(v);
    handled |= until == 0;
    if (until < *step) {
      *step = until;
      *next = Item{false, v};
    }
  }
  for (int32_t b = 0; b < 2 * n_; ++b) {
    if (!IsTop(b) || label_[b] == kUnlabeled) continue;
    const int64_t until = VisitLabeled(b);
    handled |= until == 0;
    if (until < *step) {
      *step = until;
      *next = Item{true, b};
    }
  }
  return handled;
}

// For an unlabeled vertex: labels its blossom inner if its least-slack edge to an outer vertex is
// tight, and returns 0; else returns the dual step after which it will be (kInfinity: none).
int64_t BlossomSolver::VisitUnlabeled(int32_t v) {
  const int32_t e = BestToOuter(v);
  if (e == kNone) return kInfinity;
  const int64_t slack = SlackToOuter(v);
  assert(slack == Slack(e) && slack >= 0);
  if (slack == 0) LabelInner(top_[v], Link{Other(e, v), v});
  return slack;  // outer duals fall by the step, unlabeled ones stay
}

// For a labeled top-level blossom: handles a tight edge to another outer blossom (outer b) or
// expands b if its dual is 0 (inner b), and returns 0; else returns the step until then.
int64_t BlossomSolver::VisitLabeled(int32_t b) {
  if (label_[b] == kOuter) {
    const int32_t e = BestOuterEdge(b);
    if (e == kNone) return kInfinity;
    const int64_t slack = SlackOuterEdge(b);
    assert(slack == Slack(e) && slack >= 0 && slack % 2 == 0);
    if (slack == 0) OnTightOuterEdge(edge_[e].a, edge_[e].b);
    return slack / 2;  // both ends fall by the step
  }
  if (b < n_) return kInfinity;
  if (dual_[b] == 0) {
    ExpandInner(b);
    return 0;
  }
  return dual_[b] / 2;  // an inner blossom's (doubled) dual falls by twice the step
}

void BlossomSolver::ApplyDualStep(int64_t delta) {
  if (delta == 0) return;
  free_dual_ -= delta;
  elapsed_ += delta;
  for (int32_t v = 0; v < n_; ++v) {
    const int8_t label = label_[top_[v]];
    if (label == kOuter) dual_[v] -= delta;
    if (label == kInner) dual_[v] += delta;
  }
  for (int32_t b = n_; b < 2 * n_; ++b) {
    if (!IsTop(b)) continue;
    if (label_[b] == kOuter) dual_[b] += 2 * delta;
    if (label_[b] == kInner) dual_[b] -= 2 * delta;
  }
}

int32_t BlossomSolver::RecomputeBestToOuter(int32_t v) {
  best_to_outer_[v] = kNone;
  for (int32_t i = adj_begin_[v]; i < adj_begin_[v + 1]; ++i) {
    const int32_t y = adj_vertex_[i], e = adj_edge_[i];
    if (label_[top_[y]] == kOuter && top_[y] != top_[v]) OfferToOuter(v, e, Slack(e));
  }
  return best_to_outer_[v];
}

// From b's list when it has one (an edge to a blossom that is outer again since is not the least
// any more, but that pair is then covered from the other side, whose vertices were scanned after
// b's list was built), else from the edges of b's vertices.
int32_t BlossomSolver::RecomputeBestOuterEdge(int32_t b) {
  best_outer_edge_[b] = kNone;
  auto consider = [&](int32_t e) {
    const int32_t ta = top_[edge_[e].a], tb = top_[edge_[e].b];
    const int32_t other = ta == b ? tb : ta;
    if (other != b && label_[other] == kOuter) OfferOuterEdge(b, e, Slack(e));
  };
  if (outer_list_valid_[b]) {
    for (int32_t e : outer_list_[b]) consider(e);
  } else {
    ForEachLeaf(b, [&](int32_t v) {
      for (int32_t i = adj_begin_[v]; i < adj_begin_[v + 1]; ++i) consider(adj_edge_[i]);
    });
  }
  return best_outer_edge_[b];
}

}  // namespace tandem::matching::internal
