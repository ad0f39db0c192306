// How well a mentor fits a mentee, in plain words: the pair's score as a share of the most this
// mentee can earn under the program's weights (a criterion counts only when the mentee gave
// something it can match: skills to learn, interests, wishes, goals text, languages, the wish
// for an outside mentor). The app words the Fit ("strong fit"); the points stay on demand.
#ifndef TANDEM_MATCHING_SCORING_FIT_H_
#define TANDEM_MATCHING_SCORING_FIT_H_

#include <string_view>

#include "matching/scoring/criteria.h"
#include "matching/scoring/scorer.h"
#include "matching/scoring/text_similarity.h"

namespace tandem::matching {

enum class Fit { kExcellent, kStrong, kGood, kFair };

// The most points `mentee` can earn with any mentor under `weights` (0 when nothing applies).
int MaxScoreFor(const CriteriaWeights& weights, const Corpus* corpus, const MenteeFeatures& mentee);

// Share of the maximum: at least 60% excellent, 45% strong, 30% good, below that fair (also
// when the maximum is 0).
Fit FitOf(int score, int max_score);

std::string_view FitName(Fit fit);  // "excellent", "strong", "good", "fair"

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_FIT_H_
