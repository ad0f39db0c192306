// Streamed responses (server-sent events, http/event_hub.h) on a real socket: the head goes out
// at once, chunks written from another thread reach the client, an open stream holds no worker
// (one worker still answers other requests), a client that goes away makes writes fail, and
// shutdown closes open streams instead of waiting for them.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>

#include "base/status_matchers.h"
#include "http/server.h"

namespace tandem::http {
namespace {

using namespace std::chrono_literals;

// A raw connection that reads until a text shows up.
class RawClient {
 public:
  explicit RawClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    timeval timeout{5, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~RawClient() { Close(); }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }
  bool Get(const std::string& target) {
    const std::string req = "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n";
    return connected_ &&
           send(fd_, req.data(), req.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(req.size());
  }
  // True once everything read so far contains `text`; false on timeout or close before it.
  bool WaitFor(const std::string& text) {
    while (buffer_.find(text) == std::string::npos) {
      char chunk[4096];
      const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
      if (n <= 0) return false;
      buffer_.append(chunk, static_cast<size_t>(n));
    }
    return true;
  }
  // True once `text` has arrived or the server has closed the connection (an orderly close);
  // false on a timeout.
  bool WaitForTextOrClose(const std::string& text) {
    while (buffer_.find(text) == std::string::npos) {
      char chunk[4096];
      const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
      if (n == 0) return true;
      if (n < 0) return errno == ECONNRESET;
      buffer_.append(chunk, static_cast<size_t>(n));
    }
    return true;
  }
  const std::string& text() const { return buffer_; }

 private:
  int fd_ = -1;
  bool connected_ = false;
  std::string buffer_;
};

// The sinks the handler opened, for the test to write to.
struct Streams {
  std::mutex mu;
  std::vector<std::shared_ptr<EventSink>> sinks;
  std::shared_ptr<EventSink> Wait(size_t i) {
    for (int tries = 0; tries < 500; ++tries) {
      {
        std::lock_guard lock(mu);
        if (sinks.size() > i) return sinks[i];
      }
      std::this_thread::sleep_for(10ms);
    }
    return nullptr;
  }
};

HttpHandler Handler(Streams& streams) {
  return [&streams](const HttpRequest& req) {
    HttpResponse r;
    if (req.path == "/stream") {
      r.SetHeader("Content-Type", "text/event-stream");
      r.stream = [&streams](std::shared_ptr<EventSink> sink) {
        std::lock_guard lock(streams.mu);
        streams.sinks.push_back(std::move(sink));
      };
      return r;
    }
    r.SetHeader("Content-Type", "text/plain");
    r.body = "plain";
    return r;
  };
}

ServerOptions OneWorker() {
  ServerOptions o;
  o.port = 0;
  o.io_threads = 1;
  o.worker_threads = 1;
  return o;
}

TEST(ServerStreamTest, StreamsHoldNoWorkerAndCloseAtShutdown) {
  spdlog::set_level(spdlog::level::warn);
  Streams streams;
  HttpServer server(OneWorker(), Handler(streams));
  Status run_status;
  std::thread runner([&] { run_status = server.Run(); });
  const int port = server.WaitUntilListening();

  RawClient a(port), b(port);
  ASSERT_TRUE(a.Get("/stream"));
  ASSERT_TRUE(a.WaitFor("\r\n\r\n"));
  EXPECT_NE(a.text().find("HTTP/1.1 200"), std::string::npos);
  EXPECT_NE(a.text().find("text/event-stream"), std::string::npos);
  EXPECT_NE(a.text().find("Transfer-Encoding: chunked"), std::string::npos);
  auto sink = streams.Wait(0);
  ASSERT_NE(sink, nullptr);
  // Another thread writes; the client reads it.
  std::thread writer([&] { EXPECT_TRUE(sink->Write("event: message\ndata: {}\n\n")); });
  writer.join();
  EXPECT_TRUE(a.WaitFor("event: message\ndata: {}\n\n"));
  // The only worker is free: another request is answered while the stream stays open.
  ASSERT_TRUE(b.Get("/plain"));
  EXPECT_TRUE(b.WaitFor("plain"));
  EXPECT_TRUE(sink->Write(": keep-alive\n\n"));
  EXPECT_TRUE(a.WaitFor(": keep-alive"));

  // Shutdown closes the stream (its last chunk) instead of waiting for the drain timeout.
  const auto stop_at = std::chrono::steady_clock::now();
  server.Stop();
  runner.join();
  EXPECT_OK(run_status);
  EXPECT_LT(std::chrono::steady_clock::now() - stop_at, 5s);
  // The stream ends at once: its last chunk, or (when the socket closes before that chunk is
  // flushed, as it may while the machine is busy) the connection itself; never the 5 s
  // receive timeout.
  const auto closed_at = std::chrono::steady_clock::now();
  EXPECT_TRUE(a.WaitForTextOrClose("0\r\n\r\n"));
  EXPECT_LT(std::chrono::steady_clock::now() - closed_at, 4s);
  EXPECT_FALSE(sink->Write("late"));
}

TEST(ServerStreamTest, WritesFailOnceTheClientHasGone) {
  spdlog::set_level(spdlog::level::warn);
  Streams streams;
  HttpServer server(OneWorker(), Handler(streams));
  std::thread runner([&] { (void)server.Run(); });
  const int port = server.WaitUntilListening();
  {
    RawClient a(port);
    ASSERT_TRUE(a.Get("/stream"));
    ASSERT_TRUE(a.WaitFor("\r\n\r\n"));
  }  // the client closes its socket
  auto sink = streams.Wait(0);
  ASSERT_NE(sink, nullptr);
  bool failed = false;
  for (int i = 0; i < 200 && !failed; ++i) {
    failed = !sink->Write(": ping\n\n");
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_TRUE(failed);
  server.Stop();
  runner.join();
}

}  // namespace
}  // namespace tandem::http
