// JSON codec for organisations, their members and taxonomy terms. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_ORGANISATION_CODEC_H_
#define TANDEM_HTTP_JSON_ORGANISATION_CODEC_H_

#include "domain/organisation.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// Organisations.
Json OrganisationJson(const domain::Organisation& o);
Json MemberJson(const domain::Member& m);
Json TaxonomyTermJson(const domain::TaxonomyTerm& t);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_ORGANISATION_CODEC_H_
