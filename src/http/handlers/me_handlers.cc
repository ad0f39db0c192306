#include "app/me.h"
#include "http/handlers/common.h"
#include "http/json/me_codec.h"
#include "http/json/profile_codec.h"
#include "http/json/program_codec.h"

namespace tandem::http {

void RegisterMeRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/me", [&ctx](RequestContext& rc) {
    return Respond(app::GetMe(ctx, rc.caller), json::MeJson);
  });

  router.Add("PATCH", "/api/v1/me", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto name = r.OptionalString("name", 1000);
    auto locale = r.OptionalString("locale", 100);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::UpdateMe(ctx, rc.caller, name, locale), json::MeJson);
  });

  router.Add("GET", "/api/v1/me/profile", [&ctx](RequestContext& rc) {
    return Respond(app::GetMyProfile(ctx, rc.caller), json::ProfileJson);
  });

  router.Add("PUT", "/api/v1/me/profile", [&ctx](RequestContext& rc) {
    if (rc.caller.anonymous()) return ProblemResponse(Unauthenticated("Sign in to continue."));
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto input = json::DecodeProfileInput(*body);
    if (!input.ok()) return ProblemResponse(input.status());
    return Respond(app::PutMyProfile(ctx, rc.caller, input->name, input->profile),
                   json::ProfileJson);
  });

  router.Add("GET", "/api/v1/me/enrollments", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListMyEnrollments(ctx, rc.caller, PageFrom(rc)), json::EnrollmentJson);
  });
}

}  // namespace tandem::http
