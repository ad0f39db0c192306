// JSON pieces every codec shares: instants, role sets. The codecs turn domain and use-case
// values into the wire format of api/openapi.yaml and decode request bodies strictly; ids travel
// as strings, instants as RFC 3339 UTC strings. Pure functions; thread-safe.
#ifndef TANDEM_HTTP_JSON_COMMON_CODEC_H_
#define TANDEM_HTTP_JSON_COMMON_CODEC_H_

#include <optional>
#include <string>

#include "base/time.h"
#include "domain/access.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json TimeJson(Millis t);  // null when 0
Json DateJson(const std::string& date);  // a calendar date "YYYY-MM-DD"; null when empty
Json RolesJson(const domain::RoleSet& roles);
// Reads an array of role names; records errors in r.
std::optional<domain::RoleSet> ReadRoles(ObjectReader& r, const std::string& key, bool required);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_COMMON_CODEC_H_
