// The RESTinio-free half of writing an answer: which headers reach the wire, whether a body is
// sent, the raw bytes of an answer the edge writes itself (a refused request stream), and the
// problem answers of the edge (busy, shutting down, too large, malformed target). Pure
// functions with unit tests; `server.cc` only moves their results onto sockets.
#ifndef TANDEM_HTTP_WIRE_H_
#define TANDEM_HTTP_WIRE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/message.h"

namespace tandem::http {

// "get" → "GET": methods compare upper-case.
std::string CanonicalMethod(std::string_view method);

// True for a status a handler may answer with (200–599); anything else becomes a 500.
bool IsAnswerStatus(int status);

// 204 and 304 carry no body and a zero Content-Length; HEAD answers carry none either.
bool IsBodylessStatus(int status);
bool SendsBody(std::string_view method, int status);

struct WireHeaders {
  std::vector<std::pair<std::string, std::string>> kept;
  // Names of headers dropped because a CR or LF (response splitting), a colon or a space in the
  // name, or an empty name would corrupt the header block; logged by the caller.
  std::vector<std::string> dropped;
};

// The response's headers as they may be written: Connection, Content-Length and
// Transfer-Encoding are left to the writer (it frames the message and never chunks); malformed
// ones are dropped.
WireHeaders PrepareHeaders(const std::vector<std::pair<std::string, std::string>>& headers);

// The whole HTTP/1.1 message for `response`, closing the connection: status line, prepared
// headers, Content-Length, `Connection: close`, body.
std::string SerializeClosingResponse(const HttpResponse& response);

// True when a Content-Length header's value is a decimal number above `limit`. A value that
// does not parse is not this function's business (the HTTP parser rejects it first).
bool DeclaredLengthExceeds(std::optional<std::string_view> content_length, size_t limit);

// The edge's own answers, all problem+json through the error table.
HttpResponse PayloadTooLargeProblem(size_t max_body_bytes);
HttpResponse MalformedTargetProblem();   // path or query not percent-encoded UTF-8
HttpResponse MalformedMessageProblem();  // not HTTP/1.1, or over the line/header limits
HttpResponse BusyProblem();              // the worker queue is full; Retry-After: 1
HttpResponse ShuttingDownProblem();      // draining; Retry-After: 1

}  // namespace tandem::http

#endif  // TANDEM_HTTP_WIRE_H_
