// Augmenting in the blossom solver (blossom_solver.h): a tight edge between two trees closes an
// augmenting path root - ... - x - y - ... - root; flipping it, through every blossom on the
// way (each rotated to its new base), adds one pair. Only the two trees it joined are then
// dissolved; the rest of the forest stays valid and is kept (as in Kolmogorov's Blossom V).
#include <algorithm>
#include <utility>
#include <vector>

#include "matching/blossom_solver.h"

namespace tandem::matching::internal {

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

}  // namespace tandem::matching::internal
