// The access log: one line per request, built from attacker-controlled text, so every field is
// escaped (no control character, space, quote, backslash or non-ASCII byte reaches the log
// raw: nobody can forge a second line) and secrets are scrubbed. Only the method, the path,
// the client address, the status, the duration and the response size are logged: never the
// query string (a password-reset link carries `?token=`), a header (cookies, the CSRF token) or
// a body. Pure functions; thread-safe.
#ifndef TANDEM_HTTP_ACCESS_LOG_H_
#define TANDEM_HTTP_ACCESS_LOG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tandem::http {

// `text` with every byte outside printable ASCII, and ' ', '"', '\\' and '%', written as %XX,
// cut to `max_bytes` input bytes (then "..." is appended).
std::string LogEscape(std::string_view text, size_t max_bytes = 256);

// A request path as the log shows it: the secret token of invitation paths
// (`/api/v1/invitations/{token}...`, `/invite/{token}...`) replaced by `{token}`, then
// LogEscape'd.
std::string LogPath(std::string_view path);

struct AccessLogEntry {
  std::string_view method;
  std::string_view path;    // decoded or raw; LogPath is applied
  std::string_view client;  // resolved client address
  int status = 0;
  double duration_ms = 0;
  size_t bytes = 0;  // response body bytes sent
};

// "http method=GET path=/api/v1/me client=127.0.0.1 status=200 duration_ms=1.2 bytes=345"
std::string AccessLogLine(const AccessLogEntry& entry);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_ACCESS_LOG_H_
