// The calendar port: how meetings become iCalendar text (RFC 5545) that Google Calendar,
// Outlook and Apple Calendar read, as a single `.ics` file or as a subscribed feed. Implemented
// with libical in calendar/ (IcalCalendarWriter); main/ wires it into app::Context. Use cases
// build the events (app/meetings.h); the writer only formats them.
#ifndef TANDEM_APP_CALENDAR_H_
#define TANDEM_APP_CALENDAR_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace tandem::app {

// One meeting as a calendar event. Every text is UTF-8 and may hold any character (the writer
// escapes); times are UTC instants and are written in UTC (DTSTART:...Z).
struct CalendarEvent {
  enum class Status { kTentative, kConfirmed, kCancelled };
  std::string uid;   // stable for the meeting, whatever changes: "<meeting id>@<host>"
  int sequence = 0;  // raised by every reschedule and cancellation
  Millis start_at = 0;
  int duration_minutes = 0;
  Status status = Status::kTentative;
  std::string summary;
  std::string description;
  std::string location;  // a place, or the meeting link
  std::string url;       // the meeting's page in Tandem
  Millis stamp = 0;      // DTSTAMP: when this version of the event was written (last change)
};

class CalendarWriter {
 public:
  virtual ~CalendarWriter() = default;
  // A VCALENDAR (PRODID, VERSION 2.0, METHOD PUBLISH, X-WR-CALNAME `name` when not empty)
  // holding one VEVENT per event, lines folded and ended with CRLF. Internal if the library
  // fails. Thread-safe.
  virtual Result<std::string> Write(const std::string& name,
                                    const std::vector<CalendarEvent>& events) const = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_CALENDAR_H_
