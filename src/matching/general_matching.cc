#include "matching/general_matching.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <string>
#include <utility>

namespace tandem::matching {
namespace {

constexpr int32_t kNone = -1;

// Labels of top-level blossoms in the alternating forest. Outer ("S") blossoms are at even depth
// (roots are the blossoms with a free base), inner ("T") at odd depth; unlabeled ones are in no
// tree (their base is matched).
enum Label : int8_t { kUnlabeled = 0, kOuter = 1, kInner = 2 };

// An edge with an orientation: `a` and `b` are its two endpoints.
struct Link {
  int32_t a = kNone;
  int32_t b = kNone;
};

// Edmonds' weighted blossom algorithm on doubled duals (see general_matching.h for the maths).
//
// Notation. Ids 0..n-1 are vertices (trivial blossoms); ids n..2n-1 are non-trivial blossoms,
// recycled through a free list. With weights w and doubled duals, an edge {i, j} between two
// different top-level blossoms has slack dual[i] + dual[j] - 2 w (no blossom contains both).
// A dual step of size d changes outer vertices by -d, inner vertices by +d, outer top-level
// blossoms by +2d and inner ones by -2d. Within one alternating forest all vertex duals have
// the parity of the roots' and blossom duals stay even, so every step below is an integer.
//
// Blossom b's children form an odd cycle children_[b][0..k-1], children_[b][0] holding the base;
// cycle_[b][i] is the edge from children_[b][i] (endpoint a) to children_[b][(i+1) % k]
// (endpoint b). Edges with an odd index are matched, those with an even index are not.
//
// Tree edges: label_edge_[b] = {a, b} with b inside top-level blossom b and a in its tree parent
// (a = kNone for roots). For an outer non-root blossom this is the matched edge at its base.
// Trees are named by their root vertex (tree_). An outer vertex stays outer until its tree is
// dissolved by an augmentation; least-slack slots that pointed at a dissolved tree are marked
// kStale and recomputed when read, because the slacks of the remaining candidates no longer
// moved in step with the dissolved ones.
//
// Least-slack invariant for steps between outer blossoms: for every pair of outer top-level
// blossoms joined by an edge, a least-slack edge between them is in best_outer_edge_ of one of
// the two, or in the list or vertex edges it is recomputed from. Whichever side became outer
// later read its edges (or built its list) while the other side was already outer.
class BlossomSolver {
 public:
  BlossomSolver(int32_t n, std::vector<Link> edges, std::vector<int64_t> weights);

  // Runs the algorithm; returns the mate of each vertex (kNone = unmatched).
  std::vector<int32_t> Solve();

 private:
  static constexpr int32_t kStale = -2;  // a least-slack slot that must be recomputed
  static constexpr int64_t kInfinity = INT64_MAX;

  int64_t Slack(int32_t e) const { return dual_[edge_[e].a] + dual_[edge_[e].b] - 2 * weight_[e]; }
  int32_t Other(int32_t e, int32_t v) const { return edge_[e].a ^ edge_[e].b ^ v; }
  bool IsTop(int32_t b) const { return parent_[b] == kNone && (b < n_ || !children_[b].empty()); }
  template <typename F>
  void ForEachLeaf(int32_t b, F&& f);
  void UpdateBest(int32_t* best, int32_t e, int64_t slack) const;
  // The least-slack slots also keep a key from which the current slack follows without reading
  // the edge: an outer end's dual plus elapsed_ is constant while it stays outer, and a slot goes
  // stale when it stops. So the sweep reads keys in order instead of edges at random.
  void OfferToOuter(int32_t v, int32_t e, int64_t slack);
  void OfferOuterEdge(int32_t b, int32_t e, int64_t slack);
  int64_t SlackToOuter(int32_t v) const { return best_to_outer_key_[v] - elapsed_ + dual_[v]; }
  int64_t SlackOuterEdge(int32_t b) const { return best_outer_key_[b] - 2 * elapsed_; }

  void Scan(int32_t x);
  void JoinTree(int32_t b, int32_t tree);
  void LabelOuter(int32_t b, Link label_edge, int32_t tree);
  void LabelInner(int32_t b, Link label_edge);
  void OnTightOuterEdge(int32_t x, int32_t y);
  struct Item {  // a vertex or a top-level blossom whose event a dual step makes due
    bool blossom = false;
    int32_t id = kNone;
  };
  bool HandleDueEvents(int64_t* step, Item* next);
  int64_t VisitUnlabeled(int32_t v);
  int64_t VisitLabeled(int32_t b);
  void ApplyDualStep(int64_t delta);
  int32_t BestToOuter(int32_t v);
  int32_t BestOuterEdge(int32_t b);

  int32_t FindCommonAncestor(int32_t x, int32_t y);
  void AddBlossom(int32_t ancestor, int32_t x, int32_t y);
  void BuildOuterList(int32_t nb);
  void ReleaseChildren(int32_t b);
  void ExpandInner(int32_t b);
  void AugmentBlossom(int32_t b, int32_t v);
  void Augment(int32_t x, int32_t y);
  void DissolveTrees(int32_t root_x, int32_t root_y);
#ifndef NDEBUG
  bool CertifiesOptimality();
#endif

  const int32_t n_;
  std::vector<Link> edge_;
  std::vector<int64_t> weight_;
  std::vector<int32_t> adj_begin_, adj_vertex_, adj_edge_;  // CSR: neighbour, edge id

  std::vector<int64_t> dual_;  // size 2n: vertex duals, then blossom duals (doubled)
  int64_t free_dual_ = 0;      // the common dual of all free vertices
  int64_t elapsed_ = 0;        // the sum of all dual steps so far
  int32_t num_free_ = 0;
  std::vector<int32_t> mate_;           // size n
  std::vector<int32_t> top_;            // size n: top-level blossom of each vertex
  std::vector<int32_t> parent_, base_;  // size 2n
  std::vector<std::vector<int32_t>> children_;
  std::vector<std::vector<Link>> cycle_;
  std::vector<int32_t> free_ids_;  // unused non-trivial blossom ids

  // The alternating forest; meaningful for top-level blossoms.
  std::vector<int8_t> label_;  // size 2n
  std::vector<Link> label_edge_;
  std::vector<int32_t> tree_;  // the root vertex of a labeled blossom's tree
  // Per root: the blossoms labeled in its tree, some of them stale (shrunk into another blossom,
  // or the id reused); compacted when it doubles, so it stays O(live members).
  std::vector<std::vector<int32_t>> tree_members_;
  std::vector<int32_t> tree_compact_at_;
  // Least-slack edge from a non-outer vertex to an outer vertex (for steps to unlabeled blossoms;
  // kept for inner vertices too, since expanding an inner blossom unlabels some of them).
  std::vector<int32_t> best_to_outer_;
  std::vector<int64_t> best_to_outer_key_;
  // Least-slack edge from an outer top-level blossom to another outer top-level blossom, and
  // (for blossoms shrunk since they became outer) the least-slack edge to each outer blossom
  // adjacent when it was shrunk: Galil's lists, merged when blossoms nest so that no edge is
  // read twice.
  std::vector<int32_t> best_outer_edge_;
  std::vector<int64_t> best_outer_key_;
  std::vector<std::vector<int32_t>> outer_list_;
  std::vector<int8_t> outer_list_valid_;
  std::vector<int32_t> queue_;  // outer vertices to scan
  size_t queue_head_ = 0;

  // Scratch.
  std::vector<int32_t> mark_;
  int32_t mark_stamp_ = 0;
  std::vector<int32_t> best_to_blossom_;
  std::vector<int32_t> stack_;
};

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

template <typename F>
void BlossomSolver::ForEachLeaf(int32_t b, F&& f) {
  if (b < n_) {
    f(b);
    return;
  }
  const size_t bottom = stack_.size();
  stack_.push_back(b);
  while (stack_.size() > bottom) {
    const int32_t c = stack_.back();
    stack_.pop_back();
    if (c < n_) {
      f(c);
    } else {
      for (auto it = children_[c].rbegin(); it != children_[c].rend(); ++it) stack_.push_back(*it);
    }
  }
}

// Keeps the first edge among equal slacks, so the choice depends only on the scan order. The
// Offer functions below do the same, and leave a stale slot stale: only a full recomputation
// knows its minimum.
void BlossomSolver::UpdateBest(int32_t* best, int32_t e, int64_t slack) const {
  if (*best != kNone && Slack(*best) <= slack) return;
  *best = e;
}

// Edge e from non-outer vertex v to an outer vertex: that end's dual falls by each step.
void BlossomSolver::OfferToOuter(int32_t v, int32_t e, int64_t slack) {
  const int64_t key = slack + elapsed_ - dual_[v];
  if (best_to_outer_[v] == kStale || (best_to_outer_[v] != kNone && best_to_outer_key_[v] <= key)) {
    return;
  }
  best_to_outer_[v] = e;
  best_to_outer_key_[v] = key;
}

// Edge e from outer blossom b to another outer blossom: both ends' duals fall by each step.
void BlossomSolver::OfferOuterEdge(int32_t b, int32_t e, int64_t slack) {
  const int64_t key = slack + 2 * elapsed_;
  if (best_outer_edge_[b] == kStale ||
      (best_outer_edge_[b] != kNone && best_outer_key_[b] <= key)) {
    return;
  }
  best_outer_edge_[b] = e;
  best_outer_key_[b] = key;
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

// Looks at every edge of an outer vertex once per time it becomes outer: tight edges grow the
// forest, shrink a blossom or augment; the others update the least-slack bookkeeping.
void BlossomSolver::Scan(int32_t x) {
  for (int32_t i = adj_begin_[x]; i < adj_begin_[x + 1]; ++i) {
    const int32_t y = adj_vertex_[i], e = adj_edge_[i];
    const int32_t bx = top_[x], by = top_[y];
    if (bx == by) continue;
    const int64_t slack = Slack(e);
    if (label_[by] == kOuter) {
      if (slack == 0) {
        const bool augments = tree_[bx] != tree_[by];
        OnTightOuterEdge(x, y);
        if (augments) return;  // x's tree is dissolved
      } else {
        OfferOuterEdge(bx, e, slack);
      }
    } else if (label_[by] == kUnlabeled && slack == 0) {
      LabelInner(by, Link{x, y});
    } else {
      OfferToOuter(y, e, slack);
    }
  }
}

void BlossomSolver::JoinTree(int32_t b, int32_t tree) {
  tree_[b] = tree;
  std::vector<int32_t>& members = tree_members_[tree];
  members.push_back(b);
  if (static_cast<int32_t>(members.size()) < tree_compact_at_[tree]) return;
  ++mark_stamp_;
  std::erase_if(members, [&](int32_t c) {
    const bool keep =
        IsTop(c) && label_[c] != kUnlabeled && tree_[c] == tree && mark_[c] != mark_stamp_;
    mark_[c] = mark_stamp_;
    return !keep;
  });
  tree_compact_at_[tree] = std::max<int32_t>(16, 2 * static_cast<int32_t>(members.size()));
}

void BlossomSolver::LabelOuter(int32_t b, Link label_edge, int32_t tree) {
  label_[b] = kOuter;
  label_edge_[b] = label_edge;
  JoinTree(b, tree);
  best_outer_edge_[b] = kNone;
  outer_list_valid_[b] = 0;
  ForEachLeaf(b, [this](int32_t v) { queue_.push_back(v); });
}

// An unlabeled blossom reached by a tight edge: its base is matched (free vertices are roots),
// and the blossom of its mate becomes outer.
void BlossomSolver::LabelInner(int32_t b, Link label_edge) {
  label_[b] = kInner;
  label_edge_[b] = label_edge;
  JoinTree(b, tree_[top_[label_edge.a]]);
  const int32_t base = base_[b];
  const int32_t mate = mate_[base];
  assert(mate != kNone);
  LabelOuter(top_[mate], Link{base, mate}, tree_[b]);
}

// A tight edge between two outer blossoms: a blossom within one tree, an augmenting path
// between two.
void BlossomSolver::OnTightOuterEdge(int32_t x, int32_t y) {
  const int32_t root_x = tree_[top_[x]], root_y = tree_[top_[y]];
  if (root_x != root_y) {
    Augment(x, y);
    num_free_ -= 2;
    DissolveTrees(root_x, root_y);
  } else {
    AddBlossom(FindCommonAncestor(x, y), x, y);
  }
}

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

// best_to_outer_[v], recomputed from v's edges if it pointed into a dissolved tree.
int32_t BlossomSolver::BestToOuter(int32_t v) {
  if (best_to_outer_[v] != kStale) return best_to_outer_[v];
  best_to_outer_[v] = kNone;
  for (int32_t i = adj_begin_[v]; i < adj_begin_[v + 1]; ++i) {
    const int32_t y = adj_vertex_[i], e = adj_edge_[i];
    if (label_[top_[y]] == kOuter && top_[y] != top_[v]) OfferToOuter(v, e, Slack(e));
  }
  return best_to_outer_[v];
}

// best_outer_edge_[b], recomputed if it pointed into a dissolved tree: from b's list when it has
// one (an edge to a blossom that is outer again since is not the least any more, but that pair
// is then covered from the other side, whose vertices were scanned after b's list was built),
// else from the edges of b's vertices.
int32_t BlossomSolver::BestOuterEdge(int32_t b) {
  if (best_outer_edge_[b] != kStale) return best_outer_edge_[b];
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

// Walks up from two outer blossoms of one tree alternately; the first blossom seen twice is their
// nearest common ancestor (cost: twice the shorter distance to it).
int32_t BlossomSolver::FindCommonAncestor(int32_t x, int32_t y) {
  ++mark_stamp_;
  int32_t bx = top_[x], by = top_[y];
  while (bx != kNone || by != kNone) {
    if (bx != kNone) {
      if (mark_[bx] == mark_stamp_) return bx;
      mark_[bx] = mark_stamp_;
      const int32_t p = label_edge_[bx].a;
      bx = p == kNone ? kNone : top_[label_edge_[top_[p]].a];
    }
    std::swap(bx, by);
  }
  return kNone;
}

// Shrinks the odd cycle ancestor -> ... -> top(x) -- top(y) -> ... -> ancestor into a new outer
// blossom with the ancestor's base.
void BlossomSolver::AddBlossom(int32_t ancestor, int32_t x, int32_t y) {
  const int32_t nb = free_ids_.back();
  free_ids_.pop_back();
  auto path_to_ancestor = [&](int32_t b) {
    std::vector<int32_t> path;  // outer, inner, outer, ... up to (excluding) the ancestor
    while (b != ancestor) {
      path.push_back(b);
      const int32_t inner = top_[label_edge_[b].a];
      path.push_back(inner);
      b = top_[label_edge_[inner].a];
    }
    return path;
  };
  const std::vector<int32_t> path_x = path_to_ancestor(top_[x]);
  const std::vector<int32_t> path_y = path_to_ancestor(top_[y]);
  std::vector<int32_t>& children = children_[nb];
  std::vector<Link>& cycle = cycle_[nb];
  children.push_back(ancestor);
  for (auto it = path_x.rbegin(); it != path_x.rend(); ++it) {
    children.push_back(*it);
    cycle.push_back(label_edge_[*it]);  // from the tree parent down to *it
  }
  cycle.push_back(Link{x, y});
  for (int32_t c : path_y) {
    children.push_back(c);
    cycle.push_back(Link{label_edge_[c].b, label_edge_[c].a});  // from c up to its tree parent
  }
  base_[nb] = base_[ancestor];
  parent_[nb] = kNone;
  dual_[nb] = 0;
  label_[nb] = kOuter;
  label_edge_[nb] = label_edge_[ancestor];
  JoinTree(nb, tree_[ancestor]);
  for (int32_t c : children) {
    parent_[c] = nb;
    // Inner children become outer: their vertices are scanned now.
    if (label_[c] == kInner) ForEachLeaf(c, [this](int32_t v) { queue_.push_back(v); });
  }
  ForEachLeaf(nb, [this, nb](int32_t v) { top_[v] = nb; });
  BuildOuterList(nb);
}

// Least-slack edge from the new blossom to each adjacent outer blossom, from the children's lists
// when they have one (shrunk since they became outer), else from their vertices' edges. A vertex's
// edges are read here once between two augmentations, and a list has at most one edge per outer
// blossom.
void BlossomSolver::BuildOuterList(int32_t nb) {
  std::vector<int32_t> targets;
  auto consider = [&](int32_t e) {
    const int32_t ba = top_[edge_[e].a], bb = top_[edge_[e].b];
    if (ba == bb) return;
    const int32_t other = ba == nb ? bb : ba;
    if (label_[other] != kOuter) return;
    if (best_to_blossom_[other] == kNone) targets.push_back(other);
    UpdateBest(&best_to_blossom_[other], e, Slack(e));
  };
  for (int32_t c : children_[nb]) {
    if (label_[c] == kOuter && outer_list_valid_[c]) {
      for (int32_t e : outer_list_[c]) consider(e);
    } else {
      ForEachLeaf(c, [&](int32_t v) {
        for (int32_t i = adj_begin_[v]; i < adj_begin_[v + 1]; ++i) consider(adj_edge_[i]);
      });
    }
    std::vector<int32_t>().swap(outer_list_[c]);
    outer_list_valid_[c] = 0;
    best_outer_edge_[c] = kNone;
  }
  std::vector<int32_t>& list = outer_list_[nb];
  list.clear();
  best_outer_edge_[nb] = kNone;
  for (int32_t t : targets) {
    const int32_t e = best_to_blossom_[t];
    best_to_blossom_[t] = kNone;
    list.push_back(e);
    OfferOuterEdge(nb, e, Slack(e));
  }
  outer_list_valid_[nb] = 1;
}

// Makes the children of b top-level blossoms and recycles b's id.
void BlossomSolver::ReleaseChildren(int32_t b) {
  for (int32_t c : children_[b]) {
    parent_[c] = kNone;
    label_[c] = kUnlabeled;
    best_outer_edge_[c] = kNone;
    ForEachLeaf(c, [this, c](int32_t v) { top_[v] = c; });
  }
  children_[b].clear();
  cycle_[b].clear();
  std::vector<int32_t>().swap(outer_list_[b]);
  outer_list_valid_[b] = 0;
  best_outer_edge_[b] = kNone;
  label_[b] = kUnlabeled;
  base_[b] = kNone;
  free_ids_.push_back(b);
}

// Expands an inner blossom whose dual reached 0. The tree enters it at child j
// (through label_edge_) and leaves it at the base (child 0, matched to the outer child in the
// tree). The even-length side of the cycle from child j to child 0 stays in the tree with
// alternating labels inner, outer, ..., inner; the children on the other side become unlabeled.
void BlossomSolver::ExpandInner(int32_t b) {
  const std::vector<int32_t> children = children_[b];
  const std::vector<Link> cycle = cycle_[b];
  const int32_t k = static_cast<int32_t>(children.size());
  const Link entry = label_edge_[b];
  const int32_t tree = tree_[b];
  int32_t entry_child = entry.b;
  while (parent_[entry_child] != b) entry_child = parent_[entry_child];
  int32_t j = static_cast<int32_t>(std::find(children.begin(), children.end(), entry_child) -
                                   children.begin());
  ReleaseChildren(b);
  label_[entry_child] = kInner;
  label_edge_[entry_child] = entry;
  JoinTree(entry_child, tree);
  // Odd j: forward j, j+1, ..., k (= 0); even j: backward j, j-1, ..., 0. Both are even length.
  const bool forward = j % 2 == 1;
  while (j != 0) {
    Link matched, unmatched;  // oriented from the current inner child onwards
    int32_t next, after;
    if (forward) {
      matched = cycle[j];
      next = (j + 1) % k;
      unmatched = cycle[next];
      after = (j + 2) % k;
    } else {
      matched = Link{cycle[j - 1].b, cycle[j - 1].a};
      next = j - 1;
      unmatched = Link{cycle[j - 2].b, cycle[j - 2].a};
      after = j - 2;
    }
    LabelOuter(children[next], matched, tree);
    label_[children[after]] = kInner;
    label_edge_[children[after]] = unmatched;
    JoinTree(children[after], tree);
    j = after;
  }
}

// After an augmentation the two trees it joined are dissolved: their blossoms become unlabeled
// (those with dual 0 are expanded: they carry no dual value, and would only be expanded again
// when labeled inner), and every least-slack slot that pointed at one of their outer vertices,
// or belongs to one of their vertices, becomes stale. The rest of the forest is still a valid
// alternating forest for the new matching and is kept.
void BlossomSolver::DissolveTrees(int32_t root_x, int32_t root_y) {
  std::vector<int32_t> expand;
  for (const int32_t root : {root_x, root_y}) {
    for (const int32_t b : tree_members_[root]) {
      // Entries go stale when a blossom is shrunk into another or its id is reused.
      if (!IsTop(b) || label_[b] == kUnlabeled || tree_[b] != root) continue;
      const bool outer = label_[b] == kOuter;
      label_[b] = kUnlabeled;
      best_outer_edge_[b] = kNone;
      std::vector<int32_t>().swap(outer_list_[b]);
      outer_list_valid_[b] = 0;
      ForEachLeaf(b, [&](int32_t v) {
        best_to_outer_[v] = kStale;  // recomputed against the remaining trees when needed
        if (!outer) return;
        for (int32_t i = adj_begin_[v]; i < adj_begin_[v + 1]; ++i) {
          const int32_t y = adj_vertex_[i], e = adj_edge_[i];
          if (best_to_outer_[y] == e) best_to_outer_[y] = kStale;
          if (best_outer_edge_[top_[y]] == e) best_outer_edge_[top_[y]] = kStale;
        }
      });
      if (b >= n_ && dual_[b] == 0) expand.push_back(b);
    }
    tree_members_[root].clear();
  }
  while (!expand.empty()) {
    const int32_t b = expand.back();
    expand.pop_back();
    for (int32_t c : children_[b]) {
      if (c >= n_ && dual_[c] == 0) expand.push_back(c);
    }
    ReleaseChildren(b);
  }
}

// Makes vertex v the base of blossom b: flips the even-length side of the cycle between the
// child holding v and child 0, then rotates the cycle so that this child comes first. Each call
// touches only b's own cycle, so the nested sub-blossoms are handled from a work list in any
// order (no recursion: nesting can be n/2 deep).
void BlossomSolver::AugmentBlossom(int32_t b0, int32_t v0) {
  std::vector<std::pair<int32_t, int32_t>> work{{b0, v0}};
  while (!work.empty()) {
    const auto [b, v] = work.back();
    work.pop_back();
    int32_t holder = v;
    while (parent_[holder] != b) holder = parent_[holder];
    if (holder >= n_) work.emplace_back(holder, v);
    std::vector<int32_t>& children = children_[b];
    std::vector<Link>& cycle = cycle_[b];
    const int32_t k = static_cast<int32_t>(children.size());
    const int32_t i = static_cast<int32_t>(std::find(children.begin(), children.end(), holder) -
                                           children.begin());
    auto match = [&](int32_t index) {
      const Link l = cycle[index];
      const int32_t ca = children[index], cb = children[(index + 1) % k];
      mate_[l.a] = l.b;
      mate_[l.b] = l.a;
      if (ca >= n_) work.emplace_back(ca, l.a);
      if (cb >= n_) work.emplace_back(cb, l.b);
    };
    // The edges of the path that become matched: even indices on the side of even length.
    if (i % 2 == 1) {
      for (int32_t t = i + 1; t < k; t += 2) match(t);
    } else {
      for (int32_t t = i - 2; t >= 0; t -= 2) match(t);
    }
    std::rotate(children.begin(), children.begin() + i, children.end());
    std::rotate(cycle.begin(), cycle.begin() + i, cycle.end());
    base_[b] = v;
  }
}

// Augments along the path root(x) ... x -- y ... root(y), blossoms included.
void BlossomSolver::Augment(int32_t x, int32_t y) {
  for (auto [s, t] : {std::pair{x, y}, std::pair{y, x}}) {
    while (true) {
      const int32_t bs = top_[s];
      if (bs >= n_) AugmentBlossom(bs, s);
      mate_[s] = t;
      const int32_t p = label_edge_[bs].a;  // the inner base the old base of bs was matched to
      if (p == kNone) break;                // bs was a root: its base was free
      const int32_t bt = top_[p];
      const Link entry = label_edge_[bt];
      if (bt >= n_) AugmentBlossom(bt, entry.b);
      mate_[entry.b] = entry.a;
      s = entry.a;
      t = entry.b;
    }
  }
}

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
#endif

}  // namespace

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
  std::vector<Link> links;
  std::vector<int64_t> weights;
  for (const GeneralEdge& e : sorted) {
    if (!by_cardinality && e.weight == 0) continue;  // never changes the total
    links.push_back(Link{e.u, e.v});
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
