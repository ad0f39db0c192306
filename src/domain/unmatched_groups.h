// The unmatched mentees of a match round, grouped by why no mentor was proposed, each group with
// the actions its reason calls for (issue 9, point 9). Pure; thread-compatible.
//
//   assign  give a mentee a mentor by hand (the round's proposals plus one, locked)
//   rerun   run a new draft round for just these mentees
//   invite  invite mentors who teach what these mentees want to learn
#ifndef TANDEM_DOMAIN_UNMATCHED_GROUPS_H_
#define TANDEM_DOMAIN_UNMATCHED_GROUPS_H_

#include <string>
#include <string_view>
#include <vector>

#include "domain/match_round.h"

namespace tandem::domain {

enum class UnmatchedAction { kAssign, kRerun, kInvite };
std::string_view UnmatchedActionName(UnmatchedAction a);

// The actions a reason id (kUnmatched*) calls for, the most useful first. Empty for a mentee
// who already has as many mentors as the program allows (nothing to do) and for peer programs'
// reasons only `rerun` (peers are not invited as mentors, nor assigned one by hand). An unknown
// id gets `rerun` (a new round computes a fresh reason).
std::vector<UnmatchedAction> ActionsForUnmatched(std::string_view reason_id);

struct UnmatchedGroup {
  std::string reason_id;
  std::vector<UnmatchedAction> actions;
  std::vector<Unmatched> mentees;  // in the order given
};

// One group per reason id present, in the order of the most actionable reasons first (those a
// hand assignment can fix, then those more mentors can fix, then the rest); within a group the
// mentees keep the order of `unmatched`.
std::vector<UnmatchedGroup> GroupUnmatched(const std::vector<Unmatched>& unmatched);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_UNMATCHED_GROUPS_H_
