// Growing the alternating forest of the blossom solver (blossom_solver.h): an outer vertex's
// edges are read once each time it becomes outer; a tight edge labels an unlabeled blossom inner
// (and its mate's blossom outer), shrinks a blossom within a tree or augments between two trees,
// and every other edge is offered to the least-slack slots.
#include <algorithm>
#include <cassert>
#include <vector>

#include "matching/blossom_solver.h"

namespace tandem::matching::internal {

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

}  // namespace tandem::matching::internal
