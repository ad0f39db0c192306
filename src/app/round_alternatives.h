// The swap dialog of a draft match round: the mentors who can take a proposed mentee instead
// of their current mentor, each with the room left in this round and the pair's explained fit,
// best first. Exactly the mentors SwapProposal would accept: every hard constraint passes
// (safeguarding and reach, external consent, "must" criteria, exclusions, existing and
// declined relationships) and the mentor's capacity, after existing relationships and this
// round's current proposals, has room left.
#ifndef TANDEM_APP_ROUND_ALTERNATIVES_H_
#define TANDEM_APP_ROUND_ALTERNATIVES_H_

#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "matching/scoring/scorer.h"

namespace tandem::app {

struct MentorAlternative {
  std::string mentor_id;
  std::string name;
  int score = 0;  // the pair's score, as a proposal of the round carries it
  matching::Explanation explanation;
  int room_left = 0;  // capacity left after relationships and this round's proposals (>= 1)
};

// One page of the ranking (score, highest first, then name, then id) of the mentors who could
// take `mentee_id` in round `round_id` instead of their current mentor. `query` keeps the
// mentors whose name contains it (case-insensitive; empty = all). Explanations only for the
// page's mentors. NotFound for an unknown round (or another organisation's) and for a mentee
// without a proposal in it; FailedPrecondition unless the round is a draft; the caller must
// manage matching in the organisation (coordinators, org admins). Charged to the caller's
// match-round budget, as the swap is.
Result<Page<MentorAlternative>> ListSwapAlternatives(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& round_id,
                                                     const std::string& mentee_id,
                                                     const std::string& query,
                                                     const PageRequest& page = {});

}  // namespace tandem::app

#endif  // TANDEM_APP_ROUND_ALTERNATIVES_H_
