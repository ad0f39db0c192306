#include "app/meeting_events.h"

namespace tandem::app {
namespace {

// "tandem.example" from "https://tandem.example:8443/x".
std::string HostOf(const std::string& url) {
  size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = url.find_first_of(":/", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  return host.empty() ? "tandem" : host;
}

CalendarEvent::Status StatusOf(domain::MeetingStatus s) {
  switch (s) {
    case domain::MeetingStatus::kProposed:
      return CalendarEvent::Status::kTentative;
    case domain::MeetingStatus::kAccepted:
    case domain::MeetingStatus::kHeld:
      return CalendarEvent::Status::kConfirmed;
    case domain::MeetingStatus::kDeclined:
    case domain::MeetingStatus::kCancelled:
      return CalendarEvent::Status::kCancelled;
  }
  return CalendarEvent::Status::kTentative;
}

}  // namespace

CalendarEvent MeetingEvent(const domain::Meeting& m, const std::string& program_name,
                           const std::string& mentee_name, const std::string& mentor_name,
                           const std::string& public_url) {
  CalendarEvent e;
  e.uid = m.id + "@" + HostOf(public_url);
  e.sequence = m.sequence;
  e.start_at = m.details.start_at;
  e.duration_minutes = m.details.duration_minutes;
  e.status = StatusOf(m.status);
  e.summary = program_name + ": " + mentee_name + " & " + mentor_name;
  e.description = m.details.agenda;
  e.location = m.details.location;
  e.url = public_url + "/relationships/" + m.relationship_id;
  e.stamp = m.updated_at;
  return e;
}

}  // namespace tandem::app
