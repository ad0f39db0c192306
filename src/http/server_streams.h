// The in-flight accounting of the HTTP server and the open end of its streamed responses.
// Part of server.cc, the only translation unit that includes RESTinio, and included by it alone
// (this header pulls in RESTinio's message builders).
#ifndef TANDEM_HTTP_SERVER_STREAMS_H_
#define TANDEM_HTTP_SERVER_STREAMS_H_

#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <restinio/http_server.hpp>
#include <restinio/message_builders.hpp>
#include <string>
#include <utility>

#include "http/message.h"

namespace tandem::http::server_internal {

namespace asio = restinio::asio_ns;
using Clock = std::chrono::steady_clock;

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

// The open end of a streamed response (server-sent events, http/event_hub.h): chunks written
// from any thread are posted to the connection's strand by RESTinio; a failed write (the client
// went away) makes later writes answer false. Holds the request's in-flight token until closed,
// so the drain closes streams first (Core::CloseStreams) and then waits for the rest.
class StreamSink final : public EventSink, public std::enable_shared_from_this<StreamSink> {
 public:
  using Builder = restinio::response_builder_t<restinio::chunked_output_t>;
  StreamSink(Builder builder, InFlightToken token)
      : builder_(std::move(builder)), token_(std::move(token)) {}

  bool Write(std::string bytes) override {
    std::lock_guard lock(mu_);
    if (closed_ || broken_) return false;
    builder_.append_chunk(std::move(bytes));
    // The callback runs on an I/O thread and only flips an atomic: no lock, no re-entry.
    builder_.flush([weak = weak_from_this()](const asio::error_code& ec) {
      if (!ec) return;
      if (auto self = weak.lock()) self->broken_ = true;
    });
    return true;
  }

  void Close() override {
    std::lock_guard lock(mu_);
    if (closed_) return;
    closed_ = true;
    try {
      builder_.done();
    } catch (const std::exception& e) {
      spdlog::debug("closing a stream: {}", e.what());
    }
    token_.reset();
  }

 private:
  std::mutex mu_;
  Builder builder_;      // guarded by mu_
  InFlightToken token_;  // guarded by mu_
  bool closed_ = false;  // guarded by mu_
  std::atomic<bool> broken_{false};
};

}  // namespace tandem::http::server_internal

#endif  // TANDEM_HTTP_SERVER_STREAMS_H_
