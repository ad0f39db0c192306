// The criteria a pair of participants is scored on, and how much each one counts.
//
// A coordinator gives every criterion a priority per program: must (a hard filter: a pair
// that earns nothing on it is infeasible), high, medium, low or ignore. Each criterion turns
// a pair into a fraction in [0, 1]; its points are fraction × base × multiplier, where the
// multiplier is 3 for high and must, 2 for medium, 1 for low, 0 for ignore. With the bases
// below a perfect pair on all-high criteria scores 1000.
#ifndef TANDEM_MATCHING_SCORING_CRITERIA_H_
#define TANDEM_MATCHING_SCORING_CRITERIA_H_

#include <array>
#include <optional>
#include <string_view>

namespace tandem::matching {

enum class Criterion {
  kSkills,         // skills the mentee wants to learn vs skills the mentor teaches, with levels
  kInterests,      // shared interests
  kGoals,          // TF-IDF similarity of goals, bio and headline
  kBackground,     // background fields the mentee chose to weigh
  kLanguage,       // a shared spoken language
  kTimeZone,       // overlap of waking hours
  kAvailability,   // the mentor's hours a month against the mentee's
  kOutside,        // the mentee asked for a mentor from outside their organisation
  kExperienceGap,  // the mentor is a few levels ahead, not too far
};
inline constexpr int kNumCriteria = 9;
inline constexpr Criterion kAllCriteria[kNumCriteria] = {
    Criterion::kSkills,   Criterion::kInterests,    Criterion::kGoals,
    Criterion::kBackground, Criterion::kLanguage,   Criterion::kTimeZone,
    Criterion::kAvailability, Criterion::kOutside,  Criterion::kExperienceGap};

std::string_view CriterionName(Criterion c);  // "skills", "interests", ...
std::optional<Criterion> ParseCriterion(std::string_view s);

enum class Priority { kIgnore, kLow, kMedium, kHigh, kMust };
std::string_view PriorityName(Priority p);  // "ignore", "low", "medium", "high", "must"
std::optional<Priority> ParsePriority(std::string_view s);
int Multiplier(Priority p);

// Points for a fraction of 1.0 at multiplier 1.
int BasePoints(Criterion c);

class CriteriaWeights {
 public:
  CriteriaWeights() { priorities_.fill(Priority::kMedium); }
  Priority Get(Criterion c) const { return priorities_[static_cast<int>(c)]; }
  void Set(Criterion c, Priority p) { priorities_[static_cast<int>(c)] = p; }

  // Sensible starting points per program type: "one_to_one", "group", "peer", "flash".
  static CriteriaWeights DefaultsFor(std::string_view program_type);

 private:
  std::array<Priority, kNumCriteria> priorities_;
};

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_CRITERIA_H_
