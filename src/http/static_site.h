// StaticSite serves the built single-page web app (web/dist) for every non-API GET/HEAD.
//
// Rules, in order:
//   - Only GET and HEAD (anything else: 405). For HEAD the GET response is returned; the server
//     edge drops the body and keeps the Content-Length.
//   - Without web_root/index.html every request answers 503 problem+json ("run `make web`").
//   - The request path (already percent-decoded) is resolved under web_root. Paths with a `..`
//     or any other dot-segment/dot-file, a backslash, a NUL, an empty segment (`//`) or that
//     resolve outside web_root after following symlinks answer 404 problem+json. So do source
//     maps (`*.map`), even when the file exists.
//   - An existing regular file is served with a Content-Type from its extension;
//     `/assets/*` with `Cache-Control: public, max-age=31536000, immutable` (Vite hashes their
//     names), everything else with `Cache-Control: no-cache`.
//   - Text files (js, css, svg, json, txt, webmanifest) carry `Vary: Accept-Encoding`; when the
//     request's Accept-Encoding allows gzip and the web build left a `name.gz` beside the file
//     (a regular file inside web_root), that is sent instead, with `Content-Encoding: gzip`.
//   - A missing `/assets/*` file answers 404 (a stale hashed URL must not receive HTML).
//   - Any other path that is not a file (client-side routes such as `/programs/42`, or `/`)
//     gets index.html with status 200.
//   - HTML files (index.html above all) have every `TANDEM_CSP_NONCE` replaced by a fresh
//     random nonce (16 bytes, base64) and carry a Content-Security-Policy allowing scripts and
//     styles with that nonce only, plus `Cache-Control: no-cache`.
//
// Files are read from disk on every request (see static_site.cc for why). Serve is const and
// thread-safe.
#ifndef TANDEM_HTTP_STATIC_SITE_H_
#define TANDEM_HTTP_STATIC_SITE_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "http/message.h"

namespace tandem::http {

// The placeholder Vite writes for `html.cspNonce`; replaced per response.
inline constexpr std::string_view kCspNoncePlaceholder = "TANDEM_CSP_NONCE";

class StaticSite {
 public:
  // `web_root` is the directory holding index.html and assets/; it need not exist yet (the web
  // app may be built while the server runs).
  explicit StaticSite(std::string web_root);

  HttpResponse Serve(const HttpRequest& req) const;

  // The Content-Security-Policy sent with HTML pages for `nonce`.
  static std::string ContentSecurityPolicyFor(std::string_view nonce);

 private:
  HttpResponse ServeFile(const HttpRequest& req, const std::filesystem::path& root,
                         const std::filesystem::path& file, std::string_view relative) const;
  HttpResponse ServeHtml(const std::filesystem::path& file) const;

  std::filesystem::path root_;  // absolute, lexically normal
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_STATIC_SITE_H_
