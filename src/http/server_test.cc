// Real-socket tests of HttpServer: each test starts a server on an ephemeral port and talks to
// it with a tiny blocking HTTP/1.1 client.
#include "http/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "base/status_matchers.h"
#include "http/client_address.h"

namespace tandem::http {
namespace {

using namespace std::chrono_literals;

struct ClientResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
};

// Blocking client: one TCP connection, several requests allowed (keep-alive).
class TestClient {
 public:
  explicit TestClient(int port) {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    timeval timeout{10, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~TestClient() { close(fd_); }

  bool connected() const { return connected_; }

  bool Send(std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  // Reads one response; nullopt when the connection closes (or times out) before a full one.
  std::optional<ClientResponse> Read(bool head_request = false) {
    size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return std::nullopt;
    }
    ClientResponse r;
    const std::string head = buffer_.substr(0, header_end);
    buffer_.erase(0, header_end + 4);
    size_t line_end = head.find("\r\n");
    const std::string status_line = head.substr(0, line_end);
    if (status_line.rfind("HTTP/1.1 ", 0) != 0) return std::nullopt;
    r.status = std::stoi(status_line.substr(9, 3));
    while (line_end != std::string::npos) {
      const size_t start = line_end + 2;
      line_end = head.find("\r\n", start);
      const std::string line = head.substr(start, line_end - start);
      const size_t colon = line.find(':');
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      r.headers[name] = line.substr(line.find_first_not_of(' ', colon + 1));
    }
    const size_t length = head_request ? 0 : std::stoul(r.headers["content-length"]);
    while (buffer_.size() < length) {
      if (!Fill()) return std::nullopt;
    }
    r.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return r;
  }

  std::optional<ClientResponse> Roundtrip(std::string_view request, bool head = false) {
    if (!Send(request)) return std::nullopt;
    return Read(head);
  }

 private:
  bool Fill() {
    char chunk[16384];
    const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }

  int fd_;
  bool connected_ = false;
  std::string buffer_;
};

std::string GetRequest(const std::string& target, const std::string& extra_headers = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extra_headers + "\r\n";
}

std::string PostRequest(const std::string& target, const std::string& body) {
  return "POST " + target + " HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n" +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Runs an HttpServer on a background thread for the lifetime of the object.
class RunningServer {
 public:
  RunningServer(ServerOptions options, HttpHandler handler)
      : server_(std::move(options), std::move(handler)) {
    thread_ = std::thread([this] { status_ = server_.Run(); });
    port_ = server_.WaitUntilListening();
  }
  ~RunningServer() { (void)StopAndJoin(); }

  int port() const { return port_; }
  HttpServer& server() { return server_; }

  Status StopAndJoin() {
    server_.Stop();
    if (thread_.joinable()) thread_.join();
    return status_;
  }
  void Join() {
    if (thread_.joinable()) thread_.join();
  }
  const Status& status() const { return status_; }

 private:
  HttpServer server_;
  std::thread thread_;
  int port_ = 0;
  Status status_;
};

ServerOptions TestOptions() {
  ServerOptions options;
  options.port = 0;
  options.io_threads = 1;
  options.worker_threads = 4;
  options.max_body_bytes = 1024;
  return options;
}

HttpResponse Text(std::string body) {
  HttpResponse r;
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.body = std::move(body);
  return r;
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { spdlog::set_level(spdlog::level::warn); }
};

TEST_F(ServerTest, ServesDecodedRequestAndSecurityHeaders) {
  RunningServer s(TestOptions(), [](const HttpRequest& req) {
    std::string out = req.method + "|" + req.path + "|";
    for (const auto& [k, v] : req.query) out += k + "=" + v + ";";
    out += "|" + req.Header("x-test") + "|" + req.remote_address + "|" +
           (req.secure ? "secure" : "plain") + "|" + req.body;
    return Text(out);
  });
  ASSERT_GT(s.port(), 0);
  TestClient client(s.port());
  ASSERT_TRUE(client.connected());

  auto r = client.Roundtrip(GetRequest("/api/v1/echo%20x?q=a+b&q=%C3%A9&empty", "X-Test: Hi\r\n"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "GET|/api/v1/echo x|empty=;q=a b;q=\xC3\xA9;|Hi|127.0.0.1|plain|");
  EXPECT_EQ(r->headers["content-length"], std::to_string(r->body.size()));
  EXPECT_EQ(r->headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(r->headers["x-frame-options"], "DENY");
  EXPECT_EQ(r->headers["content-security-policy"], "default-src 'none'; frame-ancestors 'none'");
  EXPECT_EQ(r->headers.count("strict-transport-security"), 0u);

  // Same connection (keep-alive), a POST with a body. X-Forwarded-* from a peer that is not a
  // trusted proxy are ignored.
  auto p = client.Roundtrip(
      "POST /x HTTP/1.1\r\nHost: t\r\nX-Forwarded-Proto: https\r\n"
      "X-Forwarded-For: 6.6.6.6\r\nContent-Length: 5\r\n\r\nhello");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->body, "POST|/x|||127.0.0.1|plain|hello");
  EXPECT_EQ(p->headers.count("strict-transport-security"), 0u);
}

TEST_F(ServerTest, TrustedProxyForwardingHeadersAreBelieved) {
  ServerOptions options = TestOptions();
  options.trusted_proxies = *ParseCidrList("127.0.0.0/8");
  RunningServer s(options, [](const HttpRequest& req) {
    std::string out = req.remote_address;
    out += req.secure ? "|secure" : "|plain";
    return Text(out);
  });
  TestClient client(s.port());
  auto r = client.Roundtrip(GetRequest(
      "/", "X-Forwarded-For: 6.6.6.6, 198.51.100.7\r\nX-Forwarded-For: 127.0.0.5\r\n"
           "X-Forwarded-Proto: https\r\n"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body, "198.51.100.7|secure");
  EXPECT_NE(r->headers["strict-transport-security"], "");
  auto plain = client.Roundtrip(GetRequest("/"));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->body, "127.0.0.1|plain");
}

TEST_F(ServerTest, HeadKeepsContentLengthWithoutBody) {
  RunningServer s(TestOptions(), [](const HttpRequest&) { return Text("twelve bytes"); });
  TestClient client(s.port());
  auto r = client.Roundtrip("HEAD / HTTP/1.1\r\nHost: t\r\n\r\n", /*head=*/true);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->headers["content-length"], "12");
  // The connection is still usable: no stray body bytes were sent.
  auto g = client.Roundtrip(GetRequest("/"));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->body, "twelve bytes");
}

TEST_F(ServerTest, DropsHeadersThatWouldSplitTheResponse) {
  RunningServer s(TestOptions(), [](const HttpRequest&) {
    HttpResponse r = Text("ok");
    r.AddHeader("X-Bad", "a\r\nSet-Cookie: evil=1");
    r.AddHeader("X-Good", "fine");
    r.AddHeader("Content-Length", "999");
    return r;
  });
  TestClient client(s.port());
  auto r = client.Roundtrip(GetRequest("/"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->headers.count("set-cookie"), 0u);
  EXPECT_EQ(r->headers.count("x-bad"), 0u);
  EXPECT_EQ(r->headers["x-good"], "fine");
  EXPECT_EQ(r->headers["content-length"], "2");
  EXPECT_EQ(r->body, "ok");
}

TEST_F(ServerTest, MalformedPercentEncodingIs400) {
  std::atomic<int> calls{0};
  RunningServer s(TestOptions(), [&](const HttpRequest&) {
    ++calls;
    return Text("x");
  });
  TestClient client(s.port());
  for (const char* target : {"/a%zz", "/a%2", "/a%00b", "/a?q=%G1", "/a%FF", "/a%C3", "/a%0D%0Ab",
                             "/a%1B", "/a?q=%00", "/a?q=%FF", "/a?%0A=1", "/\xC3\xA9\xFF"}) {
    auto r = client.Roundtrip(GetRequest(target));
    ASSERT_TRUE(r) << target;
    EXPECT_EQ(r->status, 400) << target;
    EXPECT_EQ(r->headers["content-type"], "application/problem+json");
  }
  EXPECT_EQ(calls, 0);
}

TEST_F(ServerTest, OversizedBodyIs413WithoutCallingHandler) {
  std::atomic<int> calls{0};
  RunningServer s(TestOptions(), [&](const HttpRequest&) {
    ++calls;
    return Text("ok");
  });
  TestClient client(s.port());
  auto ok = client.Roundtrip(PostRequest("/api/v1/x", std::string(1024, 'a')));
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);

  auto big = client.Roundtrip(PostRequest("/api/v1/x", std::string(1025, 'a')));
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(big->headers["content-type"], "application/problem+json");
  EXPECT_EQ(big->headers["connection"], "close");
  EXPECT_EQ(big->headers["x-content-type-options"], "nosniff");
  EXPECT_NE(big->body.find("\"type\":\"https://tandem.dev/problems/payload-too-large\""),
            std::string::npos);
  EXPECT_NE(big->body.find("1024 bytes"), std::string::npos);

  // Chunked: no Content-Length, so the actual size is what counts.
  TestClient chunked_client(s.port());
  const std::string chunk(1500, 'b');
  char size_hex[16];
  snprintf(size_hex, sizeof size_hex, "%zx", chunk.size());
  auto chunked = chunked_client.Roundtrip(std::string("POST /api/v1/x HTTP/1.1\r\nHost: t\r\n") +
                                          "Transfer-Encoding: chunked\r\n\r\n" + size_hex +
                                          "\r\n" + chunk + "\r\n0\r\n\r\n");
  ASSERT_TRUE(chunked);
  EXPECT_EQ(chunked->status, 413);

  // Far above the limit: answered from the headers alone, without waiting for the body...
  TestClient huge(s.port());
  auto declared = huge.Roundtrip(
      "POST /api/v1/x HTTP/1.1\r\nHost: t\r\nContent-Length: 10000000000\r\n\r\n");
  ASSERT_TRUE(declared);
  EXPECT_EQ(declared->status, 413);
  // ...and also when the client sends the whole body before reading (lingering close).
  TestClient eager(s.port());
  auto sent = eager.Roundtrip(PostRequest("/api/v1/x", std::string(3 << 20, 'c')));
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->status, 413);
  EXPECT_EQ(calls, 1);
}

TEST_F(ServerTest, RequestsHttpParserRejectsAre400Problems) {
  std::atomic<int> calls{0};
  RunningServer s(TestOptions(), [&](const HttpRequest&) {
    ++calls;
    return Text("ok");
  });
  for (const std::string& raw : {
           std::string("GET /a\x01" "b HTTP/1.1\r\nHost: t\r\n\r\n"),
           std::string("GET /a\0b HTTP/1.1\r\nHost: t\r\n\r\n", 30),
           std::string("GET / HTTP/1.1\r\nHost: t\r\nX-A: a\x7f\r\n\r\n"),
           std::string("GET / HTTP/1.1\r\nHost: t\r\nX-A: " + std::string(20000, 'v') +
                       "\r\n\r\n"),
           std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"),  // a TLS hello
       }) {
    TestClient client(s.port());
    auto r = client.Roundtrip(raw);
    ASSERT_TRUE(r) << testing::PrintToString(raw.substr(0, 40));
    EXPECT_EQ(r->status, 400);
    EXPECT_EQ(r->headers["content-type"], "application/problem+json");
    EXPECT_EQ(r->headers["connection"], "close");
  }
  EXPECT_EQ(calls, 0);
}

TEST_F(ServerTest, FullQueueIs503WithRetryAfterAndHealthStillAnswers) {
  // One worker, a queue of one: the first request occupies the worker, the second waits, the
  // third is refused. Health checks are answered on the I/O thread meanwhile.
  std::mutex mu;
  std::condition_variable cv;
  bool entered = false;
  bool release = false;
  bool second_seen = false;
  std::atomic<int> calls{0};
  ServerOptions options = TestOptions();
  options.io_threads = 1;
  options.worker_threads = 1;
  options.max_queued_requests = 1;
  // Runs on the single I/O thread right before a request is queued, so once it has seen
  // "/two", "/two" is in the queue before any later request is looked at.
  options.inline_handler = [&](const HttpRequest& req) -> std::optional<HttpResponse> {
    if (req.path == "/healthz") return Text("alive");
    if (req.path == "/two") {
      std::lock_guard lock(mu);
      second_seen = true;
      cv.notify_all();
    }
    return std::nullopt;
  };
  RunningServer s(options, [&](const HttpRequest&) {
    ++calls;
    std::unique_lock lock(mu);
    entered = true;
    cv.notify_all();
    cv.wait(lock, [&] { return release; });
    return Text("done");
  });
  std::optional<ClientResponse> first;
  std::thread t1([&] { first = TestClient(s.port()).Roundtrip(GetRequest("/one")); });
  {
    std::unique_lock lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, 5s, [&] { return entered; }));
  }
  TestClient c2(s.port());
  ASSERT_TRUE(c2.Send(GetRequest("/two")));
  {
    std::unique_lock lock(mu);
    ASSERT_TRUE(cv.wait_for(lock, 5s, [&] { return second_seen; }));
  }
  auto third = TestClient(s.port()).Roundtrip(GetRequest("/three"));
  ASSERT_TRUE(third);
  EXPECT_EQ(third->status, 503);
  EXPECT_EQ(third->headers["retry-after"], "1");
  EXPECT_EQ(third->headers["content-type"], "application/problem+json");
  EXPECT_NE(third->body.find("\"status\":503"), std::string::npos);

  auto health = TestClient(s.port()).Roundtrip(GetRequest("/healthz"));
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->body, "alive");

  {
    std::lock_guard lock(mu);
    release = true;
  }
  cv.notify_all();
  t1.join();
  auto second = c2.Read();
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_EQ(first->body, "done");
  EXPECT_EQ(second->body, "done");
  EXPECT_EQ(calls, 2);
}

TEST_F(ServerTest, ThrowingHandlerBecomes500Problem) {
  RunningServer s(TestOptions(), [](const HttpRequest& req) -> HttpResponse {
    if (req.path == "/int") throw 42;
    throw std::runtime_error("secret detail");
  });
  TestClient client(s.port());
  for (const char* path : {"/boom", "/int"}) {
    auto r = client.Roundtrip(GetRequest(path));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 500);
    EXPECT_EQ(r->headers["content-type"], "application/problem+json");
    // The body comes from the error table (errors.cc), which writes keys in sorted order.
    EXPECT_EQ(r->body, R"({"detail":"The server hit an unexpected error.","status":500,)"
                       R"("title":"Internal error","type":"https://tandem.dev/problems/internal"})");
  }
}

TEST_F(ServerTest, HandlersRunConcurrentlyOnWorkersNotTheIoThread) {
  // With one I/O thread, four requests can only be inside the handler at the same time if the
  // handler runs elsewhere: each waits until all four have arrived.
  constexpr int kRequests = 4;
  std::mutex mu;
  std::condition_variable cv;
  int inside = 0;
  std::set<std::thread::id> threads;
  ServerOptions options = TestOptions();
  options.io_threads = 1;
  options.worker_threads = kRequests;
  RunningServer s(options, [&](const HttpRequest&) {
    std::unique_lock lock(mu);
    ++inside;
    threads.insert(std::this_thread::get_id());
    cv.notify_all();
    const bool all = cv.wait_for(lock, 5s, [&] { return inside >= kRequests; });
    return Text(all ? "together" : "alone");
  });
  std::vector<std::thread> clients;
  std::vector<std::string> bodies(kRequests);
  for (int i = 0; i < kRequests; ++i) {
    clients.emplace_back([&, i] {
      TestClient client(s.port());
      auto r = client.Roundtrip(GetRequest("/wait"));
      bodies[i] = r ? r->body : "no response";
    });
  }
  for (auto& t : clients) t.join();
  for (const std::string& body : bodies) EXPECT_EQ(body, "together");
  EXPECT_EQ(threads.size(), static_cast<size_t>(kRequests));
  EXPECT_EQ(threads.count(std::this_thread::get_id()), 0u);
}

TEST_F(ServerTest, StopWaitsForInFlightRequest) {
  std::atomic<bool> entered{false};
  std::atomic<bool> finished{false};
  RunningServer s(TestOptions(), [&](const HttpRequest&) {
    entered = true;
    std::this_thread::sleep_for(700ms);
    finished = true;
    return Text("slow done");
  });
  std::optional<ClientResponse> response;
  std::thread client([&] {
    TestClient c(s.port());
    response = c.Roundtrip(GetRequest("/slow"));
  });
  while (!entered) std::this_thread::sleep_for(5ms);
  const auto stop_at = std::chrono::steady_clock::now();
  Status status = s.StopAndJoin();  // Stop(), then wait for Run() to return
  EXPECT_OK(status);
  EXPECT_TRUE(finished);
  EXPECT_LT(std::chrono::steady_clock::now() - stop_at, ServerOptions{}.drain_timeout);
  client.join();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "slow done");

  // The listener is closed.
  TestClient late(s.port());
  EXPECT_FALSE(late.connected() && late.Roundtrip(GetRequest("/")).has_value());
}

TEST_F(ServerTest, AbandonsStuckHandlerAfterDrainTimeout) {
  // Shared with the handler by value: the abandoned worker outlives this test's locals.
  struct Gate {
    std::mutex mu;
    std::condition_variable cv;
    bool entered = false;
    bool release = false;
    bool returned = false;
  };
  auto gate = std::make_shared<Gate>();
  ServerOptions options = TestOptions();
  options.drain_timeout = 200ms;
  auto s = std::make_unique<RunningServer>(options, [gate](const HttpRequest&) {
    std::unique_lock lock(gate->mu);
    gate->entered = true;
    gate->cv.notify_all();
    gate->cv.wait(lock, [&] { return gate->release; });
    gate->returned = true;
    gate->cv.notify_all();
    return Text("too late");
  });
  std::optional<ClientResponse> response;
  std::thread client([&] {
    TestClient c(s->port());
    response = c.Roundtrip(GetRequest("/stuck"));
  });
  {
    std::unique_lock lock(gate->mu);
    ASSERT_TRUE(gate->cv.wait_for(lock, 5s, [&] { return gate->entered; }));
  }
  const auto stop_at = std::chrono::steady_clock::now();
  EXPECT_OK(s->StopAndJoin());
  EXPECT_LT(std::chrono::steady_clock::now() - stop_at, 3s);
  s.reset();  // HttpServer destroyed while the handler still runs
  {
    std::unique_lock lock(gate->mu);
    gate->release = true;
    gate->cv.notify_all();
    EXPECT_TRUE(gate->cv.wait_for(lock, 5s, [&] { return gate->returned; }));
  }
  // The late response is dropped, not written; the connection closes once the worker lets go.
  client.join();
  EXPECT_FALSE(response);
}

TEST_F(ServerTest, SigtermShutsDownGracefully) {
  RunningServer s(TestOptions(), [](const HttpRequest&) { return Text("ok"); });
  ASSERT_GT(s.port(), 0);
  {
    TestClient client(s.port());
    auto r = client.Roundtrip(GetRequest("/"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  std::raise(SIGTERM);
  s.Join();  // returns because of the signal, not because of Stop()
  EXPECT_OK(s.status());
}

TEST_F(ServerTest, BindFailureIsUnavailable) {
  RunningServer first(TestOptions(), [](const HttpRequest&) { return Text("ok"); });
  ServerOptions options = TestOptions();
  options.port = first.port();
  HttpServer second(options, [](const HttpRequest&) { return Text("ok"); });
  Status status = second.Run();
  EXPECT_CODE(status, StatusCode::kUnavailable) << status.ToString();
  EXPECT_EQ(second.WaitUntilListening(), 0);
}

TEST_F(ServerTest, SeveralIoThreadsAndKeepAlive) {
  ServerOptions options = TestOptions();
  options.io_threads = 2;
  RunningServer s(options, [](const HttpRequest& req) { return Text(req.path); });
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&, i] {
      TestClient client(s.port());
      for (int j = 0; j < 25; ++j) {
        const std::string path = "/c" + std::to_string(i) + "/" + std::to_string(j);
        auto r = client.Roundtrip(GetRequest(path));
        if (r && r->status == 200 && r->body == path) ++ok;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok, 100);
}

}  // namespace
}  // namespace tandem::http
