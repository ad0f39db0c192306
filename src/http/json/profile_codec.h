// JSON codec for mentoring profiles. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_PROFILE_CODEC_H_
#define TANDEM_HTTP_JSON_PROFILE_CODEC_H_

#include <string>

#include "app/me.h"
#include "domain/profile.h"
#include "http/json/reader.h"

namespace tandem::http::json {

struct ProfileInput {
  std::string name;
  domain::Profile profile;
};
// Profiles.
Json ProfileJson(const app::ProfileView& v);
Result<ProfileInput> DecodeProfileInput(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_PROFILE_CODEC_H_
