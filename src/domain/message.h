// Messages of a relationship's thread (issue 10, point 5).
//
// A thread belongs to one relationship today: its messages carry the relationship's id. Group
// programs (issue 10, point 6) will add group threads: a message then names its group instead
// (a nullable `group_id` beside a nullable `relationship_id`, exactly one set), the thread's
// parties become the group's members, and everything below (bodies, flags, read markers by
// thread, the policy by audience) applies unchanged. Nothing here assumes two readers except
// the policy's relations, which a group policy replaces.
//
// A body is plain text: valid UTF-8, 1..kMaxMessageChars code points, no control characters
// but newlines and tabs. It is never HTML; the web app renders it as text.
//
// In a youth program a message is delivered and, when it holds contact details or a word of
// the program's watch list (domain/message_screening.h), flagged for the program's
// coordinators with the reason ids; a coordinator resolves the flag with a note.
#ifndef TANDEM_DOMAIN_MESSAGE_H_
#define TANDEM_DOMAIN_MESSAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/relationship.h"

namespace tandem::domain {

inline constexpr size_t kMaxMessageChars = 4000;
inline constexpr size_t kMaxFlagNoteChars = 2000;
inline constexpr size_t kMaxReportTextChars = 2000;

enum class FlagStatus { kNone, kOpen, kResolved };
std::string_view FlagStatusName(FlagStatus s);  // "none", "open", "resolved"
std::optional<FlagStatus> ParseFlagStatus(std::string_view s);

struct Message {
  std::string id;
  std::string organisation_id;
  std::string relationship_id;
  std::string author_id;
  std::string body;
  Millis created_at = 0;
  // Flagging (youth programs): reason ids (kReasonContact*, kReasonWatchWord), the flag's state,
  // and the coordinator's resolution.
  std::vector<std::string> flag_reasons;
  FlagStatus flag_status = FlagStatus::kNone;
  std::string flag_note;
  std::string flag_resolved_by;
  Millis flag_resolved_at = 0;
};

// InvalidArgument naming `body`: empty (after trimming), longer than kMaxMessageChars, not
// UTF-8, or holding control characters other than newline, carriage return and tab.
Status ValidateMessageBody(std::string_view body);
// InvalidArgument naming `field` for a text over `max` characters, invalid UTF-8 or control
// characters (newlines allowed).
Status ValidateFreeText(std::string_view field, std::string_view text, size_t max);

// Messages are written only in an active relationship: FailedPrecondition with a sentence for
// the reader otherwise (paused: contact is paused until a coordinator resumes it; ended or
// declined: the thread is closed and stays readable; not yet active).
Status CheckMessagingOpen(const Relationship& r);

// A new message; flagged (open) when `flag_reasons` is not empty.
Message NewMessage(std::string id, const Relationship& r, std::string author_id, std::string body,
                   std::vector<std::string> flag_reasons, Millis now);

// A coordinator resolves an open flag with a note: FailedPrecondition unless open.
Status ResolveFlag(Message& m, std::string by, std::string note, Millis now);

// Reports: a participant reports a message or a concern; "unsafe" is the mentee's button.
enum class ReportKind { kMessage, kConcern, kUnsafe };
std::string_view ReportKindName(ReportKind k);  // "message", "concern", "unsafe"
std::optional<ReportKind> ParseReportKind(std::string_view s);
// Reason ids a report may carry.
inline constexpr std::string_view kReportReasons[] = {
    "inappropriate", "contact_outside", "harassment", "unsafe", "spam", "other"};
bool IsReportReason(std::string_view reason);

enum class ReportStatus { kOpen, kResolved };
std::string_view ReportStatusName(ReportStatus s);  // "open", "resolved"
std::optional<ReportStatus> ParseReportStatus(std::string_view s);

struct SafetyReport {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  std::string relationship_id;
  std::string reporter_id;
  std::string message_id;  // '' for a concern or the unsafe button
  ReportKind kind = ReportKind::kConcern;
  std::string reason;  // one of kReportReasons
  std::string text;    // optional, the reporter's words
  ReportStatus status = ReportStatus::kOpen;
  std::string resolved_by;
  std::string resolution_note;
  Millis created_at = 0;
  Millis resolved_at = 0;
};

// InvalidArgument naming `reason` or `text`.
Status ValidateReport(const SafetyReport& r);
// FailedPrecondition unless open.
Status ResolveReport(SafetyReport& r, std::string by, std::string note, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MESSAGE_H_
