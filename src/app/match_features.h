// Turns program participants (profiles, enrollments, memberships) into the integer feature
// snapshots the scorer reads, plus the vocabulary and text corpus behind its explanations.
// Pure: no store access. Deterministic for a given input order.
#ifndef TANDEM_APP_MATCH_FEATURES_H_
#define TANDEM_APP_MATCH_FEATURES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/store.h"
#include "base/time.h"
#include "domain/matching_settings.h"
#include "matching/scoring/scorer.h"

namespace tandem::app {

// The instants whose UTC offsets the time-zone criterion compares (matching::UtcOffsets):
// the decision's reference instant `now` (a caller's clock, never wall time read here) and
// 182 days later, so both seasons of daylight saving time count. A zone the tz database does
// not know (none passes profile validation) counts as UTC.
constexpr Millis kLaterOffsetDelay = 182 * kDay;
matching::UtcOffsets OffsetsOf(const std::string& time_zone, Millis now);

struct MatchFeatures {
  matching::Vocabulary vocab;
  std::unique_ptr<matching::Corpus> corpus;
  std::vector<matching::MenteeFeatures> mentees;  // same order as the input participants
  std::vector<matching::MentorFeatures> mentors;
  std::vector<int> mentee_tier;                   // 0 = priority group, 1 = everyone else
};

// Which background answers the features carry (see docs/security.md, "Removal and privacy").
enum class Disclosure {
  // Every answer matching may use (visibility matching, coordinators, participants): match
  // rounds, which coordinators run and whose alternatives no participant sees. Answers that
  // are not "participants" earn hidden contributions (never named, never in a shown score).
  kMatching,
  // Only answers both people let participants see: self-service recommendations and requests,
  // where a person controls their own profile and watches the result, so anything else would
  // let them probe the other side's answers by toggling their own.
  kParticipants,
};

// Texts (headline, bio, goals and their tags) are stemmed in the language
// matching::StemmingLanguage picks from the person's profile languages.
// program_org_id decides who is "outside": a participant's home organisation is the first of
// their organisations other than the program's, else the program's.
// Background: only answers that are not private count. A mentee's answers become wishes for a
// mentor who shares them; a preferred mentor gender becomes a preferred wish for the mentor's
// gender answer (compared ignoring case) and replaces the mentee's own gender as a wish.
// `now`: the reference instant of the time-zone offsets (see OffsetsOf).
MatchFeatures BuildMatchFeatures(const std::string& program_org_id,
                                 const std::vector<Participant>& mentees,
                                 const std::vector<Participant>& mentors,
                                 const domain::MatchingSettings& settings, Millis now,
                                 Disclosure disclosure = Disclosure::kMatching);

// A pair's reasons (Explanation::Reasons: none when infeasible), which each reader's app words
// from its own side. `mentee` and `mentor` index f.mentees and f.mentors. Stored beside the
// score so both sides read the numbers of the moment the pair was scored.
struct PairExplanations {
  std::vector<Reason> reasons;
  int shown_score = 0;  // the points the reasons name (Explanation::ShownTotal)
};
PairExplanations ExplainPair(const matching::Scorer& scorer, const MatchFeatures& f, int mentee,
                             int mentor);

// The weights a program uses: its type's defaults overridden by the coordinator's settings.
matching::CriteriaWeights WeightsFor(const std::string& program_type,
                                     const domain::MatchingSettings& settings);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCH_FEATURES_H_
