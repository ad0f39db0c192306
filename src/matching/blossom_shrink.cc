// Blossoms of the blossom solver (blossom_solver.h): a tight edge between two outer blossoms of
// one tree closes an odd cycle, shrunk into a new outer blossom whose least-slack list merges its
// children's (Galil); an inner blossom whose dual reaches 0 is expanded back into its children,
// half of them staying in the tree.
#include <algorithm>
#include <utility>
#include <vector>

#include "matching/blossom_solver.h"

namespace tandem::matching::internal {

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

}  // namespace tandem::matching::internal
