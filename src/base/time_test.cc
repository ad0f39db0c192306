#include "base/time.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(TimeTest, FormatsRfc3339) {
  EXPECT_EQ(FormatRfc3339(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatRfc3339(1795631400000), "2026-11-25T18:30:00Z");
}

TEST(TimeTest, ParsesRfc3339) {
  EXPECT_EQ(ParseRfc3339("2026-03-01T21:00:00Z"), 1772398800000LL);
  EXPECT_EQ(ParseRfc3339("2026-03-01T21:00:00.250Z"), 1772398800250LL);
  EXPECT_EQ(ParseRfc3339("2026-03-01T21:00:00.1234567Z"), 1772398800123LL);
  EXPECT_EQ(ParseRfc3339("2026-03-01T16:00:00-05:00"), 1772398800000LL);
  EXPECT_EQ(ParseRfc3339("2026-03-02T02:30:00+05:30"), 1772398800000LL);
  EXPECT_EQ(ParseRfc3339(FormatRfc3339(1772398800000LL)), 1772398800000LL);
  for (const char* bad : {"", "2026-03-01", "2026-03-01T21:00:00", "2026-02-30T21:00:00Z",
                          "2026-03-01T24:00:00Z", "2026-03-01T21:00:00.Z", "2026-03-01 21:00:00Z",
                          "2026-03-01T21:00:00+0500", "2026-03-01T21:00:00Zjunk", "1772398800000"})
    EXPECT_EQ(ParseRfc3339(bad), std::nullopt) << bad;
}

TEST(TimeTest, ValidatesDates) {
  EXPECT_TRUE(IsValidDate("2026-02-28"));
  EXPECT_FALSE(IsValidDate("2026-02-29"));
  EXPECT_TRUE(IsValidDate("2028-02-29"));
  EXPECT_FALSE(IsValidDate("2026-13-01"));
  EXPECT_FALSE(IsValidDate("2026-1-01"));
  EXPECT_FALSE(IsValidDate("yesterday"));
}

TEST(CivilDateTest, DaysAndDatesRoundTrip) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(CivilFromDays(0), "1970-01-01");
  EXPECT_EQ(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28), 2);  // 2000 is a leap year
  EXPECT_EQ(DaysFromCivil(2100, 3, 1) - DaysFromCivil(2100, 2, 28), 1);  // 2100 is not
  EXPECT_EQ(CivilFromDays(-1), "1969-12-31");
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2026, 12, 31) + 1), "2027-01-01");
  for (long long d = DaysFromCivil(1899, 12, 25); d < DaysFromCivil(2101, 1, 5); d += 37) {
    const std::string date = CivilFromDays(d);
    ASSERT_TRUE(IsValidDate(date) || date < "1900") << date;
    EXPECT_EQ(DaysFromCivil(std::stoll(date.substr(0, 4)),
                            static_cast<unsigned>(std::stoi(date.substr(5, 2))),
                            static_cast<unsigned>(std::stoi(date.substr(8, 2)))),
              d)
        << date;
  }
}

}  // namespace
}  // namespace tandem
