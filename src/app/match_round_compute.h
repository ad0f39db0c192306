// The computing half of a match round: from a program's match context to proposals and
// unmatched mentees with reasons, without touching the store. Candidate lists through the
// candidate index, then the exact assignment (tiered when the program sets a priority group),
// or, for peer programs, a maximum-weight matching on the pool. Deterministic; pure given its
// inputs (uses up to four threads internally).
#ifndef TANDEM_APP_MATCH_ROUND_COMPUTE_H_
#define TANDEM_APP_MATCH_ROUND_COMPUTE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/match_context.h"
#include "base/status.h"
#include "domain/match_round.h"

namespace tandem::app {

struct Computed {
  std::vector<domain::Proposal> proposals;
  std::vector<domain::Unmatched> unmatched;
  int64_t total = 0;
  int matched = 0;
  int64_t priority_cost = 0;
};

// Computes `round` (its scope and objective) with k candidates per mentee. `locked` pairs
// (mentee id, mentor id) are kept when they still satisfy every hard constraint and capacity.
Result<Computed> ComputeRound(const MatchContext& mc, const domain::MatchRound& round, int k,
                              const std::vector<std::pair<std::string, std::string>>& locked);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCH_ROUND_COMPUTE_H_
