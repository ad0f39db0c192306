// The only translation unit that includes RESTinio (its headers cost ~50 s and ~1 GB to
// compile); everything else in Tandem sees HttpRequest/HttpResponse.
//
// Flow: an I/O thread gets a fully read request from RESTinio, converts it, rejects what must
// not reach the handler (413, 400, 503 while draining) and queues it; RESTinio is told
// request_accepted(). A worker pops it, runs the handler and writes the response through the
// request handle, which RESTinio allows from any thread (the write is posted to the
// connection's strand).
//
// In-flight accounting: each request owns a shared InFlightToken from arrival until RESTinio
// reports its response written (or drops it), because the token rides in RESTinio's
// after-write callback. Shutdown waits for the count to reach zero, so "drained" means
// "responses on the wire", not merely "handlers returned".
#include "http/server.h"

#include <cxxabi.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <restinio/http_server.hpp>
#include <restinio/message_builders.hpp>
#include <string>
#include <string_view>
#include <thread>
#include <typeinfo>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "http/security_headers.h"

namespace tandem::http {
namespace {

namespace asio = restinio::asio_ns;
using Clock = std::chrono::steady_clock;

// RESTinio closes a connection without answering when a body exceeds its own limit, so that
// limit sits well above ours: bodies up to twice max_body_bytes get our clean 413; beyond that
// RESTinio stops reading, which also bounds the memory one request can take.
uint64_t TransportBodyLimit(size_t max_body_bytes) {
  return static_cast<uint64_t>(max_body_bytes) +
         std::max<uint64_t>(max_body_bytes, uint64_t{64} * 1024);
}

// RESTinio's defaults close a connection after 10 s in the handler and 5 s per write; slow
// database work and large assets to slow clients need more.
constexpr auto kHandleRequestTimeout = std::chrono::seconds(60);
constexpr auto kWriteTimeout = std::chrono::seconds(30);
constexpr auto kCloseAcceptorTimeout = std::chrono::seconds(2);

// RESTinio's log lines go to spdlog; its chatty "info" (accept loops) becomes debug.
struct SpdlogAdapter {
  template <typename Builder>
  void trace(Builder&& msg) const {
    if (spdlog::should_log(spdlog::level::trace)) spdlog::trace("restinio: {}", msg());
  }
  template <typename Builder>
  void info(Builder&& msg) const {
    if (spdlog::should_log(spdlog::level::debug)) spdlog::debug("restinio: {}", msg());
  }
  template <typename Builder>
  void warn(Builder&& msg) const {
    spdlog::warn("restinio: {}", msg());
  }
  template <typename Builder>
  void error(Builder&& msg) const {
    spdlog::error("restinio: {}", msg());
  }
};

// default_strand_t keeps each connection's handlers serial when io_threads > 1.
using Traits = restinio::traits_t<restinio::asio_timer_manager_t, SpdlogAdapter>;
using RestinioServer = restinio::http_server_t<Traits>;
using RequestHandle = restinio::request_handle_t;

// ---------------------------------------------------------------------------------------------
// Request conversion.

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes (and '+' as space for query components). nullopt on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view in, bool plus_is_space) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return std::nullopt;
      const int hi = HexValue(in[i + 1]);
      const int lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

bool ParseQuery(std::string_view query, std::multimap<std::string, std::string>& out) {
  for (const std::string& part : Split(query, '&')) {
    if (part.empty()) continue;
    const size_t eq = part.find('=');
    auto key = PercentDecode(std::string_view(part).substr(0, eq), true);
    auto value = PercentDecode(
        eq == std::string::npos ? std::string_view() : std::string_view(part).substr(eq + 1), true);
    if (!key || !value) return false;
    out.emplace(std::move(*key), std::move(*value));
  }
  return true;
}

// X-Forwarded-Proto as set by a TLS-terminating proxy; the first value counts.
bool IsForwardedHttps(std::string_view forwarded_proto) {
  const size_t comma = forwarded_proto.find(',');
  return ToLower(Trim(forwarded_proto.substr(0, comma))) == "https";
}

std::string Method(const restinio::request_t& req) {
  std::string method = req.header().method().c_str();
  for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return method;
}

// Fills `out` from RESTinio's request; false when the path or query is malformed.
bool ConvertRequest(const restinio::request_t& req, HttpRequest& out) {
  const auto& header = req.header();
  out.method = Method(req);
  std::optional<std::string> path = PercentDecode(header.path(), false);
  if (!path || path->find('\0') != std::string::npos) return false;
  out.path = std::move(*path);
  if (!ParseQuery(header.query(), out.query)) return false;
  header.for_each_field([&out](const restinio::http_header_field_t& field) {
    out.headers.emplace_back(ToLower(field.name()), field.value());
  });
  out.body = req.body();
  out.remote_address = req.remote_endpoint().address().to_string();
  out.secure = IsForwardedHttps(out.Header("x-forwarded-proto"));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Responses.

std::string_view ReasonPhrase(int status) {
  static constexpr std::pair<int, std::string_view> kPhrases[] = {
      {200, "OK"},
      {201, "Created"},
      {202, "Accepted"},
      {204, "No Content"},
      {301, "Moved Permanently"},
      {302, "Found"},
      {303, "See Other"},
      {304, "Not Modified"},
      {307, "Temporary Redirect"},
      {308, "Permanent Redirect"},
      {400, "Bad Request"},
      {401, "Unauthorized"},
      {403, "Forbidden"},
      {404, "Not Found"},
      {405, "Method Not Allowed"},
      {409, "Conflict"},
      {410, "Gone"},
      {412, "Precondition Failed"},
      {413, "Content Too Large"},
      {415, "Unsupported Media Type"},
      {422, "Unprocessable Content"},
      {429, "Too Many Requests"},
      {500, "Internal Server Error"},
      {501, "Not Implemented"},
      {502, "Bad Gateway"},
      {503, "Service Unavailable"},
      {504, "Gateway Timeout"},
  };
  for (const auto& [code, phrase] : kPhrases)
    if (code == status) return phrase;
  return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
}

// The texts here are constants of this file, so no JSON escaping is needed.
HttpResponse Problem(int status, std::string_view code, std::string_view title,
                     std::string_view detail) {
  HttpResponse response;
  response.status = status;
  response.SetHeader("Content-Type", "application/problem+json");
  response.SetHeader("Cache-Control", "no-store");
  response.body = fmt::format(
      R"({{"type":"https://tandem.dev/problems/{}","title":"{}","status":{},"detail":"{}"}})", code,
      title, status, detail);
  return response;
}

HttpResponse InternalErrorProblem() {
  return Problem(500, "internal", "Internal error", "The server hit an unexpected error.");
}

// For the log only: the invitation token in the path is a credential, and the path is
// attacker-controlled text, so control characters, spaces, quotes and non-ASCII bytes are
// re-escaped to keep one request on one log line.
std::string LogPath(std::string_view path) {
  std::string redacted;
  for (std::string_view prefix :
       {std::string_view("/api/v1/invitations/"), std::string_view("/invite/")}) {
    if (path.substr(0, prefix.size()) == prefix && path.size() > prefix.size()) {
      const size_t end = path.find('/', prefix.size());
      redacted = std::string(prefix) + "{token}" +
                 std::string(end == std::string_view::npos ? "" : path.substr(end));
      path = redacted;
      break;
    }
  }
  constexpr size_t kMaxLogPath = 256;
  std::string out;
  for (char c : path.substr(0, kMaxLogPath)) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == '"' || c == '\\' || c == '%') {
      out += fmt::format("%{:02X}", u);
    } else {
      out.push_back(c);
    }
  }
  if (path.size() > kMaxLogPath) out += "...";
  return out;
}

std::string TypeName(const std::exception& e) {
  int status = 0;
  char* demangled = abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status);
  std::string name = status == 0 && demangled ? demangled : typeid(e).name();
  std::free(demangled);
  return name;
}

// Decrements the in-flight count when the last copy goes away: after RESTinio has written
// (or given up on) the response, or when a request is dropped without one.
class InFlight {
 public:
  class Token {
   public:
    explicit Token(std::shared_ptr<InFlight> owner) : owner_(std::move(owner)) {}
    ~Token() { owner_->Release(); }
    Token(const Token&) = delete;
    Token& operator=(const Token&) = delete;

   private:
    std::shared_ptr<InFlight> owner_;
  };

  static std::shared_ptr<Token> Acquire(const std::shared_ptr<InFlight>& self) {
    std::lock_guard lock(self->mu_);
    ++self->count_;
    return std::make_shared<Token>(self);
  }

  // True when the count reached zero before `deadline`.
  bool WaitForZero(Clock::time_point deadline) {
    std::unique_lock lock(mu_);
    return zero_.wait_until(lock, deadline, [this] { return count_ == 0; });
  }

  int count() {
    std::lock_guard lock(mu_);
    return count_;
  }

 private:
  void Release() {
    std::lock_guard lock(mu_);
    if (--count_ == 0) zero_.notify_all();
  }

  std::mutex mu_;
  std::condition_variable zero_;
  int count_ = 0;
};

using InFlightToken = std::shared_ptr<InFlight::Token>;

// Writes `response` for `handle` and logs the request line. Callable on any thread.
void Respond(const RequestHandle& handle, const std::string& method, const std::string& path,
             HttpResponse response, bool secure, bool close_connection, Clock::time_point start,
             InFlightToken token) {
  if (response.status < 200 || response.status > 599) {
    spdlog::error("handler returned invalid status {} for {} {}", response.status, method,
                  LogPath(path));
    response = InternalErrorProblem();
  }
  ApplySecurityHeaders(response, secure);
  const int status = response.status;
  const bool bodyless_status = status == 204 || status == 304;
  const bool send_body = method != "HEAD" && !bodyless_status;

  auto builder = handle->create_response<restinio::user_controlled_output_t>(
      restinio::http_status_line_t{restinio::http_status_code_t{static_cast<uint16_t>(status)},
                                   std::string(ReasonPhrase(status))});
  for (auto& [name, value] : response.headers) {
    const std::string lower = ToLower(name);
    // RESTinio writes Connection and Content-Length itself; we never chunk.
    if (lower == "connection" || lower == "content-length" || lower == "transfer-encoding") {
      continue;
    }
    // A line break would let a value smuggle in extra headers (response splitting).
    if (name.empty() || name.find_first_of("\r\n: ") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos) {
      spdlog::error("dropping malformed response header {} on {} {}", LogPath(name), method,
                    LogPath(path));
      continue;
    }
    builder.append_header(std::move(name), std::move(value));
  }
  if (close_connection) builder.connection_close();
  const size_t bytes = send_body ? response.body.size() : 0;
  builder.set_content_length(bodyless_status ? 0 : response.body.size());
  if (send_body) builder.set_body(std::move(response.body));
  builder.done([token = std::move(token)](const asio::error_code&) {});

  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  spdlog::info("http method={} path={} status={} duration_ms={:.1f} bytes={}", method,
               LogPath(path), status, ms, bytes);
}

// ---------------------------------------------------------------------------------------------
// Shared state of one Run(). Owned by Run() and by every worker thread, so workers abandoned
// after the drain deadline never touch freed memory. Member order matters: the io_context is
// destroyed last, after everything holding sockets (the server, queued requests).

struct Job {
  HttpRequest request;
  RequestHandle handle;
  InFlightToken token;
  Clock::time_point start;
};

struct Core {
  Core(ServerOptions opts, HttpHandler h) : options(std::move(opts)), handler(std::move(h)) {}

  const ServerOptions options;
  const HttpHandler handler;
  asio::io_context ioctx;
  std::unique_ptr<RestinioServer> server;
  std::shared_ptr<InFlight> in_flight = std::make_shared<InFlight>();
  std::atomic<bool> draining{false};
  std::atomic<bool> abandoned{false};

  std::mutex mu;
  std::condition_variable work_ready;
  std::deque<Job> queue;      // guarded by mu
  bool stop_workers = false;  // guarded by mu

  // Runs on an I/O thread: cheap checks only, then hand over to the workers.
  restinio::request_handling_status_t OnRequest(RequestHandle handle) {
    const Clock::time_point start = Clock::now();
    InFlightToken token = InFlight::Acquire(in_flight);
    const std::string method = Method(*handle);
    const std::string raw_path(handle->header().path());
    const bool secure =
        IsForwardedHttps(handle->header().opt_value_of("X-Forwarded-Proto").value_or(""));
    if (draining) {
      Respond(handle, method, raw_path,
              Problem(503, "unavailable", "Shutting down",
                      "The server is shutting down; retry shortly."),
              secure, true, start, std::move(token));
      return restinio::request_accepted();
    }
    if (BodyTooLarge(*handle)) {
      Respond(handle, method, raw_path,
              Problem(413, "payload-too-large", "Payload too large",
                      fmt::format("The request body exceeds the limit of {} bytes.",
                                  options.max_body_bytes)),
              secure, false, start, std::move(token));
      return restinio::request_accepted();
    }
    Job job{HttpRequest{}, handle, std::move(token), start};
    if (!ConvertRequest(*handle, job.request)) {
      Respond(handle, method, raw_path,
              Problem(400, "invalid-argument", "Invalid request",
                      "The request path or query string is not validly percent-encoded."),
              secure, false, start, std::move(job.token));
      return restinio::request_accepted();
    }
    {
      std::lock_guard lock(mu);
      queue.push_back(std::move(job));
    }
    work_ready.notify_one();
    return restinio::request_accepted();
  }

  bool BodyTooLarge(const restinio::request_t& req) const {
    if (req.body().size() > options.max_body_bytes) return true;
    const auto declared = req.header().opt_value_of("Content-Length");
    if (!declared) return false;
    uint64_t length = 0;
    const char* first = declared->data();
    const char* last = first + declared->size();
    const auto [ptr, ec] = std::from_chars(first, last, length);
    // An unparsable or overflowing Content-Length never reaches here: http_parser rejects it.
    return ec == std::errc() && ptr == last && length > options.max_body_bytes;
  }

  void WorkerLoop() {
    while (true) {
      Job job;
      {
        std::unique_lock lock(mu);
        work_ready.wait(lock, [this] { return stop_workers || !queue.empty(); });
        if (abandoned || queue.empty()) return;
        job = std::move(queue.front());
        queue.pop_front();
      }
      Process(std::move(job));
    }
  }

  void Process(Job job) {
    HttpResponse response;
    try {
      response = handler(job.request);
    } catch (const std::exception& e) {
      // what() stays out of the error line: a parser's message can quote the request body
      // (a JSON error's "last read: ..." may be part of a password).
      spdlog::error("handler threw {} on {} {}", TypeName(e), job.request.method,
                    LogPath(job.request.path));
      spdlog::debug("handler exception detail: {}", e.what());
      response = InternalErrorProblem();
    } catch (...) {
      spdlog::error("handler threw a non-exception on {} {}", job.request.method,
                    LogPath(job.request.path));
      response = InternalErrorProblem();
    }
    if (abandoned) return;  // the I/O threads are gone; the token and handle just drop
    try {
      Respond(job.handle, job.request.method, job.request.path, std::move(response),
              job.request.secure, false, job.start, std::move(job.token));
    } catch (const std::exception& e) {
      spdlog::error("writing the response to {} {} failed: {}", job.request.method,
                    LogPath(job.request.path), e.what());
    }
  }
};

}  // namespace

// ---------------------------------------------------------------------------------------------

struct HttpServer::Impl {
  ServerOptions options;
  HttpHandler handler;

  std::mutex mu;
  std::condition_variable changed;
  bool run_called = false;      // guarded by mu
  bool stop_requested = false;  // guarded by mu
  bool listen_settled = false;  // listening or failed; guarded by mu
  bool finished = false;        // Run() is returning; guarded by mu
  int bound_port = 0;           // 0 until listening, and if binding failed; guarded by mu

  void Settle(int port) {
    std::lock_guard lock(mu);
    listen_settled = true;
    bound_port = port;
    changed.notify_all();
  }
  void Finish() {
    std::lock_guard lock(mu);
    listen_settled = true;
    finished = true;
    changed.notify_all();
  }

  // Everything Run() does except the final bookkeeping; its locals (threads, the signal set)
  // are gone before Finish() lets the destructor proceed.
  Status Serve();
};

HttpServer::HttpServer(ServerOptions options, HttpHandler handler)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->handler = std::move(handler);
}

HttpServer::~HttpServer() {
  Stop();
  std::unique_lock lock(impl_->mu);
  impl_->changed.wait(lock, [this] { return !impl_->run_called || impl_->finished; });
}

void HttpServer::Stop() {
  std::lock_guard lock(impl_->mu);
  impl_->stop_requested = true;
  impl_->changed.notify_all();
}

int HttpServer::WaitUntilListening() {
  std::unique_lock lock(impl_->mu);
  impl_->changed.wait(lock, [this] { return impl_->listen_settled; });
  return impl_->bound_port;
}

Status HttpServer::Run() {
  {
    std::lock_guard lock(impl_->mu);
    if (impl_->run_called) return FailedPrecondition("HttpServer::Run called twice");
    impl_->run_called = true;
  }
  Status status = impl_->Serve();
  if (!status.ok()) spdlog::error("http server: {}", status.message());
  impl_->Finish();
  return status;
}

Status HttpServer::Impl::Serve() {
  const ServerOptions& o = options;
  if (o.io_threads < 1 || o.worker_threads < 1 || o.port < 0 || o.port > 65535 ||
      o.max_body_bytes == 0 || o.drain_timeout.count() < 0 || !handler) {
    return InvalidArgument("invalid server options");
  }
  auto core = std::make_shared<Core>(options, handler);

  int port = 0;
  try {
    restinio::server_settings_t<Traits> settings;
    settings.address(o.host)
        .port(static_cast<uint16_t>(o.port))
        .request_handler(
            [raw = core.get()](RequestHandle handle) { return raw->OnRequest(std::move(handle)); })
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                      .max_url_size(16 * 1024)
                                      .max_field_name_size(1024)
                                      .max_field_value_size(16 * 1024)
                                      .max_field_count(200)
                                      .max_body_size(TransportBodyLimit(o.max_body_bytes)))
        .handle_request_timeout(kHandleRequestTimeout)
        .write_http_response_timelimit(kWriteTimeout)
        .acceptor_post_bind_hook([&port](asio::ip::tcp::acceptor& acceptor) {
          port = acceptor.local_endpoint().port();
        });
    core->server = std::make_unique<RestinioServer>(restinio::external_io_context(core->ioctx),
                                                    std::move(settings));
    // Safe outside io_context::run(): no I/O thread exists yet.
    core->server->open_sync();
  } catch (const std::exception& e) {
    return Unavailable(fmt::format("cannot listen on {}:{}: {}", o.host, o.port, e.what()));
  }

  // Signals are handled explicitly: restinio::run() does so only in some of its modes.
  asio::signal_set signals(core->ioctx, SIGINT, SIGTERM);
  signals.async_wait([this](const asio::error_code& ec, int signal_number) {
    if (ec) return;
    spdlog::info("received signal {}", signal_number);
    std::lock_guard lock(mu);
    stop_requested = true;
    changed.notify_all();
  });
  // Keeps run() from returning while connections come and go during the drain.
  auto work = asio::make_work_guard(core->ioctx);

  std::vector<std::thread> workers;
  for (int i = 0; i < o.worker_threads; ++i) workers.emplace_back([core] { core->WorkerLoop(); });
  std::vector<std::thread> io;
  for (int i = 0; i < o.io_threads; ++i) {
    io.emplace_back([core] {
      try {
        core->ioctx.run();
      } catch (const std::exception& e) {
        spdlog::error("http I/O thread stopped: {}", e.what());
      }
    });
  }
  spdlog::info("listening on http://{}:{} (io_threads={}, worker_threads={})", o.host, port,
               o.io_threads, o.worker_threads);
  Settle(port);
  {
    std::unique_lock lock(mu);
    changed.wait(lock, [this] { return stop_requested; });
  }

  spdlog::info("shutting down");
  core->draining = true;
  // Dropping the registrations restores the default disposition: a second SIGINT/SIGTERM
  // during the drain ends the process at once, as an impatient operator expects.
  asio::post(core->ioctx, [&signals] {
    asio::error_code ignored;
    signals.cancel(ignored);
    signals.clear(ignored);
  });
  // close_async runs on the acceptor's own strand. It stops accepting; open connections stay.
  auto closed = std::make_shared<std::promise<void>>();
  core->server->close_async([closed] { closed->set_value(); },
                            [closed](std::exception_ptr) { closed->set_value(); });
  closed->get_future().wait_for(kCloseAcceptorTimeout);

  const bool drained = core->in_flight->WaitForZero(Clock::now() + o.drain_timeout);
  if (!drained) {
    spdlog::warn("{} requests still in flight after {} ms; abandoning them",
                 core->in_flight->count(), o.drain_timeout.count());
    core->abandoned = true;
  }
  {
    std::lock_guard lock(core->mu);
    core->stop_workers = true;
  }
  core->work_ready.notify_all();
  work.reset();
  core->ioctx.stop();
  for (std::thread& t : io) t.join();
  if (drained) {
    for (std::thread& t : workers) t.join();
  } else {
    // Workers stuck in a handler keep `core` alive and drop their request on return.
    for (std::thread& t : workers) t.detach();
    std::lock_guard lock(core->mu);
    core->queue.clear();
  }
  spdlog::info("stopped");
  return Status::Ok();
}

}  // namespace tandem::http
