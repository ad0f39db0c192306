#include "base/time_zone.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tandem {
namespace {

constexpr Millis kJanuary15 = 1800014400000;   // 2027-01-15T12:00:00Z
constexpr Millis kMarch20 = 1805544000000;     // 2027-03-20T12:00:00Z
constexpr Millis kJuly15 = 1815652800000;      // 2027-07-15T12:00:00Z
constexpr Millis kNewYorkSpringsForward = 1805007600000;  // 2027-03-14T07:00:00Z (02:00 EST)

TEST(TimeZoneTest, KnowsZonesAndLinksOnly) {
  for (const char* name : {"UTC", "Etc/UTC", "Europe/London", "America/New_York",
                           "America/Argentina/Buenos_Aires", "Asia/Kathmandu", "US/Eastern",
                           "Asia/Calcutta"})
    EXPECT_TRUE(IsTimeZone(name)) << name;
  for (const char* name : {"", "Chicago", "Mars/Olympus_Mons", "europe/london", "Europe/London ",
                           "America/New_York/", "localtime", "posix/Europe/London", "../UTC"})
    EXPECT_FALSE(IsTimeZone(name)) << name;
}

TEST(TimeZoneTest, OffsetsFollowDaylightSavingTime) {
  auto apart = [](Millis at) {
    return *UtcOffsetMinutes("Europe/London", at) - *UtcOffsetMinutes("America/New_York", at);
  };
  // The United States moves its clocks two to three weeks before Europe does.
  EXPECT_EQ(apart(kJanuary15), 5 * 60);
  EXPECT_EQ(apart(kMarch20), 4 * 60);
  EXPECT_EQ(apart(kJuly15), 5 * 60);
  EXPECT_EQ(UtcOffsetMinutes("America/New_York", kNewYorkSpringsForward - 1), -300);
  EXPECT_EQ(UtcOffsetMinutes("America/New_York", kNewYorkSpringsForward), -240);
  // The southern hemisphere's summer is the northern winter; some zones have no DST at all.
  EXPECT_EQ(UtcOffsetMinutes("Australia/Sydney", kJanuary15), 11 * 60);
  EXPECT_EQ(UtcOffsetMinutes("Australia/Sydney", kJuly15), 10 * 60);
  EXPECT_EQ(UtcOffsetMinutes("America/Phoenix", kJanuary15), -7 * 60);
  EXPECT_EQ(UtcOffsetMinutes("America/Phoenix", kJuly15), -7 * 60);
  EXPECT_EQ(UtcOffsetMinutes("Asia/Kathmandu", kJuly15), 5 * 60 + 45);
  EXPECT_EQ(UtcOffsetMinutes("UTC", kJuly15), 0);
  EXPECT_EQ(UtcOffsetMinutes("Chicago", kJuly15), std::nullopt);
}

TEST(TimeZoneTest, ListsWhatItAccepts) {
  const auto& names = TimeZoneNames();
  EXPECT_GT(names.size(), 400u);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  for (const auto& n : names) EXPECT_TRUE(IsTimeZone(n)) << n;
  EXPECT_TRUE(std::binary_search(names.begin(), names.end(), "Europe/Madrid"));
  EXPECT_FALSE(std::binary_search(names.begin(), names.end(), "localtime"));
}

}  // namespace
}  // namespace tandem
