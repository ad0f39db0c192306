// JSON codecs for matching: settings, exclusions, match rounds, recommendations, requests,
// relationships and notifications. Pure functions; thread-safe.
#ifndef TANDEM_HTTP_JSON_MATCHING_CODEC_H_
#define TANDEM_HTTP_JSON_MATCHING_CODEC_H_

#include "app/match_rounds.h"
#include "app/self_match.h"
#include "domain/relationship.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MatchingSettingsJson(const domain::MatchingSettings& s);
Result<domain::MatchingSettings> DecodeMatchingSettings(const Json& body);
Json ExclusionJson(const domain::Exclusion& e);
Json MatchRoundJson(const domain::MatchRound& r);
Json RoundViewJson(const app::RoundView& v);
Result<app::RoundRequest> DecodeRoundRequest(const Json& body);
Json ExplanationJson(const matching::Explanation& e);
Json RecommendationJson(const app::Recommendation& r);
Json RequestViewJson(const app::RequestView& v);
Json RelationshipViewJson(const app::RelationshipView& v);
Json NotificationJson(const domain::Notification& n);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MATCHING_CODEC_H_
