#include "domain/checkin.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"
#include "domain/plan.h"
#include "domain/pulse.h"

namespace tandem::domain {
namespace {

constexpr Millis kDay = 24LL * 60 * 60 * 1000;

TEST(CheckinTest, CadenceDefaultsByAudience) {
  EXPECT_EQ(CheckinCadenceDays(0, Audience::kYouth), 30);
  EXPECT_EQ(CheckinCadenceDays(0, Audience::kAdult), 45);
  EXPECT_EQ(CheckinCadenceDays(14, Audience::kAdult), 14);
  EXPECT_EQ(CheckinCadenceDays(366, Audience::kYouth), 30);
}

TEST(CheckinTest, Validation) {
  Checkin c;
  c.held_on = "2026-03-01";
  c.notes = "Talked about school.\nAll good.";
  c.follow_ups.push_back({"", "Call the mentor", "2026-03-10", 0, ""});
  EXPECT_OK(ValidateCheckin(c, "2026-03-01"));
  EXPECT_CODE(ValidateCheckin(c, "2026-02-28"), StatusCode::kInvalidArgument);  // future
  c.held_on = "2026-02-30";
  EXPECT_CODE(ValidateCheckin(c, "2026-03-01"), StatusCode::kInvalidArgument);
  c.held_on = "2026-03-01";
  c.follow_ups[0].due_date = "soon";
  EXPECT_CODE(ValidateCheckin(c, "2026-03-01"), StatusCode::kInvalidArgument);
  c.follow_ups[0].due_date = "2026-03-10";
  c.follow_ups[0].text = "  ";
  EXPECT_CODE(ValidateCheckin(c, "2026-03-01"), StatusCode::kInvalidArgument);
  c.follow_ups.clear();
  c.notes = std::string(kMaxCheckinNotesChars + 1, 'a');
  EXPECT_CODE(ValidateCheckin(c, "2026-03-01"), StatusCode::kInvalidArgument);
  c.notes = "bell\x07";
  EXPECT_CODE(ValidateCheckin(c, "2026-03-01"), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseCheckinWith("guardian"), CheckinWith::kGuardian);
  EXPECT_EQ(ParseCheckinWith("aunt"), std::nullopt);
}

TEST(CheckinTest, Dates) {
  EXPECT_EQ(UtcDate(0), "1970-01-01");
  EXPECT_EQ(UtcDate(kDay - 1), "1970-01-01");
  EXPECT_EQ(AddDays("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(AddDays("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(AddDays("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(CalendarDaysBetween(kDay - 1, kDay), 1);  // a minute apart, across midnight
  EXPECT_EQ(CalendarDaysBetween(kDay, 2 * kDay - 1), 0);
  EXPECT_EQ(DaysSinceDate("1970-01-01", kDay - 1), 0);
  EXPECT_EQ(DaysSinceDate("1970-01-01", kDay), 1);
  EXPECT_EQ(DaysSinceDate("2024-02-28", 0), DaysSinceDate("2024-02-28", 0));
  EXPECT_EQ(DaysSinceDate(UtcDate(1795631400000), 1795631400000 + 400 * kDay), 400);
}

TEST(PulseTest, ScheduleAtDayThirtyThenEverySixty) {
  const Millis start = 100 * kDay + 5000;  // 1970-04-11
  EXPECT_EQ(LatestPulseDue(start, 0, 0, start + 29 * kDay), std::nullopt);
  EXPECT_EQ(LatestPulseDue(start, 0, 0, start + 30 * kDay), AddDays(UtcDate(start), 30));
  EXPECT_EQ(LatestPulseDue(start, 0, 0, start + 89 * kDay), AddDays(UtcDate(start), 30));
  EXPECT_EQ(LatestPulseDue(start, 0, 0, start + 90 * kDay), AddDays(UtcDate(start), 90));
  EXPECT_EQ(LatestPulseDue(start, 7, 14, start + 22 * kDay), AddDays(UtcDate(start), 21));
  EXPECT_EQ(LatestPulseDue(0, 0, 0, 400 * kDay), std::nullopt);  // never active
}

TEST(PulseTest, AnswerValidation) {
  EXPECT_OK(ValidatePulseAnswer({4, true, "Going well"}));
  EXPECT_CODE(ValidatePulseAnswer({0, true, ""}), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidatePulseAnswer({6, true, ""}), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidatePulseAnswer({3, false, std::string(kMaxPulseCommentChars + 1, 'x')}),
              StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::domain
