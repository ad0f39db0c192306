// JSON codec for the signed-in person (me) and the session. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_ME_CODEC_H_
#define TANDEM_HTTP_JSON_ME_CODEC_H_

#include <string>

#include "app/me.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// Auth and me.
Json MeJson(const app::MeView& me);
Json SessionInfoJson(const app::MeView& me, const std::string& csrf_token);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_ME_CODEC_H_
