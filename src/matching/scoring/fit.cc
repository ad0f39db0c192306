#include "matching/scoring/fit.h"

#include "matching/scoring/points.h"

namespace tandem::matching {

int MaxScoreFor(const CriteriaWeights& weights, const Corpus* corpus,
                const MenteeFeatures& mentee) {
  int total = 0;
  for (Criterion c : kAllCriteria) {
    const Priority p = weights.Get(c);
    if (p == Priority::kIgnore) continue;
    bool applies = true;
    switch (c) {
      case Criterion::kSkills:
        applies = !mentee.learn.empty();
        break;
      case Criterion::kInterests:
        applies = !mentee.interests.empty();
        break;
      case Criterion::kBackground:
        applies = !mentee.wishes.empty();
        break;
      case Criterion::kGoals:
        applies = corpus != nullptr && mentee.text_doc >= 0 &&
                  !corpus->Vector(mentee.text_doc).terms.empty();
        break;
      case Criterion::kLanguage:
        applies = !mentee.languages.empty();
        break;
      case Criterion::kOutside:
        applies = mentee.wants_outside;
        break;
      case Criterion::kTimeZone:
      case Criterion::kAvailability:
      case Criterion::kExperienceGap:
        break;
    }
    if (applies) total += points::Points(1.0, c, p);
  }
  return total;
}

Fit FitOf(int score, int max_score) {
  if (max_score <= 0 || score <= 0) return Fit::kFair;
  // Integer shares in percent, so the boundaries are exact.
  const long long percent = 100LL * score / max_score;
  if (percent >= 60) return Fit::kExcellent;
  if (percent >= 45) return Fit::kStrong;
  if (percent >= 30) return Fit::kGood;
  return Fit::kFair;
}

std::string_view FitName(Fit fit) {
  switch (fit) {
    case Fit::kExcellent:
      return "excellent";
    case Fit::kStrong:
      return "strong";
    case Fit::kGood:
      return "good";
    case Fit::kFair:
      return "fair";
  }
  return "fair";
}

}  // namespace tandem::matching
