#include "app/auth.h"
#include "app/me.h"
#include "http/handlers/common.h"
#include "http/json/me_codec.h"

namespace tandem::http {

namespace {

HttpResponse GrantResponse(const Result<app::SessionGrant>& grant, const HttpRequest& req,
                           const app::Context& ctx) {
  if (!grant.ok()) return ProblemResponse(grant.status());
  HttpResponse r = JsonResponse(200, json::SessionInfoJson(grant->me, grant->csrf_token));
  SetSessionCookies(r, req, grant->session_token, grant->csrf_token,
                    grant->expires_at - ctx.clock.Now());
  return r;
}

}  // namespace

void RegisterAuthRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/auth/session", [&ctx](RequestContext& rc) {
    if (rc.caller.anonymous()) {
      HttpResponse r = ProblemResponse(Unauthenticated("You are not signed in."));
      if (rc.request.Cookie(kCsrfCookie).empty()) SetCsrfCookie(r, rc.request, ctx.tokens.NewToken());
      return r;
    }
    auto me = app::GetMe(ctx, rc.caller);
    if (!me.ok()) return ProblemResponse(me.status());
    HttpResponse r = JsonResponse(200, json::SessionInfoJson(*me, rc.csrf_token));
    if (rc.request.Cookie(kCsrfCookie) != rc.csrf_token) SetCsrfCookie(r, rc.request, rc.csrf_token);
    return r;
  });

  router.Add("POST", "/api/v1/auth/login", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto email = r.String("email", 1000);
    auto password = r.String("password", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    // A fresh session id at every sign-in; the old one (if any) ends.
    if (!rc.session_token.empty()) (void)app::Logout(ctx, rc.session_token);
    return GrantResponse(app::Login(ctx, *email, *password, rc.request.remote_address),
                         rc.request, ctx);
  });

  router.Add("POST", "/api/v1/auth/logout", [&ctx](RequestContext& rc) {
    Status s = app::Logout(ctx, rc.session_token);
    if (!s.ok()) return ProblemResponse(s);
    HttpResponse r = NoContent();
    ClearSessionCookie(r, rc.request);
    SetCsrfCookie(r, rc.request, ctx.tokens.NewToken());
    return r;
  });

  router.Add("POST", "/api/v1/auth/password-reset", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto email = r.String("email", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    Status s = app::RequestPasswordReset(ctx, *email, rc.request.remote_address);
    if (!s.ok()) return ProblemResponse(s);
    return JsonResponse(202, {{"status", "accepted"},
                              {"detail", "If an account exists for that email, a reset link "
                                         "is on its way."}});
  });

  router.Add("POST", "/api/v1/auth/password-reset/confirm", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto token = r.String("token", 1000);
    auto password = r.String("password", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return RespondStatus(app::ConfirmPasswordReset(ctx, *token, *password));
  });
}

}  // namespace tandem::http
