// JSON codec for meetings, private meeting notes and calendar feeds. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_MEETING_CODEC_H_
#define TANDEM_HTTP_JSON_MEETING_CODEC_H_

#include <string>

#include "app/calendar_feeds.h"
#include "app/meetings.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json MeetingJson(const app::MeetingView& v);
Json PrivateNoteJson(const std::string& text);
Json CalendarFeedStatusJson(const app::CalendarFeedStatus& s);
Json NewCalendarFeedJson(const app::NewCalendarFeed& f);

// {start_at (RFC 3339), duration_minutes, mode ("online" | "in_person"), location, agenda,
//  time_zone (IANA)}; agenda may be absent (empty).
Result<domain::MeetingDetails> DecodeMeetingDetails(const Json& body);
// {shared_notes}
Result<std::string> DecodeSharedNotes(const Json& body);
// {text}
Result<std::string> DecodePrivateNote(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MEETING_CODEC_H_
