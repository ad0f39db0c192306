#include "http/json/matching_settings_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

Json MatchingSettingsJson(const domain::MatchingSettings& s) {
  Json priorities = Json::object();
  for (const auto& [c, p] : s.priorities) priorities[c] = p;
  return {{"program_id", s.program_id},
          {"priorities", priorities},
          {"max_mentors_per_mentee", s.max_mentors_per_mentee},
          {"require_acceptance", s.require_acceptance},
          {"request_expiry_days", s.request_expiry_days},
          {"priority_field", s.priority_field.empty() ? Json(nullptr) : Json(s.priority_field)},
          {"priority_value", s.priority_value.empty() ? Json(nullptr) : Json(s.priority_value)}};
}

Result<domain::MatchingSettings> DecodeMatchingSettings(const Json& body) {
  ObjectReader r(body);
  domain::MatchingSettings s;
  r.Object("priorities", true, [&](ObjectReader& p) {
    // Every key is a criterion name; unknown ones are reported by validation.
    for (auto it = body["priorities"].begin(); it != body["priorities"].end(); ++it) {
      if (auto v = p.String(it.key(), 100)) s.priorities.push_back({it.key(), *v});
    }
  });
  if (auto v = r.Int("max_mentors_per_mentee")) s.max_mentors_per_mentee = static_cast<int>(std::clamp<long long>(*v, -1, 1000));
  if (auto v = r.Bool("require_acceptance")) s.require_acceptance = *v;
  if (auto v = r.Int("request_expiry_days")) s.request_expiry_days = static_cast<int>(std::clamp<long long>(*v, -1, 100000));
  if (auto v = r.NullableString("priority_field")) s.priority_field = v->value_or("");
  if (auto v = r.NullableString("priority_value")) s.priority_value = v->value_or("");
  r.OptionalString("program_id");  // echoed back from GET; the path decides
  RETURN_IF_ERROR(r.Finish());
  return s;
}

Json ExclusionJson(const domain::Exclusion& e) {
  return {{"mentee_id", e.mentee_id},
          {"mentor_id", e.mentor_id},
          {"reason", e.reason},
          {"created_at", TimeJson(e.created_at)}};
}

}  // namespace tandem::http::json
