// Internal: the engine of SolveGeneralMatching, Edmonds' weighted blossom algorithm on doubled
// duals (general_matching.h has the maths, complexity and references). One BlossomSolver solves
// one graph; not thread-safe. Input: n vertices and distinct edges {a, b}, a != b, with weights
// w > 0 (or >= 0 under the cardinality objective) whose largest w keeps (n/2 + 1) * w within
// kMaxGeneralMatchingWeightBound (validated by the caller).
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
//
// Parts, one file each:
//   blossom_solver.cc       construction and Solve, the primal-dual loop;
//   blossom_forest.cc       growing the alternating forest over tight edges (Scan, labels);
//   blossom_dual_step.cc    the O(n) sweep that handles due events and finds the dual step, and
//                           the least-slack slots recomputed when stale;
//   blossom_shrink.cc       shrinking an odd cycle into a blossom, expanding an inner one;
//   blossom_augment.cc      augmenting along a path through blossoms, dissolving its two trees;
//   blossom_certificate.cc  the optimality certificate of the final duals (debug builds).
// Edge offers to the least-slack slots are inline below: Scan makes one per edge.
#ifndef TANDEM_MATCHING_BLOSSOM_SOLVER_H_
#define TANDEM_MATCHING_BLOSSOM_SOLVER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tandem::matching::internal {

class BlossomSolver {
 public:
  static constexpr int32_t kNone = -1;

  // An edge with an orientation: `a` and `b` are its two endpoints.
  struct Link {
    int32_t a = kNone;
    int32_t b = kNone;
  };

  // edges[e] has weight weights[e] (see the input contract above).
  BlossomSolver(int32_t n, std::vector<Link> edges, std::vector<int64_t> weights);

  // Runs the algorithm; returns the mate of each vertex (kNone = unmatched).
  std::vector<int32_t> Solve();

 private:
  // Labels of top-level blossoms in the alternating forest. Outer ("S") blossoms are at even
  // depth (roots are the blossoms with a free base), inner ("T") at odd depth; unlabeled ones
  // are in no tree (their base is matched).
  enum Label : int8_t { kUnlabeled = 0, kOuter = 1, kInner = 2 };
  static constexpr int32_t kStale = -2;  // a least-slack slot that must be recomputed
  static constexpr int64_t kInfinity = INT64_MAX;

  int64_t Slack(int32_t e) const { return dual_[edge_[e].a] + dual_[edge_[e].b] - 2 * weight_[e]; }
  int32_t Other(int32_t e, int32_t v) const { return edge_[e].a ^ edge_[e].b ^ v; }
  bool IsTop(int32_t b) const { return parent_[b] == kNone && (b < n_ || !children_[b].empty()); }
  // Calls f(v) for every vertex v inside blossom b (an explicit stack: nesting can be n/2 deep).
  template <typename F>
  void ForEachLeaf(int32_t b, F&& f);

  // Least-slack slots. UpdateBest keeps the first edge among equal slacks, so the choice depends
  // only on the scan order. The Offer functions do the same, and leave a stale slot stale: only
  // a full recomputation knows its minimum. The slots also keep a key from which the current
  // slack follows without reading the edge: an outer end's dual plus elapsed_ is constant while
  // it stays outer, and a slot goes stale when it stops. So the sweep reads keys in order
  // instead of edges at random.
  void UpdateBest(int32_t* best, int32_t e, int64_t slack) const {
    if (*best != kNone && Slack(*best) <= slack) return;
    *best = e;
  }
  // Edge e from non-outer vertex v to an outer vertex: that end's dual falls by each step.
  void OfferToOuter(int32_t v, int32_t e, int64_t slack) {
    const int64_t key = slack + elapsed_ - dual_[v];
    if (best_to_outer_[v] == kStale ||
        (best_to_outer_[v] != kNone && best_to_outer_key_[v] <= key)) {
      return;
    }
    best_to_outer_[v] = e;
    best_to_outer_key_[v] = key;
  }
  // Edge e from outer blossom b to another outer blossom: both ends' duals fall by each step.
  void OfferOuterEdge(int32_t b, int32_t e, int64_t slack) {
    const int64_t key = slack + 2 * elapsed_;
    if (best_outer_edge_[b] == kStale ||
        (best_outer_edge_[b] != kNone && best_outer_key_[b] <= key)) {
      return;
    }
    best_outer_edge_[b] = e;
    best_outer_key_[b] = key;
  }
  int64_t SlackToOuter(int32_t v) const { return best_to_outer_key_[v] - elapsed_ + dual_[v]; }
  int64_t SlackOuterEdge(int32_t b) const { return best_outer_key_[b] - 2 * elapsed_; }

  // blossom_forest.cc: scanning an outer vertex, and labeling.
  void Scan(int32_t x);
  void JoinTree(int32_t b, int32_t tree);
  void LabelOuter(int32_t b, Link label_edge, int32_t tree);
  void LabelInner(int32_t b, Link label_edge);
  void OnTightOuterEdge(int32_t x, int32_t y);

  // blossom_dual_step.cc: due events, the dual step and the stale least-slack slots.
  struct Item {  // a vertex or a top-level blossom whose event a dual step makes due
    bool blossom = false;
    int32_t id = kNone;
  };
  bool HandleDueEvents(int64_t* step, Item* next);
  int64_t VisitUnlabeled(int32_t v);
  int64_t VisitLabeled(int32_t b);
  void ApplyDualStep(int64_t delta);
  // best_to_outer_[v] and best_outer_edge_[b], recomputed when they pointed into a dissolved
  // tree. The sweep reads one per vertex and blossom: the fresh case is inline.
  int32_t BestToOuter(int32_t v) {
    return best_to_outer_[v] != kStale ? best_to_outer_[v] : RecomputeBestToOuter(v);
  }
  int32_t BestOuterEdge(int32_t b) {
    return best_outer_edge_[b] != kStale ? best_outer_edge_[b] : RecomputeBestOuterEdge(b);
  }
  int32_t RecomputeBestToOuter(int32_t v);
  int32_t RecomputeBestOuterEdge(int32_t b);

  // blossom_shrink.cc: blossoms formed and expanded.
  int32_t FindCommonAncestor(int32_t x, int32_t y);
  void AddBlossom(int32_t ancestor, int32_t x, int32_t y);
  void BuildOuterList(int32_t nb);
  void ReleaseChildren(int32_t b);
  void ExpandInner(int32_t b);

  // blossom_augment.cc: one more pair.
  void AugmentBlossom(int32_t b, int32_t v);
  void Augment(int32_t x, int32_t y);
  void DissolveTrees(int32_t root_x, int32_t root_y);

#ifndef NDEBUG
  bool CertifiesOptimality();  // blossom_certificate.cc
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

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BLOSSOM_SOLVER_H_
