// The per-criterion formulas the scorer uses, shared with the candidate index (which needs the
// same numbers to bound a pair's score without scoring it). Internal to the scoring library.
#ifndef TANDEM_MATCHING_SCORING_POINTS_H_
#define TANDEM_MATCHING_SCORING_POINTS_H_

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "matching/scoring/criteria.h"
#include "matching/scoring/scorer.h"

namespace tandem::matching::points {

// How well a mentor at `level` covers a need from current to target: a mentor above the
// target covers the gap best, one at the target almost as well, one between current and
// target partly, one at or below the current level not at all.
inline double Coverage(const SkillNeed& need, int level) {
  if (level > need.target_level) return 1.0;
  if (level == need.target_level) return 0.85;
  if (level <= need.current_level) return 0.0;
  double gap = std::max(1, need.target_level - need.current_level);
  return 0.6 * (level - need.current_level) / gap;
}

// Number of ids in both sorted lists.
inline int CountShared(const std::vector<int>& a, const std::vector<int>& b) {
  int n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j])
      ++i;
    else if (a[i] > b[j])
      ++j;
    else
      ++n, ++i, ++j;
  }
  return n;
}

// How far apart two clocks are, in minutes, 0..720 (a day wraps around: UTC+14 and UTC-10
// show the same time of day).
inline int ClockDifferenceMinutes(int offset_a, int offset_b) {
  int diff = std::abs(offset_a - offset_b) % (24 * 60);
  return std::min(diff, 24 * 60 - diff);
}

// Waking hours 08:00-21:00 local; the overlap of the two windows in minutes, 0..780.
inline int WakingOverlapMinutes(int offset_a, int offset_b) {
  return std::max(0, 13 * 60 - ClockDifferenceMinutes(offset_a, offset_b));
}

// The same over both instants of UtcOffsets: the mean of the two overlaps, rounded down, so a
// pair that drifts an hour apart for half the year loses half an hour of overlap.
inline int WakingOverlapMinutes(const UtcOffsets& a, const UtcOffsets& b) {
  return (WakingOverlapMinutes(a.now, b.now) + WakingOverlapMinutes(a.later, b.later)) / 2;
}

// Experience gap: best when the mentor is 1 to 3 levels ahead.
inline double ExperienceFraction(double mentee, double mentor) {
  double gap = mentor - mentee;
  return gap < 0 ? 0.0 : gap < 1 ? gap : gap <= 3 ? 1.0 : std::max(0.0, 1 - (gap - 3));
}

// Interests: shared ones out of the mentee's first three.
inline double InterestFraction(int shared, int mentee_interests) {
  return static_cast<double>(shared) / std::max(1, std::min(3, mentee_interests));
}

// Cosine of short texts rarely passes 0.5; scale so 0.5 counts as a full match.
inline double GoalsFraction(double cosine) { return cosine * 2.0; }

inline double AvailabilityFraction(int mentee_hours, int mentor_hours) {
  return mentor_hours / static_cast<double>(std::max(1, mentee_hours));
}

inline int Points(double fraction, Criterion c, Priority p) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  return static_cast<int>(std::lround(fraction * BasePoints(c) * Multiplier(p)));
}

}  // namespace tandem::matching::points

#endif  // TANDEM_MATCHING_SCORING_POINTS_H_
