#include "matching/bmatching_classes.h"

#include <algorithm>
#include <functional>

namespace tandem::matching::internal {

BonusClasses GroupByBonus(const int64_t* bonus, int32_t num_mentees) {
  BonusClasses classes;
  std::vector<int64_t>& values = classes.bonus;  // distinct bonuses, descending
  for (int32_t i = 0; bonus != nullptr && i < num_mentees; ++i) {
    const int64_t b = bonus[i];
    if (std::find(values.begin(), values.end(), b) != values.end()) continue;
    values.push_back(b);
    if (static_cast<int32_t>(values.size()) > BonusClasses::kMaxClasses) break;
  }
  std::sort(values.begin(), values.end(), std::greater<>());
  if (values.empty()) values.push_back(0);
  if (static_cast<int32_t>(values.size()) > BonusClasses::kMaxClasses) {
    classes.exact = false;  // one class, bounded by the largest bonus
    int64_t max_bonus = 0;
    for (int32_t i = 0; i < num_mentees; ++i) max_bonus = std::max(max_bonus, bonus[i]);
    values.assign(1, max_bonus);
  }
  classes.count = static_cast<int32_t>(values.size());
  if (classes.count == 1) return classes;
  classes.class_of.resize(num_mentees);
  for (int32_t i = 0; i < num_mentees; ++i) {
    classes.class_of[i] =
        static_cast<uint8_t>(std::find(values.begin(), values.end(), bonus[i]) - values.begin());
  }
  return classes;
}

}  // namespace tandem::matching::internal
