// Meetings as calendar events (app/calendar.h), for the .ics of one meeting and for a person's
// feed: one shape, so a subscribed calendar and a downloaded file agree on UID and SEQUENCE.
#ifndef TANDEM_APP_MEETING_EVENTS_H_
#define TANDEM_APP_MEETING_EVENTS_H_

#include <string>

#include "app/calendar.h"
#include "domain/meeting.h"

namespace tandem::app {

// UID "<meeting id>@<host of public_url>"; SEQUENCE the meeting's; DTSTAMP its last change;
// STATUS tentative while proposed, confirmed once accepted or held, cancelled when declined or
// cancelled; SUMMARY "<program>: <mentee> & <mentor>" (names only: no words to translate);
// DESCRIPTION the agenda; LOCATION the place or link; URL the relationship's page.
CalendarEvent MeetingEvent(const domain::Meeting& m, const std::string& program_name,
                           const std::string& mentee_name, const std::string& mentor_name,
                           const std::string& public_url);

}  // namespace tandem::app

#endif  // TANDEM_APP_MEETING_EVENTS_H_
