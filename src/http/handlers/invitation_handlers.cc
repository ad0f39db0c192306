#include "app/invitations.h"
#include "http/handlers/common.h"
#include "http/json/invitation_codec.h"
#include "http/json/me_codec.h"

namespace tandem::http {

void RegisterInvitationRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/invitations/{token}", [&ctx](RequestContext& rc) {
    return Respond(app::PreviewInvitation(ctx, rc.Param("token")), json::InvitationPreviewJson);
  });

  router.Add("POST", "/api/v1/invitations/{token}/accept", [&ctx](RequestContext& rc) {
    json::Json empty = json::Json::object();
    json::Json body = empty;
    if (!rc.request.body.empty()) {
      auto parsed = ParseJsonBody(rc);
      if (!parsed.ok()) return ProblemResponse(parsed.status());
      body = *parsed;
    }
    json::ObjectReader r(body);
    app::AcceptInput in;
    in.name = r.OptionalString("name", 1000);
    in.password = r.OptionalString("password", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    auto grant =
        app::AcceptInvitation(ctx, rc.caller, rc.Param("token"), in, rc.request.remote_address);
    if (!grant.ok()) return ProblemResponse(grant.status());
    if (!rc.session_token.empty()) (void)app::Logout(ctx, rc.session_token);
    HttpResponse resp = JsonResponse(200, json::SessionInfoJson(grant->me, grant->csrf_token));
    SetSessionCookies(resp, rc.request, grant->session_token, grant->csrf_token,
                      grant->expires_at - ctx.clock.Now());
    return resp;
  });

  router.Add("GET", "/api/v1/organisations/{org}/invitations", [&ctx](RequestContext& rc) {
    Millis now = ctx.clock.Now();
    return RespondPage(app::ListInvitations(ctx, rc.caller, rc.Param("org"), PageFrom(rc)),
                       [now](const domain::Invitation& i) { return json::InvitationJson(i, now); });
  });

  router.Add("POST", "/api/v1/organisations/{org}/invitations", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto req = json::DecodeInvitationRequest(*body);
    if (!req.ok()) return ProblemResponse(req.status());
    Millis now = ctx.clock.Now();
    return Respond(
        app::CreateInvitation(ctx, rc.caller, rc.Param("org"), *req),
        [now](const app::CreatedInvitation& c) {
          return json::InvitationJson(c.invitation, now, c.link);
        },
        201);
  });

  router.Add("DELETE", "/api/v1/organisations/{org}/invitations/{id}", [&ctx](RequestContext& rc) {
    return RespondStatus(app::RevokeInvitation(ctx, rc.caller, rc.Param("org"), rc.Param("id")));
  });
}

}  // namespace tandem::http
