#include "app/mentor_requests.h"
#include "http/handlers/common.h"
#include "http/json/mentor_request_codec.h"

namespace tandem::http {

void RegisterMentorRequestRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";

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
}

}  // namespace tandem::http
