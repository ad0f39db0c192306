#include "http/request_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace tandem::http {
namespace {

using Verdict = RequestStreamGuard::Verdict;

RequestLimits Limits() {
  RequestLimits limits;
  limits.max_body_bytes = 100;
  limits.max_url_bytes = 64;
  limits.max_field_count = 5;
  limits.max_field_value_bytes = 32;
  return limits;
}

TEST(RequestStreamGuardTest, PassesOrdinaryRequestsAcrossFeeds) {
  RequestStreamGuard g(Limits());
  const std::string req = "POST /a?b=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello";
  for (char c : req) ASSERT_EQ(g.Feed(std::string_view(&c, 1)), Verdict::kPass);
  EXPECT_EQ(g.Feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), Verdict::kPass);
  EXPECT_EQ(g.completed_in_last_feed(), 1);
}

TEST(RequestStreamGuardTest, RefusesDeclaredBodyOverTheLimitAtTheHeaders) {
  RequestStreamGuard g(Limits());
  EXPECT_EQ(g.Feed("POST /api/v1/x?q=1 HTTP/1.1\r\nX-Forwarded-For: 1.2.3.4\r\n"
                   "X-Forwarded-For: 5.6.7.8\r\nX-Forwarded-Proto: https\r\n"
                   "Content-Length: 50000000\r\n\r\n"),
            Verdict::kTooLarge);
  EXPECT_EQ(g.method(), "POST");
  EXPECT_EQ(g.target(), "/api/v1/x?q=1");
  EXPECT_EQ(g.forwarded_for(), "1.2.3.4,5.6.7.8");
  EXPECT_EQ(g.forwarded_proto(), "https");
  EXPECT_EQ(g.completed_in_last_feed(), 0);
  // Sticky.
  EXPECT_EQ(g.Feed("GET / HTTP/1.1\r\n\r\n"), Verdict::kTooLarge);
}

TEST(RequestStreamGuardTest, CountsChunkedBodies) {
  RequestStreamGuard g(Limits());
  EXPECT_EQ(g.Feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" +
                   std::string(64, 'a') + "\r\n"),
            Verdict::kPass);
  EXPECT_EQ(g.Feed("40\r\n" + std::string(64, 'b') + "\r\n"), Verdict::kTooLarge);
}

TEST(RequestStreamGuardTest, ExactlyTheLimitPasses) {
  RequestStreamGuard g(Limits());
  EXPECT_EQ(g.Feed("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'a')),
            Verdict::kPass);
}

TEST(RequestStreamGuardTest, RefusesWhatHttpParserRejects) {
  for (const std::string& bad : {
           std::string("GET /a\x01 HTTP/1.1\r\n\r\n"),
           std::string("GET /a\0b HTTP/1.1\r\n\r\n", 21),
           std::string("GET / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n"),
           std::string("NOPE / HTTP/1.1\r\n\r\n"),
           std::string("GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"),
           std::string("GET /" + std::string(100, 'a') + " HTTP/1.1\r\n\r\n"),  // URL limit
           std::string("GET / HTTP/1.1\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\nE: 1\r\nF: 1\r\n\r\n"),
           std::string("GET / HTTP/1.1\r\nA: " + std::string(40, 'v') + "\r\n\r\n"),
       }) {
    RequestStreamGuard g(Limits());
    EXPECT_EQ(g.Feed(bad), Verdict::kMalformed) << testing::PrintToString(bad);
  }
}

TEST(RequestStreamGuardTest, ReportsRequestsCompletedBeforeTheRefusalInTheSameFeed) {
  RequestStreamGuard g(Limits());
  EXPECT_EQ(g.Feed("GET /one HTTP/1.1\r\n\r\nPOST /two HTTP/1.1\r\nContent-Length: 999\r\n\r\n"),
            Verdict::kTooLarge);
  EXPECT_EQ(g.completed_in_last_feed(), 1);
  EXPECT_EQ(g.target(), "/two");
}

}  // namespace
}  // namespace tandem::http
