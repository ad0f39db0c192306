// JSON codec for match rounds with their proposals and unmatched mentees. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_MATCH_ROUND_CODEC_H_
#define TANDEM_HTTP_JSON_MATCH_ROUND_CODEC_H_

#include "app/match_rounds.h"
#include "app/round_scope.h"
#include "domain/match_round.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MatchRoundJson(const domain::MatchRound& r);
Json RoundViewJson(const app::RoundView& v);
Result<app::RoundRequest> DecodeRoundRequest(const Json& body);
// A MenteeFilter read from `r` (a body of its own or a nested object); errors go to `r`.
domain::MenteeFilter ReadMenteeFilter(ObjectReader& r);
Result<domain::MenteeFilter> DecodeMenteeFilter(const Json& body);
// {count, mentee_ids, active_mentees, options}.
Json MenteeScopePreviewJson(const app::MenteeScopePreview& p);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MATCH_ROUND_CODEC_H_
