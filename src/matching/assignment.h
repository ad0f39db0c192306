// Optimal many-to-one (and many-to-many) assignment of mentees to mentors.
//
// Problem (a bipartite b-matching): choose a set X of candidate edges such that mentor j is in
// at most c_j chosen edges (its capacity) and mentee i in at most k_i (its limit, default 1),
// with every locked pair in X and no excluded pair in X, maximising
//   kMaxScore:             the total score of X;
//   kMaxMatchedThenScore:  first the number of chosen pairs, then the total score
//                          (lexicographically; with k_i = 1 this is "match as many mentees as
//                          possible, then the highest score").
// Locked pairs consume one unit of capacity on both sides and are always in the result (their
// score is the candidate edge's score, or 0 when the pair is not a candidate); the solver
// optimises the remaining capacity over the remaining edges.
//
// Exact: the result is an optimum, not an approximation. Algorithm: cost-scaling push-relabel
// on a hub network (see bmatching_core.h for the maths, complexity and references;
// docs/matching.md for measurements). Two phases (a reverse auction, then a forward one)
// for scores below 4096 on typical instances; a phase is about one sweep over the edges.
//
// Deterministic: the same input (including the order of each mentee's candidate edges) gives the
// same output, on any machine. Among several optimal solutions the one returned is the one the
// algorithm's fixed processing order reaches; the rules it applies at every tie are: a mentee
// prefers its earliest candidate edge among equal values, prefers a match to staying unmatched
// at equal value, and a mentor prefers keeping a holder to taking a new one at equal value.
//
// Thread-safety: pure function; concurrent calls are safe.
#ifndef TANDEM_MATCHING_ASSIGNMENT_H_
#define TANDEM_MATCHING_ASSIGNMENT_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "matching/bipartite_graph.h"

namespace tandem::matching {

enum class AssignmentObjective { kMaxScore, kMaxMatchedThenScore };

struct PairRef {
  int32_t mentee = 0;
  int32_t mentor = 0;
  bool operator==(const PairRef&) const = default;
};

struct AssignmentConstraints {
  std::vector<int32_t> mentor_capacity;  // size num_mentors, each >= 0
  std::vector<int32_t> mentee_limit;     // empty: every k_i = 1; else size num_mentees, >= 0
  std::vector<PairRef> locked;           // pre-assigned pairs, kept
  std::vector<PairRef> excluded;         // pairs never matched (like a missing edge)
};

struct MatchedPair {
  int32_t mentee = 0;
  int32_t mentor = 0;
  int32_t score = 0;
  bool locked = false;
  bool operator==(const MatchedPair&) const = default;
};

struct Assignment {
  std::vector<MatchedPair> pairs;  // sorted by (mentee, mentor)
  int64_t total_score = 0;         // sum of pair scores, locked pairs included
  int64_t num_pairs = 0;
  int32_t num_mentees_matched = 0;  // mentees in at least one pair
};

// Solves the assignment exactly. InvalidArgument when: the graph is malformed (index out of
// range, negative score, bad offsets), a capacity vector has the wrong size or a negative entry,
// a locked pair is duplicated, excluded, or exceeds a capacity, a mentee with k_i > 1 has two
// candidate edges to the same mentor. Memory: O(N + M) beside the graph (plus one bit per edge
// when locked or excluded pairs are given).
Result<Assignment> SolveAssignment(const BipartiteGraph& graph,
                                   const AssignmentConstraints& constraints,
                                   AssignmentObjective objective = AssignmentObjective::kMaxScore);

// As SolveAssignment, maximising lexicographically (pairs of tier-0 mentees, pairs of tier-1
// mentees, ..., total score); `tiers[i]` >= 0 is mentee i's tier (only the order of the values
// matters). Used by priority.h; with one tier this is kMaxMatchedThenScore (which runs through
// here). The result also has the largest possible number of pairs, so it is optimal for "as many
// pairs as possible" too. One exact solve with small tier bonuses and a linear-time certificate;
// rarely (long displacement chains) a few solves with larger bonuses (tiered_assignment.cc).
// InvalidArgument as above, when `tiers` has the wrong size or a negative entry, or when
// (distinct tiers) x (P W + 1) reaches 2^62 (P = min(free slots, free seats), W = max score).
Result<Assignment> SolveTieredAssignment(const BipartiteGraph& graph,
                                         const AssignmentConstraints& constraints,
                                         const std::vector<int32_t>& tiers);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_ASSIGNMENT_H_
