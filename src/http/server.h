// HttpServer: Tandem's HTTP/1.1 edge. It owns the sockets (RESTinio, only in server.cc), turns
// each request into an HttpRequest, runs `handler` on a fixed pool of worker threads, and
// writes the HttpResponse back.
//
// Behaviour every response can rely on (docs/security.md, "HTTP edge", has the threat model):
//   - The handler never runs on an I/O thread, so it may block (database, argon2).
//   - Requests wait for a worker in a queue of at most max_queued_requests; beyond that they
//     are answered 503 problem+json with `Retry-After` without calling the handler. Open
//     connections are bounded by max_connections (more wait in the kernel's accept backlog).
//   - inline_handler, when set, answers cheap requests (health checks) on the I/O thread
//     before the queue, so they answer while every worker is busy.
//   - A request body larger than max_body_bytes (by Content-Length or by actual size) is
//     answered 413 problem+json without calling the handler. Bodies far above the limit
//     (more than max_body_bytes + max(max_body_bytes, 64 KiB)) make the connection close
//     without an answer: RESTinio 0.6 offers no hook between the headers and the body, and
//     stops reading such bodies, which bounds the memory one request can take.
//   - A path or query with malformed percent-encoding, or whose decoded text is not valid
//     UTF-8 or holds a control character (NUL, CR, LF...), is answered 400 problem+json
//     without calling the handler (url.h).
//   - The client address (HttpRequest::remote_address) and `secure` come from the TCP peer;
//     X-Forwarded-For / X-Forwarded-Proto count only when the peer is in trusted_proxies
//     (client_address.h).
//   - An exception escaping the handler becomes 500 problem+json (`.../problems/internal`);
//     the exception text goes to the debug log, never to the client.
//   - ApplySecurityHeaders (security_headers.h) is applied to every response.
//   - For HEAD the body is dropped and Content-Length reports the body the handler produced.
//   - Connection, Content-Length and Transfer-Encoding headers set by the handler are ignored.
//   - Exactly one access log line per answered request (access_log.h): method, path, client,
//     status, duration, response bytes, all escaped. No query string, body, cookie or header
//     is logged; the secret token in invitation paths is replaced by `{token}`.
//
// Shutdown (Stop(), SIGINT or SIGTERM): the listening socket closes, requests already received
// finish and their responses are written (requests arriving meanwhile on open keep-alive
// connections get 503 and `Connection: close`), bounded by drain_timeout; then Run() returns.
// A second SIGINT/SIGTERM during the drain ends the process at once (default disposition).
// Handlers still running after the bound are abandoned on detached threads and their responses
// dropped; their connections (and idle keep-alive ones) stay open until those handlers return
// or the process exits. So after such a Run() the caller should exit the process promptly and
// must not destroy what `handler` refers to first. After a clean drain nothing is left behind.
//
// Thread-safety: Run() is called once, from one thread. Stop() and WaitUntilListening() may
// be called from any thread, including from inside the handler.
#ifndef TANDEM_HTTP_SERVER_H_
#define TANDEM_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "http/client_address.h"
#include "http/message.h"

namespace tandem::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port; see WaitUntilListening()
  int io_threads = 1;
  int worker_threads = 4;
  size_t max_body_bytes = 1 << 20;
  // Requests waiting for a worker; one more is answered 503 with Retry-After.
  size_t max_queued_requests = 256;
  // Open connections served at once; further ones wait in the accept backlog.
  size_t max_connections = 512;
  // Peers whose X-Forwarded-For and X-Forwarded-Proto are believed (default: none).
  std::vector<Cidr> trusted_proxies;
  // Optional: called on the I/O thread for every well-formed request before it is queued;
  // a response it returns is sent at once. Must be quick and never block (health checks).
  std::function<std::optional<HttpResponse>(const HttpRequest&)> inline_handler;
  // How long shutdown waits for requests in flight before abandoning them.
  std::chrono::milliseconds drain_timeout{10'000};
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, HttpHandler handler);
  // Stops a running server and waits for Run() to return.
  ~HttpServer();

  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Listens on options.host:options.port and serves until Stop() or SIGINT/SIGTERM, then shuts
  // down gracefully and returns OK. Returns Unavailable when the address cannot be bound
  // (in use, bad host), InvalidArgument for bad options, FailedPrecondition if called twice.
  Status Run();

  // Asks Run() to shut down; returns at once. Before Run() it makes Run() return right after
  // binding. Idempotent.
  void Stop();

  // Blocks until Run() is listening (or has failed to bind) and returns the bound port, or 0
  // if Run() failed. Useful with port 0.
  int WaitUntilListening();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_SERVER_H_
