// HttpServer: Tandem's HTTP/1.1 edge. It owns the sockets (RESTinio, only in server.cc), turns
// each request into an HttpRequest, runs `handler` on a fixed pool of worker threads, and
// writes the HttpResponse back.
//
// Behaviour every response can rely on:
//   - The handler never runs on an I/O thread, so it may block (database, argon2).
//   - A request body larger than max_body_bytes (by Content-Length or by actual size) is
//     answered 413 problem+json without calling the handler. Bodies far above the limit
//     (more than twice it) make the connection close without an answer: RESTinio stops
//     reading them.
//   - A path or query with malformed percent-encoding, or a decoded NUL in the path, is
//     answered 400 problem+json without calling the handler.
//   - An exception escaping the handler becomes 500 problem+json (`.../problems/internal`);
//     the exception text goes to the log, never to the client.
//   - ApplySecurityHeaders (security_headers.h) is applied to every response.
//   - For HEAD the body is dropped and Content-Length reports the body the handler produced.
//   - Connection, Content-Length and Transfer-Encoding headers set by the handler are ignored.
//   - One log line per request (method, path, status, duration, response bytes). No query
//     string, body, cookie or header is logged; the secret token in invitation paths
//     (`/api/v1/invitations/{token}`, `/invite/{token}`) is replaced by `{token}`.
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
#include <memory>
#include <string>

#include "base/status.h"
#include "http/message.h"

namespace tandem::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port; see WaitUntilListening()
  int io_threads = 1;
  int worker_threads = 4;
  size_t max_body_bytes = 1 << 20;
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
