#include "http/api.h"

#include <spdlog/spdlog.h>

#include "app/auth.h"
#include "base/strings.h"
#include "http/access_log.h"
#include "http/errors.h"
#include "http/handlers/common.h"

namespace tandem::http {

namespace {

bool IsApiPath(const std::string& path) {
  // /calendar/<secret>.ics: a person's calendar feed (app/calendar_feeds.h).
  return path.rfind("/api/", 0) == 0 || path == "/api" || path == "/healthz" || path == "/readyz" ||
         path.rfind("/calendar/", 0) == 0;
}

bool IsUnsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

HttpResponse CsrfProblem() {
  return Problem(403, "csrf", "Missing or invalid CSRF token",
                 "This request must carry the X-CSRF-Token header matching the tandem_csrf "
                 "cookie. Reload the page and try again.");
}

}  // namespace

Api::Api(const app::Context& ctx, std::string web_root, std::string openapi_yaml, EventHub* events)
    : ctx_(ctx), site_(std::move(web_root)) {
  RegisterHealthRoutes(router_, ctx_, std::move(openapi_yaml));
  RegisterAuthRoutes(router_, ctx_);
  RegisterInvitationRoutes(router_, ctx_);
  RegisterMeRoutes(router_, ctx_);
  RegisterOrganisationRoutes(router_, ctx_);
  RegisterProgramRoutes(router_, ctx_);
  RegisterAdminRoutes(router_, ctx_);
  RegisterMatchingSettingsRoutes(router_, ctx_);
  RegisterMatchRoundRoutes(router_, ctx_);
  RegisterRecommendationRoutes(router_, ctx_);
  RegisterMentorRequestRoutes(router_, ctx_);
  RegisterRelationshipRoutes(router_, ctx_);
  RegisterNotificationRoutes(router_, ctx_);
  RegisterSafeguardingRoutes(router_, ctx_);

  RegisterAuditRoutes(router_, ctx_);
  RegisterTimeZoneRoutes(router_, ctx_);
  RegisterWorkQueueRoutes(router_, ctx_);
  RegisterTaxonomyTermRoutes(router_, ctx_);
  RegisterAgreementRoutes(router_, ctx_);
  RegisterPlanRoutes(router_, ctx_);
  RegisterMeetingRoutes(router_, ctx_);
  RegisterMessageRoutes(router_, ctx_);
  // The caller's live stream (http/event_hub.h): kept open by the server, fed by the hub.
  router_.Add("GET", "/api/v1/me/events", [events](RequestContext& rc) {
    if (events == nullptr) return ProblemResponse(Unavailable("Live updates are not available."));
    return events->Open(rc.caller, rc.session_token);
  });
  RegisterCareRoutes(router_, ctx_);
}

HttpResponse Api::Handle(const HttpRequest& req) const {
  try {
    if (IsApiPath(req.path)) return HandleApi(req);
    return site_.Serve(req);
  } catch (const std::exception& e) {
    // what() stays in the debug log: a parser's message can quote request text.
    spdlog::error("unhandled exception on {} {}", req.method, LogPath(req.path));
    spdlog::debug("unhandled exception detail: {}", LogEscape(e.what(), 1024));
    return ProblemResponse(Internal(e.what()));
  }
}

HttpResponse Api::HandleApi(const HttpRequest& req) const {
  Router::Match match = router_.Find(req.method, req.path);
  if (!match.route) {
    if (!match.allowed.empty()) {
      HttpResponse r = Problem(405, "method-not-allowed", "Method not allowed",
                               req.method + " is not supported on " + req.path + "; use " +
                                   Join(match.allowed, ", ") + ".");
      r.SetHeader("Allow", Join(match.allowed, ", "));
      return r;
    }
    return Problem(404, "not-found", "Not found", "There is no API endpoint at " + req.path + ".");
  }

  RequestContext rc{req, std::move(match.params), {}, req.Cookie(kSessionCookie), ""};
  if (!rc.session_token.empty()) {
    auto session = app::Authenticate(ctx_, rc.session_token);
    if (!session.ok()) return ProblemResponse(session.status());
    if (*session) {
      rc.caller = (*session)->caller;
      rc.csrf_token = (*session)->csrf_token;
    }
  }

  if (IsUnsafe(req.method)) {
    const std::string header = req.Header("x-csrf-token");
    const std::string cookie = req.Cookie(kCsrfCookie);
    if (!SameSecret(header, cookie)) return CsrfProblem();
    if (!rc.caller.anonymous() && !SameSecret(header, rc.csrf_token)) return CsrfProblem();
    if (!req.body.empty()) {
      std::string type = ToLower(req.Header("content-type"));
      if (type.rfind("application/json", 0) != 0)
        return Problem(415, "unsupported-media-type", "Unsupported media type",
                       "Send the request body as application/json.");
    }
  }
  return match.route->handler(rc);
}

}  // namespace tandem::http
