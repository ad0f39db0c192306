// The libical calendar writer: what a calendar client reads back (parsed again with libical),
// UTC times, escaping of text a person wrote, CRLF line ends and folding.
#include "calendar/ical_writer.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "base/status_matchers.h"

namespace tandem::calendar {
namespace {

// 2026-03-01 21:00:00 UTC.
constexpr Millis kStart = 1772398800000LL;

app::CalendarEvent AnEvent() {
  app::CalendarEvent e;
  e.uid = "m1@tandem.example";
  e.sequence = 2;
  e.start_at = kStart;
  e.duration_minutes = 45;
  e.status = app::CalendarEvent::Status::kConfirmed;
  e.summary = "Robótica: Ana, Ben";
  e.description = "Agenda; essay, questions\nsecond line";
  e.location = "https://meet.example.org/abc";
  e.url = "https://tandem.example/relationships/r1";
  e.stamp = kStart - 1000 * 60 * 60;
  return e;
}

TEST(IcalWriterTest, WritesAnEventACalendarReadsBack) {
  IcalCalendarWriter w;
  auto text = w.Write("Tandem", {AnEvent()});
  ASSERT_OK(text.status());
  EXPECT_NE(text->find("BEGIN:VCALENDAR\r\n"), std::string::npos);
  EXPECT_NE(text->find("DTSTART:20260301T210000Z\r\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("DTEND:20260301T214500Z\r\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("SEQUENCE:2\r\n"), std::string::npos);
  EXPECT_NE(text->find("STATUS:CONFIRMED\r\n"), std::string::npos);
  EXPECT_NE(text->find("X-WR-CALNAME:Tandem\r\n"), std::string::npos) << *text;
  // Text is escaped (RFC 5545 3.3.11).
  EXPECT_NE(text->find("Agenda\\; essay\\, questions\\nsecond line"), std::string::npos) << *text;

  icalcomponent* cal = icalparser_parse_string(text->c_str());
  ASSERT_NE(cal, nullptr);
  icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(ev, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(ev), "m1@tandem.example");
  EXPECT_STREQ(icalcomponent_get_summary(ev), "Robótica: Ana, Ben");
  EXPECT_STREQ(icalcomponent_get_description(ev), "Agenda; essay, questions\nsecond line");
  EXPECT_EQ(icaltime_as_timet(icalcomponent_get_dtstart(ev)), kStart / 1000);
  EXPECT_EQ(icalcomponent_get_sequence(ev), 2);
  icalcomponent_free(cal);
}

TEST(IcalWriterTest, CancelledAndTentativeEventsAndManyOfThem) {
  IcalCalendarWriter w;
  app::CalendarEvent a = AnEvent(), b = AnEvent();
  a.status = app::CalendarEvent::Status::kCancelled;
  b.uid = "m2@tandem.example";
  b.status = app::CalendarEvent::Status::kTentative;
  b.description = std::string(300, 'x');  // folded at 75 octets
  b.location = "";
  auto text = w.Write("", {a, b});
  ASSERT_OK(text.status());
  EXPECT_NE(text->find("STATUS:CANCELLED\r\n"), std::string::npos);
  EXPECT_NE(text->find("STATUS:TENTATIVE\r\n"), std::string::npos);
  EXPECT_EQ(text->find("X-WR-CALNAME"), std::string::npos);
  EXPECT_NE(text->find("\r\n "), std::string::npos);  // a folded line
  size_t events = 0;
  for (size_t at = 0; (at = text->find("BEGIN:VEVENT", at)) != std::string::npos; ++at) ++events;
  EXPECT_EQ(events, 2u);
}

TEST(IcalWriterTest, AnEmptyCalendarIsStillACalendar) {
  auto text = IcalCalendarWriter().Write("Tandem", {});
  ASSERT_OK(text.status());
  EXPECT_NE(text->find("END:VCALENDAR"), std::string::npos);
  EXPECT_EQ(text->find("BEGIN:VEVENT"), std::string::npos);
}

}  // namespace
}  // namespace tandem::calendar
