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

}  // namespace
}  // namespace tandem
