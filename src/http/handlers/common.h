// Helpers shared by the per-resource handler files: JSON responses, body decoding and the
// Result -> response step. Handlers decode, call one use case, encode.
#ifndef TANDEM_HTTP_HANDLERS_COMMON_H_
#define TANDEM_HTTP_HANDLERS_COMMON_H_

#include <string>
#include <utility>

#include "app/context.h"
#include "app/pagination.h"
#include "http/errors.h"
#include "http/json/common_codec.h"
#include "http/json/page_codec.h"
#include "http/router.h"

namespace tandem::http {

HttpResponse JsonResponse(int status, const json::Json& body);
HttpResponse NoContent();

// Parses the request body as JSON (errors become 400 problems via the returned Status).
Result<json::Json> ParseJsonBody(const RequestContext& rc);

template <typename T, typename Encode>
HttpResponse Respond(const Result<T>& r, Encode encode, int status = 200) {
  if (!r.ok()) return ProblemResponse(r.status());
  return JsonResponse(status, encode(r.value()));
}

// The page a list request asks for: ?limit= and ?cursor= (the previous page's next_cursor).
// Never fails here: a limit that is not a whole number of at most three digits becomes -1, so
// the use case refuses it (InvalidArgument naming "limit") after its authorisation checks, as
// it refuses a limit out of range or a foreign cursor; an outsider gets 404 whatever the page.
app::PageRequest PageFrom(const RequestContext& rc);

// 200 {"items": [...], "next_cursor": …} (json::PageJson), or the problem.
template <typename T, typename Encode>
HttpResponse RespondPage(const Result<app::Page<T>>& r, Encode encode) {
  if (!r.ok()) return ProblemResponse(r.status());
  return JsonResponse(200, json::PageJson(r.value(), encode));
}

inline HttpResponse RespondStatus(const Status& s, int ok_status = 204) {
  if (!s.ok()) return ProblemResponse(s);
  HttpResponse r;
  r.status = ok_status;
  return r;
}

// Cookies.
inline constexpr char kSessionCookie[] = "tandem_session";
inline constexpr char kCsrfCookie[] = "tandem_csrf";
void SetSessionCookies(HttpResponse& r, const HttpRequest& req, const std::string& session_token,
                       const std::string& csrf_token, Millis max_age_ms);
void SetCsrfCookie(HttpResponse& r, const HttpRequest& req, const std::string& csrf_token);
void ClearSessionCookie(HttpResponse& r, const HttpRequest& req);

// Route registration, one function per resource file.
void RegisterHealthRoutes(Router& router, const app::Context& ctx, std::string openapi_yaml);
void RegisterAuthRoutes(Router& router, const app::Context& ctx);
void RegisterInvitationRoutes(Router& router, const app::Context& ctx);
void RegisterMeRoutes(Router& router, const app::Context& ctx);
void RegisterOrganisationRoutes(Router& router, const app::Context& ctx);
void RegisterProgramRoutes(Router& router, const app::Context& ctx);
void RegisterAdminRoutes(Router& router, const app::Context& ctx);
void RegisterMatchingSettingsRoutes(Router& router, const app::Context& ctx);
void RegisterMatchRoundRoutes(Router& router, const app::Context& ctx);
void RegisterRecommendationRoutes(Router& router, const app::Context& ctx);
void RegisterMentorRequestRoutes(Router& router, const app::Context& ctx);
void RegisterRelationshipRoutes(Router& router, const app::Context& ctx);
void RegisterNotificationRoutes(Router& router, const app::Context& ctx);
void RegisterSafeguardingRoutes(Router& router, const app::Context& ctx);

void RegisterAuditRoutes(Router& router, const app::Context& ctx);
void RegisterWorkQueueRoutes(Router& router, const app::Context& ctx);
void RegisterTaxonomyTermRoutes(Router& router, const app::Context& ctx);
void RegisterAgreementRoutes(Router& router, const app::Context& ctx);
void RegisterPlanRoutes(Router& router, const app::Context& ctx);
void RegisterMeetingRoutes(Router& router, const app::Context& ctx);
void RegisterMessageRoutes(Router& router, const app::Context& ctx);
void RegisterCareRoutes(Router& router, const app::Context& ctx);
void RegisterTimeZoneRoutes(Router& router, const app::Context& ctx);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_HANDLERS_COMMON_H_
