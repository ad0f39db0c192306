// Match rounds: a coordinator's whole-cohort assignment of a program's mentees to mentors, kept
// as a draft of proposals (and the mentees left unmatched, with why) until it is published or
// discarded.
#ifndef TANDEM_DOMAIN_MATCH_ROUND_H_
#define TANDEM_DOMAIN_MATCH_ROUND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/reason.h"
#include "base/time.h"

namespace tandem::domain {

enum class Objective { kScore, kCoverage };  // highest total; most mentees, then score
std::string_view ObjectiveName(Objective o);
std::optional<Objective> ParseObjective(std::string_view s);

enum class RoundStatus { kDraft, kPublished, kDiscarded };
std::string_view RoundStatusName(RoundStatus s);
std::optional<RoundStatus> ParseRoundStatus(std::string_view s);

struct MatchRound {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  Objective objective = Objective::kScore;
  RoundStatus status = RoundStatus::kDraft;
  std::vector<std::string> mentee_scope;  // person ids; empty = every active mentee
  std::vector<std::string> mentor_scope;  // person ids; empty = every active mentor
  int candidates_per_mentee = 100;        // K: best mentors kept per mentee; re-runs reuse it
  std::string created_by;
  Millis created_at = 0;
  Millis published_at = 0;
  int total_score = 0;
  int matched = 0;
  int unmatched = 0;
  int priority_cost = 0;  // score given up to honour the priority group
};

struct Proposal {
  std::string round_id;
  std::string organisation_id;
  std::string mentee_id;
  std::string mentor_id;
  int score = 0;
  // Why the pair scores as it does (reason ids, facts, points); copied on publish.
  std::vector<Reason> reasons;
  bool locked = false;             // kept by re-runs
  // The points the reasons name; the relationship's score on publish, so participants
  // never see what background answers they may not see earned (score - shown_score).
  int shown_score = 0;
};

// Why a mentee is unmatched (Unmatched::reason_id) and the params each carries.
inline constexpr std::string_view kUnmatchedMenteeLimit = "mentee_limit_reached";  // {}
inline constexpr std::string_view kUnmatchedNoMentorsInScope = "no_mentors_in_scope";  // {}
// Each of the k best-suited mentors is full or better matched: {candidates}.
inline constexpr std::string_view kUnmatchedBestMentorsTaken = "best_mentors_taken";
// Every suitable mentor (fewer than k) is full or better matched: {candidates}.
inline constexpr std::string_view kUnmatchedSuitableMentorsTaken = "suitable_mentors_taken";
// No mentor is possible: {cause, count, mentors}, the most common cause among the mentors in
// scope (an infeasibility id of matching/scoring/reasons.h, or "excluded_or_matched") and
// how many of them it rules out.
inline constexpr std::string_view kUnmatchedNoSuitableMentor = "no_suitable_mentor";
inline constexpr std::string_view kUnmatchedNoSuitablePeer = "no_suitable_peer";  // {}
inline constexpr std::string_view kUnmatchedPeersTaken = "suitable_peers_taken";  // {candidates}
inline constexpr std::string_view kUnmatchedRemovedByCoordinator = "removed_by_coordinator";
inline constexpr std::string_view kUnmatchedMentorLeft = "mentor_left";  // proposed mentor left
// The proposed mentor is no longer cleared for this mentee (screening or training revoked).
inline constexpr std::string_view kUnmatchedMentorNotCleared = "mentor_not_cleared";
// Rows written before reasons were data (migration 0014): the sentence is not kept.
inline constexpr std::string_view kUnmatchedNotRecorded = "not_recorded";

struct Unmatched {
  std::string round_id;
  std::string organisation_id;
  std::string mentee_id;
  // Why no mentor was proposed, as a reason id with its facts (kUnmatched* in
  // app/match_round_compute.h), worded by the reader's app.
  std::string reason_id;
  ReasonParams params;
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MATCH_ROUND_H_
