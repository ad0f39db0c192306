#include "matching/scoring/criteria.h"

namespace tandem::matching {

std::string_view CriterionName(Criterion c) {
  switch (c) {
    case Criterion::kSkills: return "skills";
    case Criterion::kInterests: return "interests";
    case Criterion::kGoals: return "goals";
    case Criterion::kBackground: return "background";
    case Criterion::kLanguage: return "language";
    case Criterion::kTimeZone: return "time_zone";
    case Criterion::kAvailability: return "availability";
    case Criterion::kOutside: return "outside_organisation";
    case Criterion::kExperienceGap: return "experience_gap";
  }
  return "";
}

std::optional<Criterion> ParseCriterion(std::string_view s) {
  for (Criterion c : kAllCriteria)
    if (CriterionName(c) == s) return c;
  return std::nullopt;
}

std::string_view PriorityName(Priority p) {
  switch (p) {
    case Priority::kIgnore: return "ignore";
    case Priority::kLow: return "low";
    case Priority::kMedium: return "medium";
    case Priority::kHigh: return "high";
    case Priority::kMust: return "must";
  }
  return "";
}

std::optional<Priority> ParsePriority(std::string_view s) {
  for (Priority p : {Priority::kIgnore, Priority::kLow, Priority::kMedium, Priority::kHigh,
                     Priority::kMust})
    if (PriorityName(p) == s) return p;
  return std::nullopt;
}

int Multiplier(Priority p) {
  switch (p) {
    case Priority::kIgnore: return 0;
    case Priority::kLow: return 1;
    case Priority::kMedium: return 2;
    case Priority::kHigh:
    case Priority::kMust: return 3;
  }
  return 0;
}

int BasePoints(Criterion c) {
  // Sum over all criteria = 333, so all-high (x3) tops out near 1000.
  switch (c) {
    case Criterion::kSkills: return 80;
    case Criterion::kGoals: return 60;
    case Criterion::kInterests: return 40;
    case Criterion::kBackground: return 30;
    case Criterion::kLanguage: return 30;
    case Criterion::kTimeZone: return 25;
    case Criterion::kAvailability: return 25;
    case Criterion::kOutside: return 18;
    case Criterion::kExperienceGap: return 25;
  }
  return 0;
}

CriteriaWeights CriteriaWeights::DefaultsFor(std::string_view type) {
  CriteriaWeights w;
  w.Set(Criterion::kLanguage, Priority::kMust);
  w.Set(Criterion::kSkills, Priority::kHigh);
  w.Set(Criterion::kGoals, Priority::kHigh);
  w.Set(Criterion::kInterests, Priority::kMedium);
  w.Set(Criterion::kBackground, Priority::kMedium);
  w.Set(Criterion::kTimeZone, Priority::kLow);
  w.Set(Criterion::kAvailability, Priority::kLow);
  w.Set(Criterion::kOutside, Priority::kMedium);
  w.Set(Criterion::kExperienceGap, Priority::kLow);
  if (type == "flash") {  // one conversation: the skill and being available matter most
    w.Set(Criterion::kGoals, Priority::kMedium);
    w.Set(Criterion::kBackground, Priority::kLow);
    w.Set(Criterion::kAvailability, Priority::kHigh);
    w.Set(Criterion::kTimeZone, Priority::kMedium);
  } else if (type == "peer") {  // peers: shared interests and goals, no seniority
    w.Set(Criterion::kInterests, Priority::kHigh);
    w.Set(Criterion::kSkills, Priority::kMedium);
    w.Set(Criterion::kExperienceGap, Priority::kIgnore);
  } else if (type == "group") {
    w.Set(Criterion::kTimeZone, Priority::kMedium);
  }
  return w;
}

}  // namespace tandem::matching
