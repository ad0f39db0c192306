#include "http/wire.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace tandem::http {
namespace {

TEST(WireTest, MethodsCompareUpperCase) {
  EXPECT_EQ(CanonicalMethod("get"), "GET");
  EXPECT_EQ(CanonicalMethod("Patch"), "PATCH");
  EXPECT_EQ(CanonicalMethod(""), "");
}

TEST(WireTest, AnswerStatusesAndBodies) {
  EXPECT_FALSE(IsAnswerStatus(199));
  EXPECT_TRUE(IsAnswerStatus(200));
  EXPECT_TRUE(IsAnswerStatus(599));
  EXPECT_FALSE(IsAnswerStatus(600));
  EXPECT_TRUE(SendsBody("GET", 200));
  EXPECT_FALSE(SendsBody("HEAD", 200));
  EXPECT_FALSE(SendsBody("GET", 204));
  EXPECT_FALSE(SendsBody("GET", 304));
  EXPECT_TRUE(SendsBody("POST", 404));
}

TEST(WireTest, FramingHeadersAreLeftToTheWriterAndSplittingOnesDropped) {
  const WireHeaders h = PrepareHeaders({{"Content-Type", "text/plain"},
                                        {"content-length", "99"},
                                        {"Connection", "keep-alive"},
                                        {"Transfer-Encoding", "chunked"},
                                        {"X-Evil", "a\r\nSet-Cookie: s=1"},
                                        {"Bad Name", "v"},
                                        {"Bad:Name", "v"},
                                        {"", "v"},
                                        {"Set-Cookie", "a=1"},
                                        {"Set-Cookie", "b=2"}});
  ASSERT_EQ(h.kept.size(), 3u);
  EXPECT_EQ(h.kept[0].first, "Content-Type");
  EXPECT_EQ(h.kept[1].second, "a=1");
  EXPECT_EQ(h.kept[2].second, "b=2");
  EXPECT_EQ(h.dropped, (std::vector<std::string>{"X-Evil", "Bad Name", "Bad:Name", ""}));
}

TEST(WireTest, ClosingResponseIsOneWellFramedMessage) {
  HttpResponse r = PayloadTooLargeProblem(2048);
  r.AddHeader("X-Split", "x\r\nInjected: 1");
  const std::string bytes = SerializeClosingResponse(r);
  EXPECT_EQ(bytes.rfind("HTTP/1.1 413 Content Too Large\r\n", 0), 0u) << bytes;
  const size_t end = bytes.find("\r\n\r\n");
  ASSERT_NE(end, std::string::npos);
  const std::string head = bytes.substr(0, end + 2);
  const std::string body = bytes.substr(end + 4);
  EXPECT_NE(head.find("Content-Type: application/problem+json\r\n"), std::string::npos);
  EXPECT_NE(head.find("Content-Length: " + std::to_string(body.size()) + "\r\n"),
            std::string::npos);
  EXPECT_NE(head.find("Connection: close\r\n"), std::string::npos);
  EXPECT_EQ(head.find("Injected"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(body)["detail"],
            "The request body exceeds the limit of 2048 bytes.");

  HttpResponse empty;
  empty.status = 204;
  empty.body = "ignored";
  EXPECT_EQ(SerializeClosingResponse(empty),
            "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

TEST(WireTest, DeclaredLengthAboveTheLimit) {
  EXPECT_FALSE(DeclaredLengthExceeds(std::nullopt, 10));
  EXPECT_FALSE(DeclaredLengthExceeds("", 10));
  EXPECT_FALSE(DeclaredLengthExceeds("10", 10));
  EXPECT_TRUE(DeclaredLengthExceeds("11", 10));
  EXPECT_TRUE(DeclaredLengthExceeds("18446744073709551615", 10));
  EXPECT_FALSE(DeclaredLengthExceeds("99999999999999999999999", 10));  // parser's job
  EXPECT_FALSE(DeclaredLengthExceeds("12x", 10));
  EXPECT_FALSE(DeclaredLengthExceeds("-5", 10));
}

TEST(WireTest, EdgeProblemsComeFromTheErrorTable) {
  const HttpResponse busy = BusyProblem();
  EXPECT_EQ(busy.status, 503);
  EXPECT_EQ(busy.Header("Retry-After"), "1");
  EXPECT_EQ(busy.Header("Content-Type"), "application/problem+json");
  const HttpResponse draining = ShuttingDownProblem();
  EXPECT_EQ(draining.status, 503);
  EXPECT_EQ(draining.Header("Retry-After"), "1");
  EXPECT_NE(draining.body, busy.body);
  EXPECT_EQ(MalformedTargetProblem().status, 400);
  EXPECT_EQ(MalformedMessageProblem().status, 400);
  EXPECT_NE(MalformedTargetProblem().body, MalformedMessageProblem().body);
  EXPECT_EQ(PayloadTooLargeProblem(1).status, 413);
}

}  // namespace
}  // namespace tandem::http
