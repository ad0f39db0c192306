// Coordinator match rounds: choose the mentees and mentors in scope and an objective, run the
// exact solver over explained pair scores, review the proposals (lock, swap, remove, re-run
// around the locked ones) and publish them as relationships.
//
// A round reads the program's active enrollments and profiles, the coordinator's exclusions
// and existing relationships (which use capacity), scores candidate pairs (hard constraints:
// youth screening, external consent, must criteria, exclusions, capacity), keeps the top K
// mentors per mentee, and solves the many-to-one assignment exactly (with the priority group
// first when the program has one). Every proposal carries its explanation; every unmatched
// mentee a reason.
//
// Concurrency: proposal edits, re-runs and publishing take the round's lock (Tx::LockRound), so
// they take turns on one round; publishing then takes the participant locks of everyone it
// proposes before counting capacity and mentees' mentors, so it takes turns with acceptances
// and other publishes about the same people (docs/architecture.md, "Concurrency").
#ifndef TANDEM_APP_MATCH_ROUNDS_H_
#define TANDEM_APP_MATCH_ROUNDS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/match_round.h"
#include "domain/mentee_filter.h"

namespace tandem::app {

struct RoundRequest {
  domain::Objective objective = domain::Objective::kScore;
  std::vector<std::string> mentee_scope;  // person ids; empty = all active mentees
  std::vector<std::string> mentor_scope;  // person ids; empty = all active mentors
  int candidates_per_mentee = 100;        // K
  // Instead of mentee_scope: the active mentees who pass it, resolved when the round runs
  // (app/round_scope.h); the round records them as its mentee scope.
  std::optional<domain::MenteeFilter> mentee_filter;
};

struct ProposalView {
  domain::Proposal proposal;
  std::string mentee_name;
  std::string mentor_name;
};

struct UnmatchedView {
  domain::Unmatched unmatched;
  std::string mentee_name;
};

struct RoundView {
  domain::MatchRound round;
  std::vector<ProposalView> proposals;  // by mentee name
  std::vector<UnmatchedView> unmatched;
};

Result<RoundView> RunMatchRound(const Context& ctx, const Caller& caller,
                                const std::string& org_id, const std::string& program_id,
                                const RoundRequest& request);
Result<RoundView> GetMatchRound(const Context& ctx, const Caller& caller,
                                const std::string& org_id, const std::string& round_id);
// Newest first (without proposals).
Result<Page<domain::MatchRound>> ListMatchRounds(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const std::string& program_id,
                                                 const PageRequest& page);

// Draft rounds only (FailedPrecondition otherwise).
Result<RoundView> SetProposalLock(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id,
                                  const std::string& mentee_id, const std::string& mentor_id,
                                  bool locked);
// Removes the proposal and excludes the pair from this program's matching (a coordinator
// exclusion, listed and reversible).
Result<RoundView> RemoveProposal(const Context& ctx, const Caller& caller,
                                 const std::string& org_id, const std::string& round_id,
                                 const std::string& mentee_id, const std::string& mentor_id);
// Gives the mentee another mentor; the new pair must satisfy every hard constraint and fit
// the mentor's remaining capacity. The swapped proposal is locked. With an empty
// `from_mentor_id`, assigns a mentor by hand to a mentee the round left unmatched (NotFound
// unless they are; FailedPrecondition when they already have every mentor the program allows):
// the pair is added, locked, and the mentee leaves the unmatched list.
Result<RoundView> SwapProposal(const Context& ctx, const Caller& caller,
                               const std::string& org_id, const std::string& round_id,
                               const std::string& mentee_id, const std::string& from_mentor_id,
                               const std::string& to_mentor_id);
// Solves again with the same scope, objective and candidates per mentee (K), keeping locked
// proposals. The solve runs
// outside any transaction; FailedPrecondition when the round was published or its proposals
// were edited meanwhile (nothing is overwritten).
Result<RoundView> RerunMatchRound(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id);
// Creates a relationship per proposal (proposed when the program asks both sides to accept,
// else active) and notifies both people. FailedPrecondition when a mentor no longer has room
// (re-run first), a mentee already has as many mentors as the program allows, or the round is
// not a draft. All or nothing.
Result<RoundView> PublishMatchRound(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& round_id);
// Sets a draft round aside: it becomes `discarded`, keeps its proposals for the record and can
// no longer be edited, re-run or published; nobody is notified (no one was told of a draft).
// FailedPrecondition when the round is not a draft.
Result<RoundView> DiscardMatchRound(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& round_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCH_ROUNDS_H_
