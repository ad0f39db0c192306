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
#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <functional>
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
#include "http/access_log.h"
#include "http/client_address.h"
#include "http/errors.h"
#include "http/request_guard.h"
#include "http/security_headers.h"
#include "http/url.h"
#include "http/wire.h"

namespace tandem::http {
namespace {

namespace asio = restinio::asio_ns;
using Clock = std::chrono::steady_clock;

// Limits of a request's head, enforced by RESTinio and, first, by RequestStreamGuard.
constexpr size_t kMaxUrlBytes = 16 * 1024;
constexpr size_t kMaxFieldNameBytes = 1024;
constexpr size_t kMaxFieldValueBytes = 16 * 1024;
constexpr size_t kMaxFieldCount = 200;

// RESTinio's own body limit is only a backstop above ours (GuardedSocket answers 413 as soon as
// a declared or chunked body passes max_body_bytes): it bounds the memory of one request should
// the guard ever let a body through.
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

// ---------------------------------------------------------------------------------------------
// Answering what RESTinio would drop. RESTinio 0.6 closes a connection without a word when a
// body exceeds its limit or the bytes are not HTTP, and offers no hook between a request's head
// and its body. So each connection's socket is wrapped: a RequestStreamGuard (request_guard.h)
// reads the same bytes with the same http_parser before RESTinio does. When it refuses a
// request, the wrapper withholds those bytes from RESTinio, writes the 413 or 400 itself
// (Connection: close), half-closes, reads and discards what the client is still sending (a
// bounded "lingering close", so the client sees the answer rather than a reset), and then
// reports end-of-stream to RESTinio, which closes the connection.
//
// Writing directly is safe because of RESTinio's pipelining limit of 1 (the default): it
// reads from a connection only once the previous response has been written. The one case
// where an answer may still be owed (a request completed earlier within the same read) falls
// back to RESTinio's own behaviour.

using GuardVerdict = RequestStreamGuard::Verdict;

// Per-server settings of the wrapped sockets, found through their io_context.
class EdgeGuardService : public asio::execution_context::service {
 public:
  using key_type = EdgeGuardService;
  static inline asio::execution_context::id id;

  using Refusal = std::function<std::string(GuardVerdict, const RequestStreamGuard&,
                                            const std::string& peer)>;
  explicit EdgeGuardService(asio::execution_context& ctx) : service(ctx) {}
  void shutdown() override {}

  // Set once by Serve() before the server opens.
  RequestLimits limits;
  Refusal refusal;  // the full HTTP response bytes; also writes the access log line
};

// How long and how much a refused client may keep sending before the connection closes.
constexpr auto kLingerTime = std::chrono::seconds(5);
constexpr uint64_t kLingerBytes = uint64_t{64} << 20;

class GuardedSocket {
 public:
  using socket_t = asio::ip::tcp::socket;
  using executor_type = socket_t::executor_type;

  explicit GuardedSocket(asio::io_context& ioctx) : ioctx_(&ioctx), socket_(ioctx) {}
  GuardedSocket(GuardedSocket&&) = default;
  GuardedSocket& operator=(GuardedSocket&&) = default;

  socket_t& lowest_layer() { return socket_; }
  const socket_t& lowest_layer() const { return socket_; }
  auto get_executor() { return socket_.get_executor(); }
  auto remote_endpoint() const { return socket_.remote_endpoint(); }
  bool is_open() const { return socket_.is_open(); }
  auto native_handle() { return socket_.native_handle(); }
  template <typename... Args>
  void cancel(Args&&... args) {
    socket_.cancel(std::forward<Args>(args)...);
  }
  template <typename... Args>
  void shutdown(Args&&... args) {
    socket_.shutdown(std::forward<Args>(args)...);
  }
  template <typename... Args>
  void close(Args&&... args) {
    socket_.close(std::forward<Args>(args)...);
  }
  template <typename... Args>
  auto native_non_blocking(Args&&... args) {
    return socket_.native_non_blocking(std::forward<Args>(args)...);
  }
  template <typename... Args>
  auto async_wait(Args&&... args) {
    return socket_.async_wait(std::forward<Args>(args)...);
  }
  template <typename... Args>
  auto async_write_some(Args&&... args) {
    return socket_.async_write_some(std::forward<Args>(args)...);
  }

  // RESTinio reads into one contiguous buffer. The handler runs on RESTinio's strand.
  template <typename Handler>
  void async_read_some(asio::mutable_buffer buffer, Handler&& handler) {
    Watch* w = watch();
    if (!w) {
      socket_.async_read_some(buffer, std::forward<Handler>(handler));
      return;
    }
    auto ex = asio::get_associated_executor(handler, socket_.get_executor());
    socket_.async_read_some(
        buffer, asio::bind_executor(ex, [this, w, buffer, ex, handler = std::forward<Handler>(
                                                                    handler)](
                                            const asio::error_code& ec, size_t n) mutable {
          if (ec || n == 0 || !w->active) return handler(ec, n);
          const GuardVerdict verdict =
              w->guard.Feed(std::string_view(static_cast<const char*>(buffer.data()), n));
          if (verdict == GuardVerdict::kPass) return handler(ec, n);
          w->active = false;
          if (w->guard.completed_in_last_feed() > 0) return handler(ec, n);  // see above
          Refuse(verdict, ex, std::move(handler));
        }));
  }

 private:
  struct Watch {
    Watch(asio::io_context& ioctx, const RequestLimits& limits) : guard(limits), timer(ioctx) {}
    RequestStreamGuard guard;
    bool active = true;
    asio::steady_timer timer;
    uint64_t discarded = 0;
    std::array<char, 16384> sink;
    std::string answer;
  };

  Watch* watch() {
    if (!watch_) {
      if (!asio::has_service<EdgeGuardService>(*ioctx_)) return nullptr;
      watch_ = std::make_unique<Watch>(*ioctx_, asio::use_service<EdgeGuardService>(*ioctx_).limits);
    }
    return watch_.get();
  }

  template <typename Executor, typename Handler>
  void Refuse(GuardVerdict verdict, Executor ex, Handler handler) {
    Watch* w = watch_.get();
    asio::error_code ignored;
    const auto peer = socket_.remote_endpoint(ignored);
    w->answer = asio::use_service<EdgeGuardService>(*ioctx_).refusal(
        verdict, w->guard, ignored ? std::string() : peer.address().to_string());
    asio::async_write(
        socket_, asio::buffer(w->answer),
        asio::bind_executor(ex, [this, w, ex, handler = std::move(handler)](
                                    const asio::error_code& ec, size_t) mutable {
          if (ec) return handler(asio::error::eof, 0);
          asio::error_code ignored;
          socket_.shutdown(socket_t::shutdown_send, ignored);
          w->timer.expires_after(kLingerTime);
          w->timer.async_wait(asio::bind_executor(ex, [this](const asio::error_code& ec) {
            if (ec) return;  // cancelled: the linger ended first (the socket may be gone)
            asio::error_code ignored;
            socket_.cancel(ignored);
          }));
          Linger(ex, std::move(handler));
        }));
  }

  // Reads and drops what the refused client still sends, until it stops, kLingerBytes have
  // gone by, or the linger timer cancels the read; then RESTinio sees end-of-stream.
  template <typename Executor, typename Handler>
  void Linger(Executor ex, Handler handler) {
    Watch* w = watch_.get();
    socket_.async_read_some(
        asio::buffer(w->sink),
        asio::bind_executor(ex, [this, w, ex, handler = std::move(handler)](
                                    const asio::error_code& ec, size_t n) mutable {
          w->discarded += n;
          if (!ec && w->discarded < kLingerBytes) return Linger(ex, std::move(handler));
          w->timer.cancel();
          handler(asio::error::eof, 0);
        }));
  }

  asio::io_context* ioctx_;
  socket_t socket_;
  std::unique_ptr<Watch> watch_;
};

// RESTinio's hooks for a plain (non-TLS) socket type, found by argument-dependent lookup.
template <typename Connection, typename StartRead, typename Failed>
void prepare_connection_and_start_read(GuardedSocket&, Connection&, StartRead start_read,
                                       Failed) {
  start_read();
}
inline restinio::impl::tls_socket_t* make_tls_socket_pointer_for_state_listener(
    GuardedSocket&) noexcept {
  return nullptr;
}

// default_strand_t keeps each connection's handlers serial when io_threads > 1.
// use_connection_count_limiter makes max_parallel_connections available (RESTinio >= 0.6.12).
struct Traits : public restinio::traits_t<restinio::asio_timer_manager_t, SpdlogAdapter> {
  static constexpr bool use_connection_count_limiter = true;
  using stream_socket_t = GuardedSocket;
};
using RestinioServer = restinio::http_server_t<Traits>;
using RequestHandle = restinio::request_handle_t;

// ---------------------------------------------------------------------------------------------
// Request conversion. The pure parts (decoding, client address, log lines) live in url.h,
// client_address.h and access_log.h, with unit tests and a fuzz target.

// Fills what every answer needs, even a refusal: method, raw path (for the log), headers,
// client address and `secure`.
void ConvertEnvelope(const restinio::request_t& req, const std::vector<Cidr>& trusted_proxies,
                     HttpRequest& out) {
  const auto& header = req.header();
  out.method = CanonicalMethod(req.header().method().c_str());
  out.path = std::string(header.path());
  std::string forwarded_for;
  std::string forwarded_proto;
  header.for_each_field([&](const restinio::http_header_field_t& field) {
    std::string name = ToLower(field.name());
    if (name == "x-forwarded-for") {
      if (!forwarded_for.empty()) forwarded_for += ',';
      forwarded_for += field.value();
    } else if (name == "x-forwarded-proto") {
      if (!forwarded_proto.empty()) forwarded_proto += ',';
      forwarded_proto += field.value();
    }
    out.headers.emplace_back(std::move(name), field.value());
  });
  const ClientInfo client =
      ResolveClient(req.remote_endpoint().address().to_string(), forwarded_for, forwarded_proto,
                    /*tls=*/false, trusted_proxies);
  out.remote_address = client.address;
  out.secure = client.secure;
}

// Decodes the path and query and takes the body; false when the path or query is malformed.
bool ConvertTarget(const restinio::request_t& req, HttpRequest& out) {
  std::optional<std::string> path = DecodePath(req.header().path());
  auto query = ParseQuery(req.header().query());
  if (!path || !query) return false;
  out.path = std::move(*path);
  out.query = std::move(*query);
  out.body = req.body();
  return true;
}

// ---------------------------------------------------------------------------------------------
// Responses.

HttpResponse InternalErrorProblem() { return ProblemResponse(Internal("")); }

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
void Respond(const RequestHandle& handle, const HttpRequest& request, HttpResponse response,
             bool close_connection, Clock::time_point start, InFlightToken token) {
  const std::string& method = request.method;
  if (!IsAnswerStatus(response.status)) {
    spdlog::error("handler returned invalid status {} for {} {}", response.status,
                  LogEscape(method), LogPath(request.path));
    response = InternalErrorProblem();
  }
  ApplySecurityHeaders(response, request.secure);
  const int status = response.status;
  const bool send_body = SendsBody(method, status);

  auto builder = handle->create_response<restinio::user_controlled_output_t>(
      restinio::http_status_line_t{restinio::http_status_code_t{static_cast<uint16_t>(status)},
                                   std::string(ReasonPhrase(status))});
  WireHeaders headers = PrepareHeaders(response.headers);
  for (const std::string& name : headers.dropped) {
    spdlog::error("dropping malformed response header {} on {} {}", LogEscape(name),
                  LogEscape(method), LogPath(request.path));
  }
  for (auto& [name, value] : headers.kept) {
    builder.append_header(std::move(name), std::move(value));
  }
  if (close_connection) builder.connection_close();
  const size_t bytes = send_body ? response.body.size() : 0;
  builder.set_content_length(IsBodylessStatus(status) ? 0 : response.body.size());
  if (send_body) builder.set_body(std::move(response.body));
  builder.done([token = std::move(token)](const asio::error_code&) {});

  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  spdlog::info("{}", AccessLogLine({method, request.path, request.remote_address, status, ms,
                                    bytes}));
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
    Job job{HttpRequest{}, handle, InFlight::Acquire(in_flight), Clock::now()};
    ConvertEnvelope(*handle, options.trusted_proxies, job.request);
    std::optional<HttpResponse> early;
    bool close_connection = false;
    if (draining) {
      early = ShuttingDownProblem();
      close_connection = true;
    } else if (BodyTooLarge(*handle)) {
      early = PayloadTooLargeProblem(options.max_body_bytes);
    } else if (!ConvertTarget(*handle, job.request)) {
      early = MalformedTargetProblem();
    } else if (options.inline_handler) {
      early = options.inline_handler(job.request);
    }
    if (!early) {
      std::unique_lock lock(mu);
      if (queue.size() < options.max_queued_requests) {
        queue.push_back(std::move(job));
        lock.unlock();
        work_ready.notify_one();
        return restinio::request_accepted();
      }
      lock.unlock();
      early = BusyProblem();
    }
    Respond(handle, job.request, std::move(*early), close_connection, job.start,
            std::move(job.token));
    return restinio::request_accepted();
  }

  // The answer GuardedSocket writes for a request it refuses: the whole HTTP response as
  // bytes, with its access log line.
  std::string RefusalBytes(GuardVerdict verdict, const RequestStreamGuard& guard,
                           const std::string& peer) {
    HttpRequest request;
    request.method = guard.method().empty() ? "-" : guard.method();
    request.path = guard.target().substr(0, guard.target().find('?'));
    const ClientInfo client = ResolveClient(peer, guard.forwarded_for(), guard.forwarded_proto(),
                                            /*tls=*/false, options.trusted_proxies);
    request.remote_address = client.address;
    request.secure = client.secure;
    HttpResponse response = verdict == GuardVerdict::kTooLarge
                                ? PayloadTooLargeProblem(options.max_body_bytes)
                                : MalformedMessageProblem();
    ApplySecurityHeaders(response, request.secure);
    std::string out = SerializeClosingResponse(response);
    spdlog::info("{}", AccessLogLine({request.method, request.path, request.remote_address,
                                      response.status, 0.0, response.body.size()}));
    return out;
  }

  bool BodyTooLarge(const restinio::request_t& req) const {
    if (req.body().size() > options.max_body_bytes) return true;
    const auto declared = req.header().opt_value_of("Content-Length");
    // An unparsable or overflowing Content-Length never reaches here: http_parser rejects it.
    return DeclaredLengthExceeds(declared ? std::optional<std::string_view>(*declared)
                                          : std::nullopt,
                                 options.max_body_bytes);
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
      Respond(job.handle, job.request, std::move(response), false, job.start,
              std::move(job.token));
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
      o.max_body_bytes == 0 || o.max_queued_requests == 0 || o.max_connections == 0 ||
      o.drain_timeout.count() < 0 || !handler) {
    return InvalidArgument("invalid server options");
  }
  auto core = std::make_shared<Core>(options, handler);
  RequestLimits limits;
  limits.max_body_bytes = o.max_body_bytes;
  limits.max_url_bytes = kMaxUrlBytes;
  limits.max_field_name_bytes = kMaxFieldNameBytes;
  limits.max_field_value_bytes = kMaxFieldValueBytes;
  limits.max_field_count = kMaxFieldCount;
  EdgeGuardService& guard_service = asio::use_service<EdgeGuardService>(core->ioctx);
  guard_service.limits = limits;
  guard_service.refusal = [raw = core.get()](GuardVerdict verdict, const RequestStreamGuard& guard,
                                             const std::string& peer) {
    return raw->RefusalBytes(verdict, guard, peer);
  };

  int port = 0;
  try {
    restinio::server_settings_t<Traits> settings;
    settings.address(o.host)
        .port(static_cast<uint16_t>(o.port))
        .request_handler(
            [raw = core.get()](RequestHandle handle) { return raw->OnRequest(std::move(handle)); })
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                      .max_url_size(kMaxUrlBytes)
                                      .max_field_name_size(kMaxFieldNameBytes)
                                      .max_field_value_size(kMaxFieldValueBytes)
                                      .max_field_count(kMaxFieldCount)
                                      .max_body_size(TransportBodyLimit(o.max_body_bytes)))
        .max_parallel_connections(o.max_connections)
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
