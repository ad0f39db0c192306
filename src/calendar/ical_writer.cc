#include "calendar/ical_writer.h"

#include <libical/ical.h>

#include <memory>
#include <mutex>

namespace tandem::calendar {
namespace {

std::mutex& LibicalMutex() {
  static std::mutex m;
  return m;
}

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype Utc(Millis t) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(t / 1000), 0,
                                       icaltimezone_get_utc_timezone());
}

icalproperty_status StatusOf(app::CalendarEvent::Status s) {
  switch (s) {
    case app::CalendarEvent::Status::kTentative:
      return ICAL_STATUS_TENTATIVE;
    case app::CalendarEvent::Status::kConfirmed:
      return ICAL_STATUS_CONFIRMED;
    case app::CalendarEvent::Status::kCancelled:
      return ICAL_STATUS_CANCELLED;
  }
  return ICAL_STATUS_TENTATIVE;
}

icalcomponent* EventOf(const app::CalendarEvent& e) {
  icalcomponent* v = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(v, icalproperty_new_uid(e.uid.c_str()));
  icalcomponent_add_property(v, icalproperty_new_sequence(e.sequence));
  icalcomponent_add_property(v, icalproperty_new_dtstamp(Utc(e.stamp)));
  icalcomponent_add_property(v, icalproperty_new_dtstart(Utc(e.start_at)));
  icalcomponent_add_property(
      v,
      icalproperty_new_dtend(Utc(e.start_at + static_cast<Millis>(e.duration_minutes) * kMinute)));
  icalcomponent_add_property(v, icalproperty_new_status(StatusOf(e.status)));
  icalcomponent_add_property(v, icalproperty_new_summary(e.summary.c_str()));
  if (!e.description.empty())
    icalcomponent_add_property(v, icalproperty_new_description(e.description.c_str()));
  if (!e.location.empty())
    icalcomponent_add_property(v, icalproperty_new_location(e.location.c_str()));
  if (!e.url.empty()) icalcomponent_add_property(v, icalproperty_new_url(e.url.c_str()));
  return v;
}

}  // namespace

Result<std::string> IcalCalendarWriter::Write(const std::string& name,
                                              const std::vector<app::CalendarEvent>& events) const {
  std::lock_guard<std::mutex> lock(LibicalMutex());
  Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  if (!cal) return Internal("libical could not create a calendar.");
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Tandem//Meetings//EN"));
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  if (!name.empty()) {
    icalproperty* p = icalproperty_new_x(name.c_str());
    icalproperty_set_x_name(p, "X-WR-CALNAME");
    icalcomponent_add_property(cal.get(), p);
  }
  for (const app::CalendarEvent& e : events) icalcomponent_add_component(cal.get(), EventOf(e));
  char* text = icalcomponent_as_ical_string_r(cal.get());
  if (text == nullptr) return Internal("libical could not write the calendar.");
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace tandem::calendar
