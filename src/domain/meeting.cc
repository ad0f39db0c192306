#include "domain/meeting.h"

#include <algorithm>

#include "base/time_zone.h"
#include "domain/enum_names.h"

namespace tandem::domain {
namespace {

constexpr MeetingStatus kAllStatuses[] = {MeetingStatus::kProposed, MeetingStatus::kAccepted,
                                          MeetingStatus::kDeclined, MeetingStatus::kCancelled,
                                          MeetingStatus::kHeld};
constexpr MeetingMode kAllModes[] = {MeetingMode::kOnline, MeetingMode::kInPerson};
constexpr MeetingProposer kAllProposers[] = {MeetingProposer::kMentee, MeetingProposer::kMentor,
                                             MeetingProposer::kSystem};

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasControl(std::string_view s, bool allow_newlines) {
  return std::any_of(s.begin(), s.end(), [&](char c) {
    auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\t' || c == '\r')) return false;
    return u < 0x20 || u == 0x7F;
  });
}

Status CheckText(std::string_view field, std::string_view text, size_t max, bool multiline) {
  if (CodePoints(text) > max)
    return FieldInvalid(std::string(field),
                        "must be at most " + std::to_string(max) + " characters");
  if (HasControl(text, multiline))
    return FieldInvalid(std::string(field), "must not hold control characters");
  return Status::Ok();
}

bool IsWebLink(std::string_view s) {
  auto starts = [&](std::string_view p) {
    return s.size() > p.size() && s.substr(0, p.size()) == p;
  };
  return (starts("https://") || starts("http://")) &&
         s.find_first_of(" \t\r\n<>\"") == std::string_view::npos;
}

bool IsOpen(const Meeting& m) {
  return m.status == MeetingStatus::kProposed || m.status == MeetingStatus::kAccepted;
}

Status NotIn(const Meeting& m, std::string_view what) {
  return FailedPrecondition("This meeting is " + std::string(MeetingStatusName(m.status)) +
                            "; it cannot be " + std::string(what) + ".");
}

// Whether `by` may answer the meeting's proposal: the side that did not propose it.
bool MayAnswer(const Meeting& m, Side by) {
  return m.proposer == MeetingProposer::kSystem || m.proposer != ProposerOf(by);
}

}  // namespace

std::string_view MeetingStatusName(MeetingStatus s) {
  switch (s) {
    case MeetingStatus::kProposed:
      return "proposed";
    case MeetingStatus::kAccepted:
      return "accepted";
    case MeetingStatus::kDeclined:
      return "declined";
    case MeetingStatus::kCancelled:
      return "cancelled";
    case MeetingStatus::kHeld:
      return "held";
  }
  return "proposed";
}
std::optional<MeetingStatus> ParseMeetingStatus(std::string_view s) {
  return ParseByName(s, kAllStatuses, &MeetingStatusName);
}
std::string_view MeetingModeName(MeetingMode m) {
  return m == MeetingMode::kOnline ? "online" : "in_person";
}
std::optional<MeetingMode> ParseMeetingMode(std::string_view s) {
  return ParseByName(s, kAllModes, &MeetingModeName);
}
std::string_view MeetingProposerName(MeetingProposer p) {
  switch (p) {
    case MeetingProposer::kMentee:
      return "mentee";
    case MeetingProposer::kMentor:
      return "mentor";
    case MeetingProposer::kSystem:
      return "system";
  }
  return "system";
}
std::optional<MeetingProposer> ParseMeetingProposer(std::string_view s) {
  return ParseByName(s, kAllProposers, &MeetingProposerName);
}
MeetingProposer ProposerOf(Side s) {
  return s == Side::kMentee ? MeetingProposer::kMentee : MeetingProposer::kMentor;
}

Status ValidateMeetingDetails(const MeetingDetails& d, Millis now) {
  if (d.duration_minutes < kMinMeetingMinutes || d.duration_minutes > kMaxMeetingMinutes)
    return FieldInvalid("duration_minutes", "must be between " +
                                                std::to_string(kMinMeetingMinutes) + " and " +
                                                std::to_string(kMaxMeetingMinutes) + " minutes");
  if (d.start_at < now - kMeetingStartGrace)
    return FieldInvalid("start_at", "must be in the future");
  if (d.start_at - now > kMaxMeetingLeadTime)
    return FieldInvalid("start_at", "must be within two years");
  RETURN_IF_ERROR(CheckText("location", d.location, kMaxMeetingLocationChars, false));
  if (d.mode == MeetingMode::kOnline && !IsWebLink(d.location))
    return FieldInvalid("location", "an online meeting needs a link starting with https://");
  if (d.mode == MeetingMode::kInPerson && d.location.find_first_not_of(" \t") == std::string::npos)
    return FieldInvalid("location", "an in-person meeting needs a place");
  RETURN_IF_ERROR(CheckText("agenda", d.agenda, kMaxMeetingAgendaChars, true));
  if (!IsTimeZone(d.time_zone)) return FieldInvalid("time_zone", "is not a known time zone");
  return Status::Ok();
}

Status ValidateMeetingNotes(std::string_view field, std::string_view notes) {
  return CheckText(field, notes, kMaxMeetingNotesChars, true);
}

Status CheckMeetingsOpen(const Relationship& r) {
  if (r.status != RelationshipStatus::kActive)
    return FailedPrecondition("Meetings are arranged once the match is active; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  return Status::Ok();
}

Meeting NewMeeting(std::string id, const Relationship& r, const MeetingDetails& d, Side by,
                   Millis now) {
  Meeting m;
  m.id = std::move(id);
  m.organisation_id = r.organisation_id;
  m.relationship_id = r.id;
  m.details = d;
  m.status = MeetingStatus::kProposed;
  m.proposer = ProposerOf(by);
  m.created_at = m.updated_at = now;
  return m;
}

Status AcceptMeeting(Meeting& m, Side by, Millis now) {
  if (m.status != MeetingStatus::kProposed) return NotIn(m, "accepted");
  if (!MayAnswer(m, by))
    return FailedPrecondition("You proposed this time; the other side answers it.");
  m.status = MeetingStatus::kAccepted;
  m.updated_at = now;
  return Status::Ok();
}

Status DeclineMeeting(Meeting& m, Side by, Millis now) {
  if (m.status != MeetingStatus::kProposed) return NotIn(m, "declined");
  if (!MayAnswer(m, by)) return FailedPrecondition("You proposed this time; cancel it instead.");
  m.status = MeetingStatus::kDeclined;
  m.updated_at = now;
  return Status::Ok();
}

Status RescheduleMeeting(Meeting& m, const MeetingDetails& d, Side by, Millis now) {
  if (!IsOpen(m)) return NotIn(m, "rescheduled");
  m.details = d;
  m.status = MeetingStatus::kProposed;
  m.proposer = ProposerOf(by);
  ++m.sequence;
  m.updated_at = now;
  return Status::Ok();
}

Status CancelMeeting(Meeting& m, Millis now) {
  if (!IsOpen(m)) return NotIn(m, "cancelled");
  m.status = MeetingStatus::kCancelled;
  ++m.sequence;
  m.updated_at = now;
  return Status::Ok();
}

Status LogMeetingHeld(Meeting& m, std::string notes, Millis now) {
  if (!IsOpen(m) && m.status != MeetingStatus::kHeld) return NotIn(m, "logged as held");
  if (m.details.start_at > now)
    return FailedPrecondition("This meeting has not started yet; log it once it has.");
  m.status = MeetingStatus::kHeld;
  m.shared_notes = std::move(notes);
  m.updated_at = now;
  return Status::Ok();
}

int MeetingCadenceDays(int program_cadence_days, Audience audience) {
  if (program_cadence_days >= 1 && program_cadence_days <= kMaxMeetingCadenceDays)
    return program_cadence_days;
  return audience == Audience::kYouth ? kYouthMeetingCadenceDays : kAdultMeetingCadenceDays;
}

Meeting NextMeeting(std::string id, const Meeting& held, int cadence_days, Millis now) {
  const std::string& zone = held.details.time_zone;
  const Millis start = held.details.start_at;
  // Local wall-clock time of the held meeting, moved by whole days, back to UTC with the offset
  // in force at the new date (so 16:00 stays 16:00 across a daylight saving change).
  const Millis local =
      start + static_cast<Millis>(UtcOffsetMinutes(zone, start).value_or(0)) * kMinute;
  const Millis next_local = local + static_cast<Millis>(cadence_days) * kDay;
  Millis next =
      next_local - static_cast<Millis>(UtcOffsetMinutes(zone, next_local).value_or(0)) * kMinute;
  // Near a change the offset at the guessed instant may differ; one correction settles it.
  next = next_local - static_cast<Millis>(UtcOffsetMinutes(zone, next).value_or(0)) * kMinute;
  Meeting m;
  m.id = std::move(id);
  m.organisation_id = held.organisation_id;
  m.relationship_id = held.relationship_id;
  m.details = held.details;
  m.details.start_at = next;
  m.status = MeetingStatus::kProposed;
  m.proposer = MeetingProposer::kSystem;
  m.follows_meeting_id = held.id;
  m.created_at = m.updated_at = now;
  return m;
}

}  // namespace tandem::domain
