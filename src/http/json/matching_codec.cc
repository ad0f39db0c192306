#include "http/json/matching_codec.h"

#include "http/json/codecs.h"

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

Json MatchRoundJson(const domain::MatchRound& r) {
  return {{"id", r.id},
          {"program_id", r.program_id},
          {"objective", domain::ObjectiveName(r.objective)},
          {"status", domain::RoundStatusName(r.status)},
          {"mentee_ids", r.mentee_scope},
          {"mentor_ids", r.mentor_scope},
          {"created_at", TimeJson(r.created_at)},
          {"published_at", TimeJson(r.published_at)},
          {"total_score", r.total_score},
          {"matched", r.matched},
          {"unmatched", r.unmatched},
          {"priority_cost", r.priority_cost},
          {"candidates_per_mentee", r.candidates_per_mentee}};
}

Json RoundViewJson(const app::RoundView& v) {
  Json out = MatchRoundJson(v.round);
  Json proposals = Json::array(), unmatched = Json::array();
  for (const auto& p : v.proposals)
    proposals.push_back({{"mentee_id", p.proposal.mentee_id},
                         {"mentee_name", p.mentee_name},
                         {"mentor_id", p.proposal.mentor_id},
                         {"mentor_name", p.mentor_name},
                         {"score", p.proposal.score},
                         {"explanation", p.proposal.explanation},
                         {"locked", p.proposal.locked}});
  for (const auto& u : v.unmatched)
    unmatched.push_back({{"mentee_id", u.unmatched.mentee_id},
                         {"mentee_name", u.mentee_name},
                         {"reason", u.unmatched.reason}});
  out["proposals"] = proposals;
  out["unmatched_mentees"] = unmatched;
  return out;
}

Result<app::RoundRequest> DecodeRoundRequest(const Json& body) {
  ObjectReader r(body);
  app::RoundRequest req;
  if (auto v = r.OptionalString("objective")) {
    if (auto o = domain::ParseObjective(*v)) req.objective = *o;
    else r.AddError("objective", "must be score or coverage");
  }
  if (auto v = r.StringArray("mentee_ids", false)) req.mentee_scope = *v;
  if (auto v = r.StringArray("mentor_ids", false)) req.mentor_scope = *v;
  if (auto v = r.OptionalInt("candidates_per_mentee"))
    req.candidates_per_mentee = static_cast<int>(std::clamp<long long>(*v, -1, 100000));
  RETURN_IF_ERROR(r.Finish());
  return req;
}

Json ExplanationJson(const matching::Explanation& e) {
  Json parts = Json::array();
  for (const auto& c : e.contributions) {
    if (c.hidden) continue;  // never named to a participant (Contribution::hidden)
    parts.push_back({{"criterion", matching::CriterionName(c.criterion)},
                     {"points", c.points},
                     {"reason", c.reason}});
  }
  return {{"text", e.Text()}, {"contributions", parts}};
}

Json RecommendationJson(const app::Recommendation& r) {
  return {{"mentor_id", r.mentor_id},
          {"name", r.name},
          {"headline", r.headline},
          {"score", r.score},
          {"explanation", ExplanationJson(r.explanation)},
          {"remaining_capacity", r.remaining_capacity},
          {"outside_organisation", r.outside},
          {"requested", r.requested}};
}

Json RequestViewJson(const app::RequestView& v) {
  const auto& r = v.request;
  return {{"id", r.id},
          {"organisation_id", r.organisation_id},
          {"program_id", r.program_id},
          {"program_name", v.program_name},
          {"mentee_id", r.mentee_id},
          {"mentee_name", v.mentee_name},
          {"mentor_id", r.mentor_id},
          {"mentor_name", v.mentor_name},
          {"message", r.message},
          {"status", domain::RequestStatusName(v.effective_status)},
          {"decline_reason", r.decline_reason},
          {"score", r.score},
          {"explanation", r.explanation},
          {"mentor_explanation", r.mentor_explanation},
          {"created_at", TimeJson(r.created_at)},
          {"expires_at", TimeJson(r.expires_at)},
          {"decided_at", TimeJson(r.decided_at)}};
}

Json RelationshipViewJson(const app::RelationshipView& v) {
  const auto& r = v.relationship;
  return {{"id", r.id},
          {"organisation_id", r.organisation_id},
          {"program_id", r.program_id},
          {"program_name", v.program_name},
          {"mentee_id", r.mentee_id},
          {"mentee_name", v.mentee_name},
          {"mentor_id", r.mentor_id},
          {"mentor_name", v.mentor_name},
          {"status", domain::RelationshipStatusName(r.status)},
          {"source", domain::RelationshipSourceName(r.source)},
          {"mentee_accepted", r.mentee_accepted},
          {"mentor_accepted", r.mentor_accepted},
          {"score", r.score},
          {"explanation", r.explanation},
          {"mentor_explanation", r.mentor_explanation},
          {"end_reason", r.end_reason},
          {"created_at", TimeJson(r.created_at)}};
}

Json NotificationJson(const domain::Notification& n) {
  return {{"id", n.id},
          {"organisation_id", n.organisation_id},
          {"kind", n.kind},
          {"text", n.text},
          {"link", n.link},
          {"created_at", TimeJson(n.created_at)},
          {"read", n.read_at != 0}};
}

}  // namespace tandem::http::json
