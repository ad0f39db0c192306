// The unmatched list of a match round that leads to action (issue 9, point 9): the round's
// unmatched mentees grouped by reason (domain/unmatched_groups.h), each group with the actions
// its reason calls for and the skills its mentees want to learn that no mentor of the round's
// scope with room left teaches to the level they want (what to look for when inviting mentors).
#ifndef TANDEM_APP_UNMATCHED_GROUPS_H_
#define TANDEM_APP_UNMATCHED_GROUPS_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "domain/unmatched_groups.h"

namespace tandem::app {

struct MissingSkill {
  std::string skill;  // as the first mentee who wants it spelled it
  int mentees = 0;    // how many of the group's mentees want it
};

struct UnmatchedGroupView {
  domain::UnmatchedGroup group;
  std::vector<std::string> mentee_names;     // parallel to group.mentees
  std::vector<MissingSkill> missing_skills;  // most wanted first, then by name
};

// The groups of round `round_id`, most actionable first. Room left counts existing
// relationships and, in a draft round, the round's own proposals. A skill counts as taught when
// a mentor in the round's mentor scope with room left teaches it (ignoring case) at the
// mentee's target level or above. NotFound for an unknown round (or another organisation's);
// the caller must manage matching in the organisation. Charged to the match-round budget.
Result<std::vector<UnmatchedGroupView>> ListUnmatchedGroups(const Context& ctx,
                                                            const Caller& caller,
                                                            const std::string& org_id,
                                                            const std::string& round_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_UNMATCHED_GROUPS_H_
