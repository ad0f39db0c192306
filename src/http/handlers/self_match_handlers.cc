#include "app/self_match.h"
#include "http/handlers/common.h"
#include "http/json/matching_codec.h"

namespace tandem::http {

void RegisterSelfMatchRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";

  router.Add("GET", program + "/recommendations", [&ctx](RequestContext& rc) {
    app::RecommendationFilter f;
    f.language = rc.request.Query("language");
    f.skill = rc.request.Query("skill");
    std::string outside = rc.request.Query("outside");
    if (!outside.empty() && outside != "true" && outside != "false")
      return ProblemResponse(FieldInvalid("outside", "must be true or false"));
    f.outside_only = outside == "true";
    return RespondPage(
        app::RecommendMentors(ctx, rc.caller, rc.Param("org"), rc.Param("id"), f, PageFrom(rc)),
        json::RecommendationJson);
  });

  router.Add("GET", program + "/requests", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListMyRequests(ctx, rc.caller, rc.Param("org"), rc.Param("id"), PageFrom(rc)),
        json::RequestViewJson);
  });
  router.Add("POST", program + "/requests", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto mentor = r.String("mentor_id", 200);
    std::string message = r.OptionalString("message", 100000).value_or("");
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::RequestMentor(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *mentor,
                                      message),
                   json::RequestViewJson, 201);
  });

  const std::string request = "/api/v1/organisations/{org}/requests/{request}";
  router.Add("POST", request + "/accept", [&ctx](RequestContext& rc) {
    return Respond(app::RespondToRequest(ctx, rc.caller, rc.Param("org"), rc.Param("request"),
                                         true, ""),
                   json::RequestViewJson);
  });
  router.Add("POST", request + "/decline", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto reason = r.String("reason", 10000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::RespondToRequest(ctx, rc.caller, rc.Param("org"), rc.Param("request"),
                                         false, *reason),
                   json::RequestViewJson);
  });
  router.Add("POST", request + "/withdraw", [&ctx](RequestContext& rc) {
    return Respond(app::WithdrawRequest(ctx, rc.caller, rc.Param("org"), rc.Param("request")),
                   json::RequestViewJson);
  });

  router.Add("GET", "/api/v1/me/requests", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListIncomingRequests(ctx, rc.caller, PageFrom(rc)),
                       json::RequestViewJson);
  });
  router.Add("GET", "/api/v1/me/relationships", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListMyRelationships(ctx, rc.caller, PageFrom(rc)),
                       json::RelationshipViewJson);
  });
  for (auto [verb, accept] : {std::pair{"accept", true}, std::pair{"decline", false}}) {
    router.Add("POST", "/api/v1/organisations/{org}/relationships/{relationship}/" + std::string(verb),
               [&ctx, accept = accept](RequestContext& rc) {
                 return Respond(app::RespondToRelationship(ctx, rc.caller, rc.Param("org"),
                                                           rc.Param("relationship"), accept),
                                json::RelationshipViewJson);
               });
  }
  router.Add("GET", "/api/v1/me/notifications", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListMyNotifications(ctx, rc.caller, PageFrom(rc)),
                       json::NotificationJson);
  });
  router.Add("POST", "/api/v1/me/notifications/{id}/read", [&ctx](RequestContext& rc) {
    return RespondStatus(app::MarkNotificationRead(ctx, rc.caller, rc.Param("id")));
  });
}

}  // namespace tandem::http
