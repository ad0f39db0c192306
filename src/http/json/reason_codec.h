// JSON codec for reasons (base/reason.h): {"id", "points", "params"}, params an object of
// numbers, strings and lists of strings. The web app words them in the reader's language and
// from the reader's side. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_REASON_CODEC_H_
#define TANDEM_HTTP_JSON_REASON_CODEC_H_

#include <vector>

#include "base/reason.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json ReasonParamsJson(const ReasonParams& params);
Json ReasonsJson(const std::vector<Reason>& reasons);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_REASON_CODEC_H_
