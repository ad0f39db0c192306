// JSON codec for recommended mentors and their reasons. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_
#define TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_

#include "app/recommendations.h"
#include "http/json/reader.h"
#include "matching/scoring/scorer.h"

namespace tandem::http::json {

Json RecommendationJson(const app::Recommendation& r);
// A page of them (api/openapi.yaml: RecommendationPage): the page, and the matches a mentee who
// may take no other mentor holds ("matched", empty otherwise).
Json RecommendationPageJson(const app::RecommendationPage& page);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_RECOMMENDATION_CODEC_H_
