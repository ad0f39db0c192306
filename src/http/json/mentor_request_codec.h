// JSON codec for mentees' requests to mentors. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_MENTOR_REQUEST_CODEC_H_
#define TANDEM_HTTP_JSON_MENTOR_REQUEST_CODEC_H_

#include "app/mentor_requests.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json RequestViewJson(const app::RequestView& v);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MENTOR_REQUEST_CODEC_H_
