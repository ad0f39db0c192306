#include "http/handlers/common.h"

namespace tandem::http {

HttpResponse JsonResponse(int status, const json::Json& body) {
  HttpResponse r;
  r.status = status;
  r.SetHeader("Content-Type", "application/json");
  r.SetHeader("Cache-Control", "no-store");
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse NoContent() {
  HttpResponse r;
  r.status = 204;
  return r;
}

Result<json::Json> ParseJsonBody(const RequestContext& rc) {
  return json::ParseBody(rc.request.body);
}

app::PageRequest PageFrom(const RequestContext& rc) {
  app::PageRequest page;
  const std::string limit = rc.request.Query("limit");
  if (!limit.empty()) {
    page.limit = limit.size() <= 3 && limit.find_first_not_of("0123456789") == std::string::npos
                     ? std::stoi(limit)
                     : -1;
  }
  page.cursor = rc.request.Query("cursor");
  return page;
}

namespace {
std::string SecureFlag(const HttpRequest& req) { return req.secure ? "; Secure" : ""; }
}  // namespace

void SetSessionCookies(HttpResponse& r, const HttpRequest& req, const std::string& session_token,
                       const std::string& csrf_token, Millis max_age_ms) {
  r.AddHeader("Set-Cookie", std::string(kSessionCookie) + "=" + session_token +
                                "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                                std::to_string(max_age_ms / 1000) + SecureFlag(req));
  SetCsrfCookie(r, req, csrf_token);
}

void SetCsrfCookie(HttpResponse& r, const HttpRequest& req, const std::string& csrf_token) {
  r.AddHeader("Set-Cookie",
              std::string(kCsrfCookie) + "=" + csrf_token + "; Path=/; SameSite=Strict" +
                  SecureFlag(req));
}

void ClearSessionCookie(HttpResponse& r, const HttpRequest& req) {
  r.AddHeader("Set-Cookie", std::string(kSessionCookie) +
                                "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" + SecureFlag(req));
}

}  // namespace tandem::http
