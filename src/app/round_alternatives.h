// The swap dialog of a draft match round: the mentors who can take a proposed mentee instead
// of their current mentor, each with the room left in this round and the pair's explained fit,
// best first. Exactly the mentors SwapProposal would accept: every hard constraint passes
// (safeguarding and reach, external consent, "must" criteria, exclusions, existing and
// declined relationships) and the mentor's capacity, after existing relationships and this
// round's current proposals, has room left.
//
// For an unmatched mentee of the round (the hand assignment of issue 9, point 9) the list is
// every mentor of the program, each with why the round did not choose them
// (domain/not_chosen.h) and whether an assignment (SwapProposal without a current mentor)
// would accept them: the assignable ones by fit, then those without room, then those a hard
// constraint rules out.
#ifndef TANDEM_APP_ROUND_ALTERNATIVES_H_
#define TANDEM_APP_ROUND_ALTERNATIVES_H_

#include <optional>
#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "base/reason.h"
#include "matching/scoring/scorer.h"

namespace tandem::app {

struct MentorAlternative {
  std::string mentor_id;
  std::string name;
  int score = 0;  // the pair's score, as a proposal of the round carries it
  matching::Explanation explanation;
  int room_left = 0;  // capacity left after relationships and this round's proposals
  // Whether SwapProposal would accept the mentor (always true in the swap dialog's list).
  bool available = true;
  // For an unmatched mentee: why the round did not choose this mentor (domain/not_chosen.h).
  std::optional<Reason> not_chosen;
};

// One page of the ranking (score, highest first, then name, then id) of the mentors who could
// take `mentee_id` in round `round_id` instead of their current mentor; for an unmatched mentee
// of the round, the ranking of every mentor (assignable first, then by score, infeasible last,
// each with `not_chosen`). `query` keeps the
// mentors whose name contains it (case-insensitive; empty = all). Explanations only for the
// page's mentors. NotFound for an unknown round (or another organisation's) and for a mentee
// who is neither proposed nor unmatched in it; FailedPrecondition unless the round is a draft; the
// caller must manage matching in the organisation (coordinators, org admins). Charged to the
// caller's match-round budget, as the swap is.
Result<Page<MentorAlternative>> ListSwapAlternatives(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& round_id,
                                                     const std::string& mentee_id,
                                                     const std::string& query,
                                                     const PageRequest& page = {});

}  // namespace tandem::app

#endif  // TANDEM_APP_ROUND_ALTERNATIVES_H_
