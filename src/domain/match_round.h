// Match rounds: a coordinator's whole-cohort assignment of a program's mentees to mentors, kept
// as a draft of proposals (and the mentees left unmatched, with why) until it is published or
// discarded.
#ifndef TANDEM_DOMAIN_MATCH_ROUND_H_
#define TANDEM_DOMAIN_MATCH_ROUND_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  std::string explanation;         // to the mentee: "teaches SQL at level 4, … (+25) · …"
  std::string mentor_explanation;  // the same reasons to the mentor; copied on publish
  bool locked = false;             // kept by re-runs
  // The points the explanation names; the relationship's score on publish, so participants
  // never see what background answers they may not see earned (score - shown_score).
  int shown_score = 0;
};

struct Unmatched {
  std::string round_id;
  std::string organisation_id;
  std::string mentee_id;
  std::string reason;  // "no mentor shares a language", "every cleared mentor is at capacity"
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MATCH_ROUND_H_
