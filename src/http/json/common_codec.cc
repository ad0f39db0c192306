#include "base/time.h"
#include "http/json/codecs.h"

namespace tandem::http::json {

Json TimeJson(Millis t) { return t == 0 ? Json(nullptr) : Json(FormatRfc3339(t)); }

Json RolesJson(const domain::RoleSet& roles) {
  Json out = Json::array();
  for (domain::Role r : roles) out.push_back(std::string(domain::RoleName(r)));
  return out;
}

std::optional<domain::RoleSet> ReadRoles(ObjectReader& r, const std::string& key, bool required) {
  auto names = r.StringArray(key, required);
  if (!names) return std::nullopt;
  domain::RoleSet roles;
  for (size_t i = 0; i < names->size(); ++i) {
    auto role = domain::ParseRole((*names)[i]);
    if (!role) {
      r.AddError(key + "[" + std::to_string(i) + "]",
                 "must be one of org_admin, coordinator, mentor, mentee");
      return std::nullopt;
    }
    roles.insert(*role);
  }
  return roles;
}

Json MeJson(const app::MeView& me) {
  Json memberships = Json::array();
  for (const auto& m : me.memberships)
    memberships.push_back({{"organisation_id", m.organisation_id},
                           {"organisation_name", m.organisation_name},
                           {"organisation_kind", domain::OrganisationKindName(m.organisation_kind)},
                           {"roles", RolesJson(m.roles)}});
  return {{"id", me.person.id},
          {"email", me.person.email},
          {"name", me.person.name},
          {"locale", me.person.locale},
          {"is_platform_admin", me.person.is_platform_admin},
          {"memberships", memberships}};
}

Json SessionInfoJson(const app::MeView& me, const std::string& csrf_token) {
  return {{"user", MeJson(me)}, {"csrf_token", csrf_token}};
}

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
