#include "http/json/audit_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

namespace {

Json NullableString(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

}  // namespace

Json AuditEntryJson(const domain::AuditEntry& e) {
  Json params = Json::object();
  for (const auto& [k, v] : e.params) params[k] = v;
  Json actor = nullptr;
  if (!e.actor_id.empty()) actor = {{"person_id", e.actor_id}, {"name", e.actor_name}};
  Json subject = nullptr;
  if (!e.subject_id.empty()) subject = {{"person_id", e.subject_id}, {"name", e.subject_name}};
  return {{"id", e.id},
          {"organisation_id", NullableString(e.organisation_id)},
          {"action", domain::AuditActionName(e.action)},
          {"actor", actor},
          {"subject", subject},
          {"params", params},
          {"created_at", TimeJson(e.created_at)}};
}

}  // namespace tandem::http::json
