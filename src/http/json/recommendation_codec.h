// JSON codec for recommended mentors and their reasons. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_
#define TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_

#include "app/recommendations.h"
#include "http/json/reader.h"
#include "matching/scoring/scorer.h"

namespace tandem::http::json {

Json RecommendationJson(const app::Recommendation& r);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_
