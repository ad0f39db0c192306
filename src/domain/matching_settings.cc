#include "domain/matching_settings.h"

namespace tandem::domain {

Status ValidateMatchingSettings(const MatchingSettings& s) {
  static constexpr std::string_view kCriteria[] = {
      "skills",    "interests",    "goals",
      "background", "language",    "time_zone",
      "availability", "outside_organisation", "experience_gap"};
  static constexpr std::string_view kPriorities[] = {"must", "high", "medium", "low", "ignore"};
  std::vector<FieldError> errs;
  for (size_t i = 0; i < s.priorities.size(); ++i) {
    const auto& [c, p] = s.priorities[i];
    bool known_c = false, known_p = false;
    for (auto k : kCriteria) known_c |= k == c;
    for (auto k : kPriorities) known_p |= k == p;
    if (!known_c) errs.push_back({"priorities." + c, "is not a known criterion"});
    else if (!known_p)
      errs.push_back({"priorities." + c, "must be one of must, high, medium, low, ignore"});
  }
  if (s.max_mentors_per_mentee < 1 || s.max_mentors_per_mentee > 10)
    errs.push_back({"max_mentors_per_mentee", "must be between 1 and 10"});
  if (s.request_expiry_days < 1 || s.request_expiry_days > 90)
    errs.push_back({"request_expiry_days", "must be between 1 and 90"});
  if (s.priority_field.empty() != s.priority_value.empty())
    errs.push_back({"priority_value", "is required together with priority_field"});
  if (!errs.empty()) return InvalidArgument("The matching settings have invalid fields.", errs);
  return Status::Ok();
}

}  // namespace tandem::domain
