#include "domain/message.h"

#include <algorithm>

#include "base/strings.h"
#include "domain/enum_names.h"

namespace tandem::domain {
namespace {

constexpr FlagStatus kAllFlagStatuses[] = {FlagStatus::kNone, FlagStatus::kOpen,
                                           FlagStatus::kResolved};
constexpr ReportKind kAllReportKinds[] = {ReportKind::kMessage, ReportKind::kConcern,
                                          ReportKind::kUnsafe};
constexpr ReportStatus kAllReportStatuses[] = {ReportStatus::kOpen, ReportStatus::kResolved};

bool HasControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\t' || c == '\r') return false;
    return u < 0x20 || u == 0x7F;
  });
}

}  // namespace

std::string_view FlagStatusName(FlagStatus s) {
  switch (s) {
    case FlagStatus::kNone:
      return "none";
    case FlagStatus::kOpen:
      return "open";
    case FlagStatus::kResolved:
      return "resolved";
  }
  return "none";
}
std::optional<FlagStatus> ParseFlagStatus(std::string_view s) {
  return ParseByName(s, kAllFlagStatuses, FlagStatusName);
}

std::string_view ReportKindName(ReportKind k) {
  switch (k) {
    case ReportKind::kMessage:
      return "message";
    case ReportKind::kConcern:
      return "concern";
    case ReportKind::kUnsafe:
      return "unsafe";
  }
  return "concern";
}
std::optional<ReportKind> ParseReportKind(std::string_view s) {
  return ParseByName(s, kAllReportKinds, ReportKindName);
}

std::string_view ReportStatusName(ReportStatus s) {
  return s == ReportStatus::kOpen ? "open" : "resolved";
}
std::optional<ReportStatus> ParseReportStatus(std::string_view s) {
  return ParseByName(s, kAllReportStatuses, ReportStatusName);
}

bool IsReportReason(std::string_view reason) {
  return std::find(std::begin(kReportReasons), std::end(kReportReasons), reason) !=
         std::end(kReportReasons);
}

Status ValidateFreeText(std::string_view field, std::string_view text, size_t max) {
  if (!IsValidUtf8(text)) return FieldInvalid(std::string(field), "must be valid UTF-8 text");
  if (Utf8Length(text) > max)
    return FieldInvalid(std::string(field),
                        "must be at most " + std::to_string(max) + " characters");
  if (HasControl(text)) return FieldInvalid(std::string(field), "must not hold control characters");
  return Status::Ok();
}

Status ValidateMessageBody(std::string_view body) {
  RETURN_IF_ERROR(ValidateFreeText("body", body, kMaxMessageChars));
  if (Trim(body).empty()) return FieldInvalid("body", "must not be empty");
  return Status::Ok();
}

Status CheckMessagingOpen(const Relationship& r) {
  switch (r.status) {
    case RelationshipStatus::kActive:
      return Status::Ok();
    case RelationshipStatus::kPaused:
      return FailedPrecondition(
          "Contact in this match is paused. A coordinator will be in touch before it resumes.");
    case RelationshipStatus::kEnded:
    case RelationshipStatus::kDeclined:
      return FailedPrecondition(
          "This match has ended: its messages stay readable, but no new "
          "message can be sent.");
    case RelationshipStatus::kProposed:
    case RelationshipStatus::kAwaitingAgreement:
      return FailedPrecondition("Messages can be sent once this match is active.");
  }
  return FailedPrecondition("Messages cannot be sent in this match.");
}

Message NewMessage(std::string id, const Relationship& r, std::string author_id, std::string body,
                   std::vector<std::string> flag_reasons, Millis now) {
  Message m;
  m.id = std::move(id);
  m.organisation_id = r.organisation_id;
  m.relationship_id = r.id;
  m.author_id = std::move(author_id);
  m.body = std::move(body);
  m.created_at = now;
  m.flag_status = flag_reasons.empty() ? FlagStatus::kNone : FlagStatus::kOpen;
  m.flag_reasons = std::move(flag_reasons);
  return m;
}

Status ResolveFlag(Message& m, std::string by, std::string note, Millis now) {
  if (m.flag_status != FlagStatus::kOpen)
    return FailedPrecondition("This message has no open flag.");
  m.flag_status = FlagStatus::kResolved;
  m.flag_resolved_by = std::move(by);
  m.flag_note = std::move(note);
  m.flag_resolved_at = now;
  return Status::Ok();
}

Status ValidateReport(const SafetyReport& r) {
  if (!IsReportReason(r.reason))
    return FieldInvalid("reason",
                        "must be one of inappropriate, contact_outside, harassment, "
                        "unsafe, spam, other");
  return ValidateFreeText("text", r.text, kMaxReportTextChars);
}

Status ResolveReport(SafetyReport& r, std::string by, std::string note, Millis now) {
  if (r.status != ReportStatus::kOpen)
    return FailedPrecondition("This report is already resolved.");
  r.status = ReportStatus::kResolved;
  r.resolved_by = std::move(by);
  r.resolution_note = std::move(note);
  r.resolved_at = now;
  return Status::Ok();
}

}  // namespace tandem::domain
