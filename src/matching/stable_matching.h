// Stable many-to-one matching: mentee-proposing deferred acceptance (Gale & Shapley 1962) with
// mentor capacities (the "college admissions" / hospitals-residents problem, Roth 1984).
//
// Preferences may be partial on both sides: a pair can be matched only when each side lists the
// other. Ranks are strict after a documented tie-break: equal mentor ranks prefer the lower
// mentee index; a mentee's list is strict by position. The result is the mentee-optimal stable
// matching: no mentee i and mentor j that list each other such that i is unmatched or prefers j
// to its mentor, while j has a free seat or prefers i to one of its mentees. It does not depend
// on the proposal order; the implementation is deterministic anyway.
// Complexity: O(L log c_max) for L acceptable pairs; memory O(L + N + sum c_j).
// Thread-safety: pure functions.
#ifndef TANDEM_MATCHING_STABLE_MATCHING_H_
#define TANDEM_MATCHING_STABLE_MATCHING_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "matching/assignment.h"
#include "matching/bipartite_graph.h"

namespace tandem::matching {

// Mutually acceptable pairs in CSR, each mentee's entries in its order of preference (best
// first), each entry carrying the mentor's rank of that mentee (lower = preferred).
struct StableMatchingInput {
  int32_t num_mentees = 0;
  int32_t num_mentors = 0;
  std::vector<int64_t> offsets;      // size num_mentees + 1
  std::vector<int32_t> mentors;      // per entry, in the mentee's preference order
  std::vector<int32_t> mentor_rank;  // per entry: the mentor's rank of this mentee
  std::vector<int32_t> capacity;     // per mentor, >= 0
};

// Builds the input from two rank lists (best first; a missing name = unacceptable).
// InvalidArgument for out-of-range indices, duplicates within a list, sizes that do not match.
Result<StableMatchingInput> BuildStableMatchingInput(
    int32_t num_mentees, int32_t num_mentors,
    const std::vector<std::vector<int32_t>>& mentee_preferences,
    const std::vector<std::vector<int32_t>>& mentor_preferences,
    const std::vector<int32_t>& capacity);

struct StableMatching {
  std::vector<int32_t> mentor_of;  // per mentee: its mentor, or -1
  int32_t num_matched = 0;
};

// InvalidArgument when the input is malformed (sizes, ranges, negative capacity).
Result<StableMatching> DeferredAcceptance(const StableMatchingInput& input);

// Deferred acceptance where both sides rank by the candidate edge's score (higher first; ties:
// mentee keeps its row order, mentor prefers the lower mentee index). For comparisons with the
// optimal assignment. Copies the graph once (8 bytes per edge).
Result<Assignment> DeferredAcceptanceByScore(const BipartiteGraph& graph,
                                             const std::vector<int32_t>& capacity);

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_STABLE_MATCHING_H_
