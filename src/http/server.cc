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
#include "http/guarded_socket.h"
#include "http/request_guard.h"
#include "http/security_headers.h"
#include "http/server_streams.h"
#include "http/url.h"
#include "http/wire.h"

namespace tandem::http {
namespace {

namespace asio = restinio::asio_ns;
using server_internal::EdgeGuardService;
using server_internal::GuardedSocket;
using server_internal::GuardVerdict;
using server_internal::InFlight;
using server_internal::InFlightToken;
using server_internal::StreamSink;
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

  std::mutex streams_mu;
  std::vector<std::weak_ptr<StreamSink>> streams;  // guarded by streams_mu

  // Writes the head of a streamed response and hands its sink to response.stream; the worker
  // then returns to the pool while the connection stays open.
  void OpenStream(Job& job, HttpResponse response) {
    ApplySecurityHeaders(response, job.request.secure);
    auto builder =
        job.handle->create_response<restinio::chunked_output_t>(restinio::http_status_line_t{
            restinio::http_status_code_t{static_cast<uint16_t>(response.status)},
            std::string(ReasonPhrase(response.status))});
    WireHeaders headers = PrepareHeaders(response.headers);
    for (auto& [name, value] : headers.kept)
      builder.append_header(std::move(name), std::move(value));
    builder.flush();
    auto sink = std::make_shared<StreamSink>(std::move(builder), std::move(job.token));
    {
      std::lock_guard lock(streams_mu);
      std::erase_if(streams, [](const std::weak_ptr<StreamSink>& w) { return w.expired(); });
      streams.push_back(sink);
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - job.start).count();
    spdlog::info("{}", AccessLogLine({job.request.method, job.request.path,
                                      job.request.remote_address, response.status, ms, 0}));
    if (draining) {
      sink->Close();
      return;
    }
    response.stream(std::move(sink));
  }

  // At the start of the drain: every open stream ends, so its in-flight token goes.
  void CloseStreams() {
    std::vector<std::shared_ptr<StreamSink>> open;
    {
      std::lock_guard lock(streams_mu);
      for (auto& w : streams)
        if (auto s = w.lock()) open.push_back(std::move(s));
      streams.clear();
    }
    for (auto& s : open) s->Close();
  }

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
      if (response.stream && response.status == 200 && job.request.method == "GET") {
        OpenStream(job, std::move(response));
        return;
      }
      response.stream = nullptr;
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
  core->CloseStreams();
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
