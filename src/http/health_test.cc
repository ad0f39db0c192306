#include "http/health.h"

#include <gtest/gtest.h>

#include <atomic>

namespace tandem::http {
namespace {

using namespace std::chrono_literals;

HttpRequest HealthGet(std::string path) {
  HttpRequest r;
  r.method = "GET";
  r.path = std::move(path);
  return r;
}

TEST(AnswerHealthTest, AnswersOnlyHealthPaths) {
  auto h = AnswerHealth(HealthGet("/healthz"), false);
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
  EXPECT_EQ(h->body, R"({"status":"ok"})");
  auto ready = AnswerHealth(HealthGet("/readyz"), true);
  ASSERT_TRUE(ready);
  EXPECT_EQ(ready->status, 200);
  auto down = AnswerHealth(HealthGet("/readyz"), false);
  ASSERT_TRUE(down);
  EXPECT_EQ(down->status, 503);
  EXPECT_EQ(down->Header("Content-Type"), "application/problem+json");
  EXPECT_FALSE(AnswerHealth(HealthGet("/api/v1/me"), true));
  HttpRequest post = HealthGet("/healthz");
  post.method = "POST";
  EXPECT_FALSE(AnswerHealth(post, true));
}

TEST(ReadinessProbeTest, ChecksAtOnceThenFollowsTheCheck) {
  std::atomic<bool> up{false};
  std::atomic<int> calls{0};
  ReadinessProbe probe(
      [&]() -> Status {
        ++calls;
        return up ? Status::Ok() : Unavailable("down");
      },
      5ms);
  EXPECT_GE(calls, 1);
  up = true;
  // Waits for the background thread to run the check again (no timing assertion: it must).
  while (!probe.ready()) std::this_thread::sleep_for(1ms);
  EXPECT_TRUE(probe.ready());
}

}  // namespace
}  // namespace tandem::http
