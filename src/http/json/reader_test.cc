#include "http/json/reader.h"

#include <gtest/gtest.h>

#include <string>

namespace tandem::http::json {
namespace {

TEST(JsonDepthTest, CountsBracketsOutsideStrings) {
  EXPECT_EQ(JsonDepth("1", 64), 0);
  EXPECT_EQ(JsonDepth("{}", 64), 1);
  EXPECT_EQ(JsonDepth(R"({"a":[{"b":[]}],"c":{}})", 64), 4);
  EXPECT_EQ(JsonDepth(R"({"a":"[[[[[{{{{"})", 64), 1);
  EXPECT_EQ(JsonDepth(R"({"a":"\"[[[[["})", 64), 1);
  EXPECT_EQ(JsonDepth(R"(["\\",[[]]])", 64), 3);
  EXPECT_EQ(JsonDepth("]]]][[", 64), 2);
  EXPECT_EQ(JsonDepth(std::string(100000, '['), 64), 65);
}

TEST(ParseBodyTest, RefusesDeepNestingBeforeParsing) {
  const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(ParseBody(ok).ok());
  const std::string deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  auto r = ParseBody(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("deeper than 64"), std::string::npos);
  // The attack from the issue: hundreds of thousands of levels, answered without a crash.
  EXPECT_FALSE(ParseBody(std::string(500000, '[')).ok());
  EXPECT_FALSE(ParseBody("{\"a\":" + std::string(300000, '[')).ok());
}

TEST(ParseBodyTest, RejectsMalformedAndInvalidUtf8) {
  EXPECT_FALSE(ParseBody("").ok());
  EXPECT_FALSE(ParseBody("{\"a\":").ok());
  EXPECT_FALSE(ParseBody("{\"a\":\"\xFF\"}").ok());
  EXPECT_FALSE(ParseBody("{\"a\":1e400}").ok());
  EXPECT_TRUE(ParseBody("{\"a\":\"caf\xC3\xA9\"}").ok());
}

TEST(ObjectReaderTest, ReportsAtMostTwentyErrors) {
  std::string body = "{";
  for (int i = 0; i < 5000; ++i) body += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
  body += "}";
  auto json = ParseBody(body);
  ASSERT_TRUE(json.ok());
  ObjectReader r(*json);
  Status s = r.Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.fields().size(), kMaxReportedErrors);
  EXPECT_NE(s.message().find("and 4980 more"), std::string::npos);
  EXPECT_LT(s.message().size(), 2000u);
}

}  // namespace
}  // namespace tandem::http::json
