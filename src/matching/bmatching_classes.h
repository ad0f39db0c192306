// Internal: the bonus classes of the b-matching engine (bmatching_core.h, "bonus classes").
// Mentees with the same bonus (one value per priority tier) form a class; classes are numbered
// by descending bonus, so class 0 holds the most favoured mentees. Each mentor's candidate list
// is split into one segment per class (bmatching_mentor_lists.h) so that a scan can bound each
// segment with its own bonus. With more than kMaxClasses distinct bonuses the grouping gives up:
// one class bounded by the largest bonus, and `exact` is false (a mentee's bonus is then read
// per mentee, not from its class). Plain value type.
#ifndef TANDEM_MATCHING_BMATCHING_CLASSES_H_
#define TANDEM_MATCHING_BMATCHING_CLASSES_H_

#include <cstdint>
#include <vector>

namespace tandem::matching::internal {

struct BonusClasses {
  static constexpr int32_t kMaxClasses = 8;
  int32_t count = 1;
  bool exact = true;              // every mentee's bonus is its class's bonus
  std::vector<int64_t> bonus;     // per class, descending (unscaled); {0} when there is no bonus
  std::vector<uint8_t> class_of;  // per mentee; empty when count == 1

  int32_t Of(int32_t mentee) const { return count == 1 ? 0 : class_of[mentee]; }
};

// Groups mentees 0..num_mentees-1 by bonus[i] (bonus may be null: no bonus, one class).
// O(num_mentees * kMaxClasses). Deterministic.
BonusClasses GroupByBonus(const int64_t* bonus, int32_t num_mentees);

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BMATCHING_CLASSES_H_
