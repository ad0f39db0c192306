// Pair scoring: turns two participants' feature snapshots into an integer score that is the
// exact sum of named contributions, or "infeasible" when a hard constraint or a must
// criterion fails. Score() is the fast path used for millions of candidate pairs;
// Explain() recomputes the same numbers with their reasons for the pairs a person sees, as
// reason ids with parameters (reasons.h) that the reader's app words from the reader's side:
// the contributions and points are the same from both sides, only the words change.
//
// Hard constraints (always, whatever the weights):
//   - a minor is only matched with a mentor whose screening is cleared and training complete;
//   - a mentor from another organisation must consent to external mentees;
//   - every criterion set to "must" must earn points, and with background at "must" every
//     stated background preference (e.g. a preferred mentor gender) must be met. A background
//     match either side keeps from participants (a hidden contribution) earns points only
//     below "must": it never makes a must criterion feasible, so that whether a pair is
//     possible never depends on a value nobody may be told.
// Mentor capacity and coordinator exclusions are enforced by the solver and the use case.
//
// Features use small integer ids (skills, interests, languages, background values) from a
// Vocabulary the caller builds; lists are sorted by id. Scoring is deterministic and
// allocation-free; Explain() allocates. Thread-safe (const).
#ifndef TANDEM_MATCHING_SCORING_SCORER_H_
#define TANDEM_MATCHING_SCORING_SCORER_H_

#include <string>
#include <vector>

#include "matching/scoring/criteria.h"
#include "matching/scoring/reasons.h"
#include "matching/scoring/text_similarity.h"

namespace tandem::matching {

struct SkillNeed {
  int skill = 0;
  int current_level = 1;
  int target_level = 1;
};

struct SkillOffer {
  int skill = 0;
  int level = 1;
};

// One background answer, such as cultural_background = Mexican American.
struct BackgroundValue {
  int field = 0;
  int value = 0;
  bool operator<(const BackgroundValue& o) const {
    return field != o.field ? field < o.field : value < o.value;
  }
  bool operator==(const BackgroundValue& o) const = default;
};

// A background value the mentee asked to weigh, met when the mentor shares the same value.
// Either one of the mentee's own answers ("a mentor who shares my background") or a stated
// preference about the mentor ("I would prefer a mentor who is a woman"): both earn the
// background criterion's points alike; they differ in the explanation and under "must", where
// every stated preference has to be met.
struct BackgroundWish {
  BackgroundValue value;
  bool preferred = false;  // a stated preference, not the mentee's own background
  // The mentee lets participants see this answer (always true for a stated preference, which
  // is about the mentor). A match is named in an explanation only when the wish and the
  // mentor's value are both shown (see Contribution::hidden).
  bool shown = true;
  bool operator<(const BackgroundWish& o) const {
    return value == o.value ? preferred < o.preferred : value < o.value;
  }
  bool operator==(const BackgroundWish& o) const = default;
};

// A person's offsets from UTC in minutes (east positive) at the two instants a matching
// decision looks at: its reference instant and half a year later (see
// app::BuildMatchFeatures), so that both seasons of daylight saving time count — a New York
// mentor and a London mentee are 5 h apart in January but 4 h in late March, and Sydney is
// 11 h from London in January but 9 h in July.
struct UtcOffsets {
  int now = 0;
  int later = 0;
  // A zone whose offset does not change (UTC, Asia/Tokyo, the tests' synthetic zones).
  static constexpr UtcOffsets Fixed(int minutes) { return {minutes, minutes}; }
  auto operator<=>(const UtcOffsets&) const = default;
};

struct MenteeFeatures {
  int organisation = 0;
  std::vector<SkillNeed> learn;           // sorted by skill
  std::vector<int> interests;             // sorted
  std::vector<int> languages;             // sorted
  std::vector<BackgroundWish> wishes;     // sorted
  int text_doc = -1;                      // index into the round's Corpus, -1 = no text
  UtcOffsets utc_offsets;
  int availability_hours = 0;             // per month
  bool wants_outside = false;
  bool is_minor = false;
  double experience = 1.0;                // mean current skill level, 1..5
};

struct MentorFeatures {
  int organisation = 0;
  std::vector<SkillOffer> teach;          // sorted by skill
  std::vector<int> interests;             // sorted
  std::vector<int> languages;             // sorted
  std::vector<BackgroundValue> background;  // values the mentor shares for matching, sorted
  // The subset of `background` the mentor keeps from participants (matching may use it, no
  // explanation names it), sorted.
  std::vector<BackgroundValue> background_hidden;
  int text_doc = -1;
  UtcOffsets utc_offsets;
  int availability_hours = 0;
  bool accepts_external = false;
  bool youth_cleared = false;             // screening cleared and training complete
  double experience = 3.0;                // mean teach level, 1..5
};

// Labels for explanations.
struct Vocabulary {
  std::vector<std::string> skills, interests, languages, background_fields, background_values;
};

struct Contribution {
  Criterion criterion;
  int points = 0;
  // e.g. {skill_match, 25, {skill: SQL, mentor_level: 4, target_level: 3}}; reason.points ==
  // points.
  Reason reason;
  // A background match that names an answer one side keeps from participants ("matching" or
  // "coordinators" visibility): it counts in the score, but has no reason (empty id) and is
  // left out of Reasons(), Text() and ShownTotal().
  bool hidden = false;
};

struct Explanation {
  bool feasible = false;
  Infeasibility infeasibility = Infeasibility::kNoLanguage;  // meaningful when !feasible
  int total = 0;  // == sum of contributions' points when feasible
  std::vector<Contribution> contributions;
  // The reasons a participant may read, biggest first; hidden contributions are left out;
  // empty when infeasible. What is stored and sent for a pair.
  std::vector<Reason> Reasons() const;
  // English for the command line and tests: "teaches SQL at level 4, you want level 3 (+25) ·
  // both speak Spanish (+10)", or the infeasibility ("no shared language").
  std::string Text(Perspective p = Perspective::kMentee) const;
  // The sum of the contributions Reasons() names: the only score a participant may see, so
  // that total - ShownTotal() (what hidden answers earned) is never shown to them.
  int ShownTotal() const;
};

inline constexpr int kInfeasible = -1;

class Scorer {
 public:
  // corpus may be null when no text is scored.
  Scorer(CriteriaWeights weights, const Corpus* corpus) : weights_(weights), corpus_(corpus) {}

  // The pair's score (>= 0), or kInfeasible.
  int Score(const MenteeFeatures& mentee, const MentorFeatures& mentor) const;
  // Same result, faster when one mentee is scored against many mentors: `mentee_text` is the
  // mentee's text vector scattered into a dense array indexed by term id (zeros elsewhere; see
  // ScatterText). Bit-identical to Score(): the same products are summed in the same order.
  int ScoreWithDenseText(const MenteeFeatures& mentee, const MentorFeatures& mentor,
                         const float* mentee_text) const;
  // Fills `dense` (resized to the corpus's term count, zeroed where needed) with the mentee's
  // text vector; returns the pointer to pass to ScoreWithDenseText, or null without text.
  const float* ScatterText(const MenteeFeatures& mentee, std::vector<float>& dense) const;
  void ClearText(const MenteeFeatures& mentee, std::vector<float>& dense) const;
  // The pair's score with its reasons; with feasible, total == Score().
  Explanation Explain(const MenteeFeatures& mentee, const MentorFeatures& mentor,
                      const Vocabulary& vocab) const;
  const CriteriaWeights& weights() const { return weights_; }
  const Corpus* corpus() const { return corpus_; }

 private:
  template <typename Sink>
  void Evaluate(const MenteeFeatures& mentee, const MentorFeatures& mentor, Sink& sink,
                const float* mentee_text = nullptr) const;

  CriteriaWeights weights_;
  const Corpus* corpus_;
};

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_SCORER_H_
