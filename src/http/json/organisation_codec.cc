#include "http/json/organisation_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

Json OrganisationJson(const domain::Organisation& o) {
  return {{"id", o.id},
          {"name", o.name},
          {"slug", o.slug},
          {"kind", domain::OrganisationKindName(o.kind)},
          {"created_at", TimeJson(o.created_at)}};
}

Json MemberJson(const domain::Member& m) {
  return {{"person_id", m.person_id},
          {"name", m.name},
          {"email", m.email},
          {"roles", RolesJson(m.roles)}};
}

Json TaxonomyTermJson(const domain::TaxonomyTerm& t) {
  return {{"id", t.id}, {"kind", domain::TaxonomyKindName(t.kind)}, {"label", t.label}};
}

}  // namespace tandem::http::json
