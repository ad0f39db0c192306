// Tandem's own HTTP request/response types. Handlers, routing and middleware work on these,
// so they compile fast and are tested without a socket; only server.cc sees RESTinio.
#ifndef TANDEM_HTTP_MESSAGE_H_
#define TANDEM_HTTP_MESSAGE_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::http {

struct HttpRequest {
  std::string method;  // upper-case: "GET", "POST", ...
  std::string path;    // percent-decoded path without the query, e.g. "/api/v1/me"
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // client IP as text
  bool secure = false;         // request arrived over TLS (or X-Forwarded-Proto: https)

  // First header with this (lower-case) name, or "".
  std::string Header(std::string_view lower_name) const;
  // Value of a cookie from the Cookie header, or "".
  std::string Cookie(std::string_view name) const;
  // First query parameter with this name, or "".
  std::string Query(std::string_view name) const;
};

// The open end of a streamed response (server-sent events): the server wrote the head and
// keeps the connection; whoever holds the sink writes to it from any thread. Thread-safe.
class EventSink {
 public:
  virtual ~EventSink() = default;
  // Queues `bytes` for the client without blocking. False once the stream is closed (the
  // client went away, the server is shutting down, or Close was called): drop the sink then.
  virtual bool Write(std::string bytes) = 0;
  // Ends the response; later writes answer false. Idempotent.
  virtual void Close() = 0;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Set for a streamed response: the server writes the status and headers (no body, no
  // Content-Length), then calls `stream` once with the sink, on a worker thread, and returns
  // the worker to the pool. The response stays open until the sink is closed. An empty
  // function: an ordinary response.
  std::function<void(std::shared_ptr<EventSink>)> stream;

  void SetHeader(std::string name, std::string value);
  void AddHeader(std::string name, std::string value);  // allows repeats (Set-Cookie)
  std::string Header(std::string_view name) const;      // case-insensitive lookup, or ""
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

// The reason phrase of an HTTP status ("Not Found"); a generic one for codes not listed.
std::string_view ReasonPhrase(int status);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_MESSAGE_H_
