#include "http/url.h"

#include <gtest/gtest.h>

#include <string>

#include "base/strings.h"

namespace tandem::http {
namespace {

TEST(PercentDecodeTest, DecodesEscapesAndPlus) {
  EXPECT_EQ(PercentDecode("/a%20b%2Fc", false), "/a b/c");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("a+b%2B", true), "a b+");
  EXPECT_EQ(PercentDecode("%c3%A9", false), "\xC3\xA9");
  EXPECT_EQ(PercentDecode("", false), "");
}

TEST(PercentDecodeTest, RejectsMalformedEscapes) {
  for (const char* bad : {"%", "%2", "a%zz", "%G1", "%%", "x%2"}) {
    EXPECT_FALSE(PercentDecode(bad, false)) << bad;
  }
}

TEST(IsCleanTextTest, AcceptsUtf8AndRejectsControlsAndMalformedBytes) {
  EXPECT_TRUE(IsCleanText(""));
  EXPECT_TRUE(IsCleanText("/api/v1/me"));
  EXPECT_TRUE(IsCleanText("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));  // é € 😀
  EXPECT_TRUE(IsCleanText("\xF4\x8F\xBF\xBF"));                            // U+10FFFF
  const std::string bad[] = {
      std::string("a\0b", 3),  // NUL
      "a\nb",     "a\rb",     "\t",        "\x1b[31m", "\x7f",
      "\xC3",                  // truncated
      "\x80",                  // lone continuation
      "\xC0\xAF",              // overlong '/'
      "\xE0\x80\xAF",          // overlong
      "\xED\xA0\x80",          // surrogate U+D800
      "\xF4\x90\x80\x80",      // above U+10FFFF
      "\xF5\x80\x80\x80",      // invalid lead
      "\xE2\x82",              // truncated 3-byte
      "\xFF",
  };
  for (const std::string& s : bad) EXPECT_FALSE(IsCleanText(s)) << testing::PrintToString(s);
}

TEST(DecodePathTest, DecodesCleanPathsOnly) {
  EXPECT_EQ(DecodePath("/api/v1/echo%20x"), "/api/v1/echo x");
  EXPECT_EQ(DecodePath("/caf%C3%A9"), "/caf\xC3\xA9");
  for (const char* bad : {"/a%00b", "/a%0Ab", "/a%0d%0aSet-Cookie", "/%FF", "/%C3", "/a%zz",
                          "/a\x01", "/\xFF", "/%7F"}) {
    EXPECT_FALSE(DecodePath(bad)) << bad;
  }
}

TEST(ParseQueryTest, ParsesPairs) {
  auto q = ParseQuery("q=a+b&q=%C3%A9&empty&&x=1=2");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->size(), 4u);
  auto [first, last] = q->equal_range("q");
  ASSERT_NE(first, last);
  EXPECT_EQ(first->second, "a b");
  EXPECT_EQ(std::next(first)->second, "\xC3\xA9");
  EXPECT_EQ(q->find("empty")->second, "");
  EXPECT_EQ(q->find("x")->second, "1=2");
  EXPECT_TRUE(ParseQuery("")->empty());
}

TEST(ParseQueryTest, RejectsMalformedOrUncleanParts) {
  for (const char* bad : {"q=%G1", "q=%", "q=%00", "q=%0A", "%FF=1", "q=%C3", "a=1&b=\x01"}) {
    EXPECT_FALSE(ParseQuery(bad)) << bad;
  }
}

}  // namespace
}  // namespace tandem::http
