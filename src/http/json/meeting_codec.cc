#include "http/json/meeting_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {
namespace {

// Bytes a field may take on the wire: a character is at most 4 bytes of UTF-8; the domain then
// counts characters (domain::ValidateMeetingDetails, ValidateMeetingNotes).
constexpr size_t kLocationBytes = 4 * domain::kMaxMeetingLocationChars;
constexpr size_t kAgendaBytes = 4 * domain::kMaxMeetingAgendaChars;
constexpr size_t kNotesBytes = 4 * domain::kMaxMeetingNotesChars;

}  // namespace

Json MeetingJson(const app::MeetingView& v) {
  const domain::Meeting& m = v.meeting;
  return {
      {"id", m.id},
      {"relationship_id", m.relationship_id},
      {"start_at", TimeJson(m.details.start_at)},
      {"duration_minutes", m.details.duration_minutes},
      {"mode", domain::MeetingModeName(m.details.mode)},
      {"location", m.details.location},
      {"agenda", m.details.agenda},
      {"time_zone", m.details.time_zone},
      {"status", domain::MeetingStatusName(m.status)},
      {"proposer", domain::MeetingProposerName(m.proposer)},
      {"shared_notes", v.notes_visible ? Json(m.shared_notes) : Json()},
      {"sequence", m.sequence},
      {"follows_meeting_id", m.follows_meeting_id.empty() ? Json() : Json(m.follows_meeting_id)},
      {"viewer_side", v.viewer_side ? Json(domain::SideName(*v.viewer_side)) : Json()},
      {"can_answer", v.can_answer},
      {"can_change", v.can_change},
      {"can_log", v.can_log},
      {"created_at", TimeJson(m.created_at)},
      {"updated_at", TimeJson(m.updated_at)}};
}

Json PrivateNoteJson(const std::string& text) { return {{"text", text}}; }

Json CalendarFeedStatusJson(const app::CalendarFeedStatus& s) {
  return {{"active", s.active}, {"created_at", TimeJson(s.created_at)}};
}

Json NewCalendarFeedJson(const app::NewCalendarFeed& f) {
  return {{"url", f.url}, {"created_at", TimeJson(f.created_at)}};
}

Result<domain::MeetingDetails> DecodeMeetingDetails(const Json& body) {
  ObjectReader r(body);
  domain::MeetingDetails d;
  if (auto v = r.String("start_at", 64)) {
    if (auto t = ParseRfc3339(*v))
      d.start_at = *t;
    else
      r.AddError("start_at", "must be an RFC 3339 date-time, e.g. 2026-03-01T16:00:00Z");
  }
  if (auto v = r.Int("duration_minutes")) {
    if (*v < domain::kMinMeetingMinutes || *v > domain::kMaxMeetingMinutes)
      r.AddError("duration_minutes", "must be between " +
                                         std::to_string(domain::kMinMeetingMinutes) + " and " +
                                         std::to_string(domain::kMaxMeetingMinutes) + " minutes");
    else
      d.duration_minutes = static_cast<int>(*v);
  }
  if (auto v = r.String("mode", 20)) {
    if (auto mode = domain::ParseMeetingMode(*v))
      d.mode = *mode;
    else
      r.AddError("mode", "must be online or in_person");
  }
  if (auto v = r.String("location", kLocationBytes)) d.location = *v;
  if (auto v = r.OptionalString("agenda", kAgendaBytes)) d.agenda = *v;
  if (auto v = r.String("time_zone", 200)) d.time_zone = *v;
  RETURN_IF_ERROR(r.Finish());
  return d;
}

Result<std::string> DecodeSharedNotes(const Json& body) {
  ObjectReader r(body);
  auto notes = r.String("shared_notes", kNotesBytes);
  RETURN_IF_ERROR(r.Finish());
  return *notes;
}

Result<std::string> DecodePrivateNote(const Json& body) {
  ObjectReader r(body);
  auto text = r.String("text", kNotesBytes);
  RETURN_IF_ERROR(r.Finish());
  return *text;
}

}  // namespace tandem::http::json
