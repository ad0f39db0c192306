#include "base/time.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(TimeTest, FormatsRfc3339) {
  EXPECT_EQ(FormatRfc3339(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatRfc3339(1795631400000), "2026-11-25T18:30:00Z");
}

TEST(TimeTest, ValidatesDates) {
  EXPECT_TRUE(IsValidDate("2026-02-28"));
  EXPECT_FALSE(IsValidDate("2026-02-29"));
  EXPECT_TRUE(IsValidDate("2028-02-29"));
  EXPECT_FALSE(IsValidDate("2026-13-01"));
  EXPECT_FALSE(IsValidDate("2026-1-01"));
  EXPECT_FALSE(IsValidDate("yesterday"));
}

}  // namespace
}  // namespace tandem
