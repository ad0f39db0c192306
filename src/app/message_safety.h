// Safety around messaging (issue 10, point 5): the coordinator's queue of flagged messages
// (youth programs) and of reports, reports by participants, the mentee's "I feel unsafe"
// button, and a program's watch list.
//
// Reports are not messages: a report names its thread (and the reported message's id) with a
// reason id and the reporter's optional words, and goes to the organisation's coordinators in
// every program. In an adult program the coordinator reads the report, never the thread (the
// message policy hides it). "I feel unsafe" (the mentee only) pauses the relationship at once
// (domain::PauseRelationship: no messages, no meeting proposals) until a coordinator resumes it
// (app/safeguarding.h ResumeRelationship), tells the coordinators in the app and by email
// through the outbox straight away, tells both sides the match is paused (match_paused), and
// is audited (relationship.unsafe_reported: ids only). Guardians are not told by Tandem: the
// coordinator, who knows the family, decides how (docs/security.md).
#ifndef TANDEM_APP_MESSAGE_SAFETY_H_
#define TANDEM_APP_MESSAGE_SAFETY_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/messages.h"
#include "app/pagination.h"
#include "domain/message.h"

namespace tandem::app {

// Where a flagged message or a report comes from, for the queue.
struct ThreadContext {
  std::string program_id;
  std::string program_name;
  std::string mentee_id;
  std::string mentee_name;
  std::string mentor_id;
  std::string mentor_name;
};

struct FlaggedMessageView {
  MessageView message;
  ThreadContext thread;
};

struct SafetyReportView {
  domain::SafetyReport report;
  ThreadContext thread;
  std::string reporter_name;
};

// The organisation's open flags (youth programs), newest first: coordinators only (NotFound
// for outsiders, PermissionDenied for other members, organisation admins included).
Result<Page<FlaggedMessageView>> ListFlaggedMessages(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const PageRequest& page);
// A coordinator who may review the thread resolves a message's open flag with a note.
Result<MessageView> ResolveMessageFlag(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id,
                                       const std::string& message_id, const std::string& note);

// What a participant reports.
struct ReportInput {
  domain::ReportKind kind = domain::ReportKind::kConcern;  // message or concern
  std::string message_id;                                  // kind message: a message of the thread
  std::string reason;                                      // domain::kReportReasons
  std::string text;
};
// Either side reports a message of their thread or a concern; the coordinators are notified
// (safety_report). InvalidArgument for a bad reason, text or kind (unsafe has its own call).
Result<SafetyReportView> FileReport(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& relationship_id,
                                    const ReportInput& input);
// The mentee's "I feel unsafe": PermissionDenied for the mentor; pauses a proposed or active
// relationship (an already paused one stays paused and the report is still filed).
Result<SafetyReportView> FeelUnsafe(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& relationship_id,
                                    const std::string& text);

// The organisation's open reports, newest first: coordinators only (as ListFlaggedMessages).
Result<Page<SafetyReportView>> ListOpenReports(const Context& ctx, const Caller& caller,
                                               const std::string& org_id, const PageRequest& page);
Result<SafetyReportView> ResolveSafetyReport(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& report_id, const std::string& note);

// A program's watch list: read and replaced by those who edit the program (kEditProgram).
Result<std::vector<std::string>> GetProgramWatchWords(const Context& ctx, const Caller& caller,
                                                      const std::string& org_id,
                                                      const std::string& program_id);
Result<std::vector<std::string>> SaveProgramWatchWords(const Context& ctx, const Caller& caller,
                                                       const std::string& org_id,
                                                       const std::string& program_id,
                                                       const std::vector<std::string>& words);

}  // namespace tandem::app

#endif  // TANDEM_APP_MESSAGE_SAFETY_H_
