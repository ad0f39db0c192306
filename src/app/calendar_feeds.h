// A person's private calendar feed: a secret URL (`<public_url>/calendar/<secret>.ics`) that
// Google Calendar, Outlook or Apple Calendar subscribe to, serving the meetings of every
// relationship the person is a side of (from kFeedPastDays ago on). The secret is shown once,
// when created; the database keeps only its hash (TokenSource::HashToken). Creating again
// rotates it (the old URL stops working); revoking deletes it.
//
// The feed itself has no session: whoever holds the URL reads it. An unknown, revoked or
// malformed secret is NotFound with nothing said; wrong secrets are counted per client address
// (as guardian links are), and past kMaxFeedFailures in kFeedFailureWindow that address is
// answered ResourceExhausted, right secret or not, until the window passes.
#ifndef TANDEM_APP_CALENDAR_FEEDS_H_
#define TANDEM_APP_CALENDAR_FEEDS_H_

#include <string>

#include "app/context.h"

namespace tandem::app {

inline constexpr int kFeedPastDays = 90;
inline constexpr int kMaxFeedMeetings = 1000;
inline constexpr int kMaxFeedFailures = 30;
inline constexpr Millis kFeedFailureWindow = 15LL * 60 * 1000;

struct CalendarFeedStatus {
  bool active = false;
  Millis created_at = 0;
};
Result<CalendarFeedStatus> GetMyCalendarFeed(const Context& ctx, const Caller& caller);

struct NewCalendarFeed {
  std::string url;  // shown once
  Millis created_at = 0;
};
// Creates the caller's feed, or replaces it with a new secret.
Result<NewCalendarFeed> CreateMyCalendarFeed(const Context& ctx, const Caller& caller);
// Deletes the caller's feed (OK when there was none).
Status RevokeMyCalendarFeed(const Context& ctx, const Caller& caller);

// The iCalendar text of the feed whose secret is `secret`.
Result<std::string> CalendarFeedIcs(const Context& ctx, const std::string& secret,
                                    const std::string& remote_address);

}  // namespace tandem::app

#endif  // TANDEM_APP_CALENDAR_FEEDS_H_
