#include "app/matching_settings.h"
#include "http/handlers/common.h"
#include "http/json/matching_settings_codec.h"

namespace tandem::http {

void RegisterMatchingSettingsRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";

  router.Add("GET", program + "/matching/settings", [&ctx](RequestContext& rc) {
    return Respond(app::GetMatchingSettings(ctx, rc.caller, rc.Param("org"), rc.Param("id")),
                   json::MatchingSettingsJson);
  });
  router.Add("PUT", program + "/matching/settings", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto s = json::DecodeMatchingSettings(*body);
    if (!s.ok()) return ProblemResponse(s.status());
    return Respond(app::PutMatchingSettings(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *s),
                   json::MatchingSettingsJson);
  });

  router.Add("GET", program + "/matching/exclusions", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListExclusions(ctx, rc.caller, rc.Param("org"), rc.Param("id"), PageFrom(rc)),
        json::ExclusionJson);
  });
  router.Add("POST", program + "/matching/exclusions", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto mentee = r.String("mentee_id", 200);
    auto mentor = r.String("mentor_id", 200);
    std::string reason = r.OptionalString("reason", 10000).value_or("");
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::AddExclusion(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *mentee,
                                     *mentor, reason),
                   json::ExclusionJson, 201);
  });
  router.Add("DELETE", program + "/matching/exclusions/{mentee}/{mentor}",
             [&ctx](RequestContext& rc) {
               return RespondStatus(app::RemoveExclusion(ctx, rc.caller, rc.Param("org"),
                                                         rc.Param("id"), rc.Param("mentee"),
                                                         rc.Param("mentor")));
             });
}

}  // namespace tandem::http
