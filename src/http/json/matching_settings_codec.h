// JSON codec for a program's matching settings and coordinators' exclusions. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_MATCHING_SETTINGS_CODEC_H_
#define TANDEM_HTTP_JSON_MATCHING_SETTINGS_CODEC_H_

#include "domain/matching_settings.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MatchingSettingsJson(const domain::MatchingSettings& s);
Result<domain::MatchingSettings> DecodeMatchingSettings(const Json& body);
Json ExclusionJson(const domain::Exclusion& e);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MATCHING_SETTINGS_CODEC_H_
