#include "http/json/me_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

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

}  // namespace tandem::http::json
