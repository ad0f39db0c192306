#include "http/json/match_round_codec.h"

#include <algorithm>

#include "http/json/common_codec.h"
#include "http/json/reason_codec.h"

namespace tandem::http::json {

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
                         {"reasons", ReasonsJson(p.proposal.reasons)},
                         {"locked", p.proposal.locked}});
  for (const auto& u : v.unmatched)
    unmatched.push_back({{"mentee_id", u.unmatched.mentee_id},
                         {"mentee_name", u.mentee_name},
                         {"reason_id", u.unmatched.reason_id},
                         {"params", ReasonParamsJson(u.unmatched.params)}});
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
  r.Object("mentee_filter", false, [&](ObjectReader& f) {
    req.mentee_filter = ReadMenteeFilter(f);
    f.CheckUnknown();
  });
  if (auto v = r.OptionalInt("candidates_per_mentee"))
    req.candidates_per_mentee = static_cast<int>(std::clamp<long long>(*v, -1, 100000));
  RETURN_IF_ERROR(r.Finish());
  return req;
}

domain::MenteeFilter ReadMenteeFilter(ObjectReader& r) {
  domain::MenteeFilter f;
  auto list = [&](const char* key, std::vector<std::string>& out) {
    auto v = r.StringArray(key, false);
    if (!v) return;
    if (v->size() > 100) return r.AddError(key, "must have at most 100 values");
    for (const auto& s : *v)
      if (s.size() > 200) return r.AddError(key, "values must be at most 40 characters");
    out = std::move(*v);
  };
  list("grades", f.grades);
  list("groups", f.groups);
  list("languages", f.languages);
  if (auto v = r.OptionalBool("first_generation")) f.first_generation = *v;
  return f;
}

Result<domain::MenteeFilter> DecodeMenteeFilter(const Json& body) {
  ObjectReader r(body);
  domain::MenteeFilter f = ReadMenteeFilter(r);
  RETURN_IF_ERROR(r.Finish());
  return f;
}

Json MenteeScopePreviewJson(const app::MenteeScopePreview& p) {
  return {{"count", p.mentee_ids.size()},
          {"mentee_ids", p.mentee_ids},
          {"active_mentees", p.active_mentees},
          {"options",
           {{"grades", p.options.grades},
            {"groups", p.options.groups},
            {"languages", p.options.languages}}}};
}

}  // namespace tandem::http::json
