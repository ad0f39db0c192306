// JSON codec for a taxonomy term's usage. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_TAXONOMY_TERM_CODEC_H_
#define TANDEM_HTTP_JSON_TAXONOMY_TERM_CODEC_H_

#include "app/taxonomy_terms.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json TermUsageJson(const app::TermUsage& u);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_TAXONOMY_TERM_CODEC_H_
