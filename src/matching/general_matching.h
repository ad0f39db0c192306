// Maximum-weight matching in a general (non-bipartite) graph: pairing participants within one
// pool (peer programs).
//
// Problem. Vertices 0..n-1, undirected edges {u, v} with integer weights w >= 0. A matching is a
// set of edges no two of which share a vertex; a missing edge is a hard constraint (that pair is
// never matched). Objectives:
//   kMaxWeight:                maximise the total weight;
//   kMaxCardinalityThenWeight: first the number of pairs, then the total weight
//                              (lexicographically: "pair as many peers as possible").
// The second is reduced to the first with weights w + B, B = floor(n/2) * max_w + 1: one more
// pair is then worth more than any difference in weight between two matchings.
//
// Exact. Algorithm: Edmonds' weighted blossom algorithm (primal-dual), in the O(n^3) form of
// Gabow (1973) and Lawler (1976) as surveyed by Galil (1986). Dual variables u_v >= 0 per vertex
// and z_B >= 0 per odd set B ("blossom"); the reduced cost (slack) of edge {i, j} is
//   u_i + u_j - w_ij + sum of z_B over the blossoms containing both i and j   (always >= 0).
// Alternating trees grow from all free vertices over tight edges (slack 0); an odd cycle of
// tight edges within a tree is shrunk into a blossom, an inner blossom whose z reaches 0 is
// expanded, and when nothing is tight the duals change by the largest step that keeps them
// feasible. A tight edge between two trees is an augmenting path: one more pair. The algorithm
// stops when the duals of the free vertices (all equal) reach 0. The final duals certify
// optimality: matched edges and blossom cycles are tight, every vertex with u > 0 is matched,
// every blossom with z > 0 is full (a debug build checks this certificate). All vertex duals
// start at max_w / 2 and the duals are stored doubled, so all arithmetic is in integers (int64).
// Unlike the textbook stages, the forest is kept across augmentations: only the two trees joined
// by the augmenting path are dissolved (Kolmogorov's Blossom V does the same); the least-slack
// bookkeeping that pointed into them is marked stale and recomputed when read.
//
// Complexity: at most n/2 augmentations. Between two of them there are O(n) labelings, shrinks,
// expansions and dual steps, each O(n); every vertex's edges are read O(1) times (least-slack
// edges are kept per vertex and, for blossoms, as Galil's per-blossom lists merged on shrinking,
// so a dual step rescans no edge). Worst case O(n (n^2 + m)) = O(n^3); memory O(n + m).
// Each dual step lowers the free vertices' doubled dual by at least 1, so kMaxWeight also takes
// at most max_w dual steps: with small integer scores the O(n) sweeps total O(n max_w).
// In practice the forest persistence makes it much faster than the worst case: about 0.05 s for
// 2,000 vertices of average degree 100 (docs/matching.md, "Peer programs", has the measurements
// and the practical pool-size limit).
//
// Determinism: the result depends only on n and the set of edges, not on their order (edges are
// sorted by (min(u,v), max(u,v)) first). Among several optimal matchings the one returned is the
// one the fixed processing order reaches; it is not a "lexicographically smallest" optimum.
//
// Weight 0: under kMaxWeight an edge of weight 0 never changes the total, so such edges are
// dropped and the result contains only pairs of positive weight. Under kMaxCardinalityThenWeight
// they count like any other pair (weight 0 plus the bonus B).
//
// References: J. Edmonds, "Paths, trees, and flowers", Canad. J. Math. 17 (1965) and "Maximum
// matching and a polyhedron with 0,1-vertices", J. Res. NBS 69B (1965); H. N. Gabow,
// "Implementation of algorithms for maximum matching on nonbipartite graphs", PhD thesis,
// Stanford (1973); E. L. Lawler, "Combinatorial Optimization: Networks and Matroids" (1976),
// ch. 6; Z. Galil, "Efficient algorithms for finding maximum matching in graphs", ACM Computing
// Surveys 18(1) (1986); V. Kolmogorov, "Blossom V: a new implementation of a minimum cost
// perfect matching algorithm", Math. Prog. Comp. 1 (2009) (trees kept across augmentations).
//
// Implementation: general_matching.cc validates and reduces the objective; the algorithm is
// internal::BlossomSolver (blossom_solver.h, which lists its parts, one file each).
//
// Thread-safety: pure function; concurrent calls are safe.
#ifndef TANDEM_MATCHING_GENERAL_MATCHING_H_
#define TANDEM_MATCHING_GENERAL_MATCHING_H_

#include <cstdint>
#include <vector>

#include "base/status.h"

namespace tandem::matching {

// An undirected edge {u, v} of weight >= 0. In a result: u < v, weight = the edge's weight.
struct GeneralEdge {
  int32_t u = 0;
  int32_t v = 0;
  int64_t weight = 0;
  bool operator==(const GeneralEdge&) const = default;
};

enum class GeneralMatchingObjective { kMaxWeight, kMaxCardinalityThenWeight };

struct GeneralMatching {
  std::vector<GeneralEdge> pairs;  // the matched edges, u < v, sorted by u
  std::vector<int32_t> mate;       // size n: the partner of each vertex, or -1
  int64_t total_weight = 0;        // sum of the pairs' weights (original weights, no bonus)
};

// Vertices and distinct edges must each number fewer than this (int32 ids with room for blossoms).
inline constexpr int64_t kMaxGeneralMatchingSize = int64_t{1} << 30;

// Largest allowed value of (floor(n/2) + 1) * max_weight: it keeps the doubled duals, the slacks
// and the total weight far inside int64 (about 1.1e15 for a pool of 1,000).
inline constexpr int64_t kMaxGeneralMatchingWeightBound = int64_t{1} << 60;

// Solves the matching exactly. Duplicate edges (the same unordered pair listed more than once,
// in either orientation) are merged, keeping the largest weight. InvalidArgument when
// num_vertices is negative or not below kMaxGeneralMatchingSize, an endpoint is out of range, an
// edge is a self-loop, a weight is negative, there are kMaxGeneralMatchingSize distinct edges or
// more, or (floor(n/2) + 1) * max_weight exceeds kMaxGeneralMatchingWeightBound.
// Memory O(n + m): about 50 bytes per distinct edge and 300 per vertex beside the caller's list.
Result<GeneralMatching> SolveGeneralMatching(
    int32_t num_vertices, const std::vector<GeneralEdge>& edges,
    GeneralMatchingObjective objective = GeneralMatchingObjective::kMaxWeight);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_GENERAL_MATCHING_H_
