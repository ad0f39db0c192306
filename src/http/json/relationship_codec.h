// JSON codec for relationships. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_RELATIONSHIP_CODEC_H_
#define TANDEM_HTTP_JSON_RELATIONSHIP_CODEC_H_

#include "app/relationships.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json RelationshipViewJson(const app::RelationshipView& v);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_RELATIONSHIP_CODEC_H_
