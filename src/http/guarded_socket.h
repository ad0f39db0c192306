// The socket every connection of the HTTP server reads through: it answers what RESTinio would
// drop without a word. Part of server.cc, the only translation unit that includes RESTinio, and
// included by it alone (this header pulls in RESTinio's Asio).
#ifndef TANDEM_HTTP_GUARDED_SOCKET_H_
#define TANDEM_HTTP_GUARDED_SOCKET_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <restinio/http_server.hpp>
#include <string>
#include <utility>

#include "http/request_guard.h"

namespace tandem::http::server_internal {

namespace asio = restinio::asio_ns;

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

  using Refusal =
      std::function<std::string(GuardVerdict, const RequestStreamGuard&, const std::string& peer)>;
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
        buffer,
        asio::bind_executor(ex, [this, w, buffer, ex, handler = std::forward<Handler>(handler)](
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
      watch_ =
          std::make_unique<Watch>(*ioctx_, asio::use_service<EdgeGuardService>(*ioctx_).limits);
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
void prepare_connection_and_start_read(GuardedSocket&, Connection&, StartRead start_read, Failed) {
  start_read();
}
inline restinio::impl::tls_socket_t* make_tls_socket_pointer_for_state_listener(
    GuardedSocket&) noexcept {
  return nullptr;
}

}  // namespace tandem::http::server_internal

#endif  // TANDEM_HTTP_GUARDED_SOCKET_H_
