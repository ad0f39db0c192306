#include "http/security_headers.h"

#include <string>

#include "base/strings.h"

namespace tandem::http {

void ApplySecurityHeaders(HttpResponse& response, bool secure) {
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  // HSTS over plain HTTP is ignored by browsers and would pin a development host to HTTPS
  // if it ever leaked through a proxy, so it is sent only on secure requests.
  if (secure) {
    response.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  const bool is_html = ToLower(Trim(response.Header("Content-Type"))).rfind("text/html", 0) == 0;
  if (!is_html && response.Header("Content-Security-Policy").empty()) {
    response.SetHeader("Content-Security-Policy", kDefaultContentSecurityPolicy);
  }
}

}  // namespace tandem::http
