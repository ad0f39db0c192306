// app::CalendarWriter with libical 3 (RFC 5545). Events are VEVENTs with UID, SEQUENCE,
// DTSTAMP, DTSTART and DTEND in UTC, STATUS (TENTATIVE, CONFIRMED or CANCELLED), SUMMARY,
// DESCRIPTION, LOCATION and URL; libical escapes the text and folds long lines. Thread-safe (a
// mutex keeps libical's process-wide error state to one call at a time).
#ifndef TANDEM_CALENDAR_ICAL_WRITER_H_
#define TANDEM_CALENDAR_ICAL_WRITER_H_

#include <string>
#include <vector>

#include "app/calendar.h"

namespace tandem::calendar {

class IcalCalendarWriter : public app::CalendarWriter {
 public:
  Result<std::string> Write(const std::string& name,
                            const std::vector<app::CalendarEvent>& events) const override;
};

}  // namespace tandem::calendar

#endif  // TANDEM_CALENDAR_ICAL_WRITER_H_
