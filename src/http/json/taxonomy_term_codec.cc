#include "http/json/taxonomy_term_codec.h"

#include "http/json/organisation_codec.h"

namespace tandem::http::json {

Json TermUsageJson(const app::TermUsage& u) {
  return {{"term", TaxonomyTermJson(u.term)}, {"profiles", u.profiles}};
}

}  // namespace tandem::http::json
