// Security headers that every Tandem HTTP response carries.
//
// The server edge calls ApplySecurityHeaders on every response just before it is written, so
// handlers, the router and StaticSite need not remember to. Stateless; thread-safe.
#ifndef TANDEM_HTTP_SECURITY_HEADERS_H_
#define TANDEM_HTTP_SECURITY_HEADERS_H_

#include "http/message.h"

namespace tandem::http {

// The policy a non-HTML response gets when its handler set no Content-Security-Policy: such a
// response (JSON, a script, an image) never needs to load or embed anything.
inline constexpr char kDefaultContentSecurityPolicy[] =
    "default-src 'none'; frame-ancestors 'none'";

// Sets (replacing any value already present):
//   X-Content-Type-Options: nosniff
//   Referrer-Policy: strict-origin-when-cross-origin
//   X-Frame-Options: DENY
//   Cross-Origin-Opener-Policy: same-origin
//   Permissions-Policy: camera=(), microphone=(), geolocation=()
//   Strict-Transport-Security: max-age=31536000; includeSubDomains   (only when `secure`)
// and, when the response has no Content-Security-Policy and its Content-Type is not text/html,
// kDefaultContentSecurityPolicy. An HTML response without a policy is left alone: only its
// producer (StaticSite) knows the nonce it needs. Idempotent.
void ApplySecurityHeaders(HttpResponse& response, bool secure);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_SECURITY_HEADERS_H_
