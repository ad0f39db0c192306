#include "base/strings.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(StringsTest, Email) {
  EXPECT_TRUE(IsValidEmail("ana@lincoln-high.example"));
  EXPECT_FALSE(IsValidEmail("ana"));
  EXPECT_FALSE(IsValidEmail("ana@@x.org"));
  EXPECT_FALSE(IsValidEmail("ana @x.org"));
  EXPECT_FALSE(IsValidEmail("ana@localhost"));
  EXPECT_EQ(NormalizeEmail("  Ana@X.Org "), "ana@x.org");
}

TEST(StringsTest, SplitJoin) {
  EXPECT_EQ(Split("a,b,,c", ','), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(Join({"a", "b"}, ", "), "a, b");
}

TEST(StringsTest, Utf8Length) { EXPECT_EQ(Utf8Length("año"), 3u); }

TEST(StringsTest, IsValidUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("año \xF0\x9F\x98\x80"));
  EXPECT_TRUE(IsValidUtf8(std::string("a\0b", 3)));  // NUL is valid UTF-8
  EXPECT_FALSE(IsValidUtf8("\x80"));               // stray continuation byte
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));   // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("a\xC3"));               // truncated
}

TEST(StringsTest, Base64UrlRoundTripsEveryLength) {
  std::string bytes;
  for (int i = 0; i < 40; ++i) {
    std::string encoded = Base64UrlEncode(bytes);
    EXPECT_EQ(encoded.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    EXPECT_EQ(Base64UrlDecode(encoded), bytes);
    bytes.push_back(static_cast<char>(i * 37 + 200));
  }
  EXPECT_EQ(Base64UrlEncode("hi?>"), "aGk_Pg");
}

TEST(StringsTest, Base64UrlDecodeRefusesWhatEncodeNeverWrites) {
  EXPECT_EQ(Base64UrlDecode("aGk/Pg"), std::nullopt);   // standard alphabet
  EXPECT_EQ(Base64UrlDecode("aGk_Pg=="), std::nullopt); // padding
  EXPECT_EQ(Base64UrlDecode("aGk_P"), std::nullopt);    // impossible length
  EXPECT_EQ(Base64UrlDecode("aGk_Ph"), std::nullopt);   // unused bits set
  EXPECT_EQ(Base64UrlDecode("a b"), std::nullopt);
}

TEST(SameSecretTest, EqualOnlyForTheSameNonEmptyBytes) {
  EXPECT_TRUE(SameSecret("token-abc", "token-abc"));
  EXPECT_FALSE(SameSecret("token-abc", "token-abd"));
  EXPECT_FALSE(SameSecret("token-abc", "token-ab"));
  EXPECT_FALSE(SameSecret("", ""));
}

}  // namespace
}  // namespace tandem
