#include "http/json/common_codec.h"

namespace tandem::http::json {

Json DateJson(const std::string& date) { return date.empty() ? Json(nullptr) : Json(date); }

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

}  // namespace tandem::http::json
