// JSON for the swap dialog's mentor alternatives (app/round_alternatives.h).
#ifndef TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_
#define TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_

#include "app/round_alternatives.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MentorAlternativeJson(const app::MentorAlternative& a);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_ROUND_ALTERNATIVE_CODEC_H_
