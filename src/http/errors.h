// The single table from Status codes to HTTP responses: RFC 9457 application/problem+json
// bodies with a message a person can act on. Handlers never pick HTTP error statuses.
#ifndef TANDEM_HTTP_ERRORS_H_
#define TANDEM_HTTP_ERRORS_H_

#include <string>

#include "base/status.h"
#include "http/message.h"

namespace tandem::http {

int HttpStatusFor(StatusCode code);
HttpResponse ProblemResponse(const Status& status);
// For edge-only conditions that have no Status code of their own (415, 405, 413, csrf).
HttpResponse Problem(int http_status, const std::string& type, const std::string& title,
                     const std::string& detail);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_ERRORS_H_
