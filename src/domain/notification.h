// In-app notices to one person, as data: a kind plus structured parameters.
//
// A notification never holds a sentence. The web app renders each kind in the reader's language
// from its parameters (web/src/features/notifications/). Parameters are strings: ids, names the
// reader's app shows as they are (people, programs), counts in decimal, and a few enumerated
// words (below). Each kind has one constructor here, so a use case cannot forget a parameter;
// ValidateNotificationParams checks a notification built by hand (or read back) the same way.
//
// Rows written before migration 0015 carry empty parameters; readers show a generic line for
// their kind (the API documents that `params` may be empty).
#ifndef TANDEM_DOMAIN_NOTIFICATION_H_
#define TANDEM_DOMAIN_NOTIFICATION_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

enum class NotificationKind {
  kMatchProposed,       // a published round proposed a pair (acceptance required)
  kMatchMatched,        // a published round matched a pair (no acceptance needed)
  kMatchAccepted,       // the other side accepted a proposed match; still waiting for the reader
  kMatchConfirmed,      // the other side accepted last: the match is active
  kMatchDeclined,       // the other side declined a proposed match
  kMatchPaused,         // safeguarding paused the reader's match
  kMatchResumed,        // a coordinator resumed it
  kRequestReceived,     // a mentee asked the reader to mentor them
  kRequestAccepted,     // the mentor accepted the reader's request
  kRequestDeclined,     // the mentor declined it
  kRequestWithdrawn,    // a request was withdrawn because one side left the program
  kRelationshipEnded,   // the other side left the program
  kEnrollmentEnded,     // the reader's own place in a program ended
  kSafeguardingPaused,  // to coordinators: what a safeguarding change paused and withdrew
  kAgreementUpdated,    // the program published a new agreement version the reader must accept
  kRequestMatchedElsewhere,  // to a mentor: the mentee's request was withdrawn, they were matched
  kMeetingProposed,          // the other side proposed a meeting
  kMeetingSuggested,         // Tandem proposed the pair's next meeting at the program's cadence
  kMeetingAccepted,          // the other side accepted the reader's proposed time
  kMeetingDeclined,          // the other side declined it
  kMeetingRescheduled,       // the other side moved a meeting: the reader answers the new time
  kMeetingCancelled,         // the other side cancelled a meeting
  kMessageFlagged,           // to coordinators: a youth program's message was flagged
  kSafetyReport,             // to coordinators: a participant reported a message or a concern,
                             // or a mentee pressed "I feel unsafe" (contact is paused)
  kCaseloadAssigned,         // to a coordinator: they now manage a relationship
  kPulseSurveyDue,           // a pulse survey about the reader's relationship waits
};

// "match_proposed", "match_matched", "match_accepted", "match_confirmed", "match_declined",
// "match_paused", "match_resumed", "request_received", "request_accepted", "request_declined",
// "request_withdrawn", "relationship_ended", "enrollment_ended", "safeguarding_paused",
// "agreement_updated", "request_matched_elsewhere", "meeting_proposed", "meeting_suggested",
// "meeting_accepted", "meeting_declined", "meeting_rescheduled", "meeting_cancelled",
// "message_flagged", "safety_report", "caseload_assigned", "pulse_survey_due".
std::string_view NotificationKindName(NotificationKind k);
std::optional<NotificationKind> ParseNotificationKind(std::string_view s);
// Every kind, in declaration order (for tests and documentation).
const std::vector<NotificationKind>& AllNotificationKinds();

using NotificationParams = std::map<std::string, std::string>;

// The parameter names a kind requires (and the only ones it may carry):
//   match_proposed, match_matched: relationship_id, program_name, other_name,
//                                  other_role ("mentor", "mentee" or "peer": who the other is)
//   match_accepted, match_confirmed, match_declined: relationship_id, program_name, other_name
//   match_paused, match_resumed: relationship_id, program_name
//   request_received: request_id, program_name, mentee_name
//   request_accepted: request_id, relationship_id, program_name, mentor_name
//   request_declined: request_id, program_name, mentor_name, reason (the mentor's own words)
//   request_withdrawn: request_id, program_name, other_name,
//                      left ("mentee" or "mentor": the side that left the program)
//   relationship_ended: relationship_id, program_name, other_name
//   enrollment_ended: program_id, program_name
//   safeguarding_paused: program_id, program_name, paused, requests_withdrawn,
//                        proposals_withdrawn (counts)
//   agreement_updated: relationship_id, program_name, version (decimal)
//   request_matched_elsewhere: request_id, program_name, mentee_name
//   meeting_proposed, meeting_suggested, meeting_accepted, meeting_declined,
//   meeting_rescheduled, meeting_cancelled: relationship_id, meeting_id, program_name,
//                        other_name, start_at (the meeting's start, RFC 3339 UTC, which the
//                        reader's app shows in the reader's time zone)
//   message_flagged: program_id, program_name, relationship_id, message_id
//   safety_report: program_id, program_name, relationship_id, report_id,
//                  report_kind ("message", "concern" or "unsafe")
//   caseload_assigned: relationship_id, program_name, mentee_name, mentor_name
//   pulse_survey_due: survey_id, program_name, other_name
const std::vector<std::string_view>& NotificationParamNames(NotificationKind k);

// OK when `params` holds exactly the kind's parameters, enumerated ones hold one of their words,
// counts are decimal and ids and names are not empty (a decline reason may be). InvalidArgument
// naming the first problem otherwise.
Status ValidateNotificationParams(NotificationKind k, const NotificationParams& params);

struct Notification {
  std::string id;
  std::string person_id;        // the reader
  std::string organisation_id;  // empty: about no one organisation
  NotificationKind kind = NotificationKind::kMatchProposed;
  NotificationParams params;    // empty for rows written before migration 0015
  std::string link;             // client route, e.g. "/relationships/ID"
  Millis created_at = 0;
  Millis read_at = 0;
};

// What a notification says and where it leads; the use case adds who, where and when
// (app/notifications.h Notify).
struct NotificationContent {
  NotificationKind kind = NotificationKind::kMatchProposed;
  NotificationParams params;
  std::string link;
};

// Who the other person of a match is, from the reader's side.
enum class OtherRole { kMentor, kMentee, kPeer };
std::string_view OtherRoleName(OtherRole r);  // "mentor", "mentee", "peer"

// One constructor per kind.
NotificationContent MatchProposed(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name,
                                  OtherRole other_role);
NotificationContent MatchMatched(const std::string& relationship_id,
                                 const std::string& program_name, const std::string& other_name,
                                 OtherRole other_role);
NotificationContent MatchAccepted(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name);
NotificationContent MatchConfirmed(const std::string& relationship_id,
                                   const std::string& program_name, const std::string& other_name);
NotificationContent MatchDeclined(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name);
NotificationContent MatchPaused(const std::string& relationship_id,
                                const std::string& program_name);
NotificationContent MatchResumed(const std::string& relationship_id,
                                 const std::string& program_name);
NotificationContent RequestReceived(const std::string& request_id,
                                    const std::string& program_name,
                                    const std::string& mentee_name);
NotificationContent RequestAccepted(const std::string& request_id,
                                    const std::string& relationship_id,
                                    const std::string& program_name,
                                    const std::string& mentor_name);
NotificationContent RequestDeclined(const std::string& request_id,
                                    const std::string& program_name,
                                    const std::string& mentor_name, const std::string& reason);
// `left` is the side that left the program: the reader is the other one.
enum class LeftSide { kMentee, kMentor };
NotificationContent RequestWithdrawn(const std::string& request_id,
                                     const std::string& program_name,
                                     const std::string& other_name, LeftSide left);
// To the mentor of a request withdrawn because its mentee was matched (domain/reconcile.h).
NotificationContent RequestMatchedElsewhere(const std::string& request_id,
                                            const std::string& program_name,
                                            const std::string& mentee_name);
// Meetings (domain/meeting.h): one constructor per kind, all with the same parameters.
NotificationContent MeetingProposed(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at);
NotificationContent MeetingSuggested(const std::string& relationship_id,
                                     const std::string& meeting_id, const std::string& program_name,
                                     const std::string& other_name, Millis start_at);
NotificationContent MeetingAccepted(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at);
NotificationContent MeetingDeclined(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at);
NotificationContent MeetingRescheduled(const std::string& relationship_id,
                                       const std::string& meeting_id,
                                       const std::string& program_name,
                                       const std::string& other_name, Millis start_at);
NotificationContent MeetingCancelled(const std::string& relationship_id,
                                     const std::string& meeting_id, const std::string& program_name,
                                     const std::string& other_name, Millis start_at);
// Relationship care (domain/checkin.h, domain/pulse.h); links lead to the caseload and to the
// survey's page in the organisation.
NotificationContent CaseloadAssigned(const std::string& organisation_id,
                                     const std::string& relationship_id,
                                     const std::string& program_name,
                                     const std::string& mentee_name,
                                     const std::string& mentor_name);
NotificationContent PulseSurveyDue(const std::string& organisation_id, const std::string& survey_id,
                                   const std::string& program_name, const std::string& other_name);
NotificationContent RelationshipEnded(const std::string& relationship_id,
                                      const std::string& program_name,
                                      const std::string& other_name);
NotificationContent AgreementUpdated(const std::string& relationship_id,
                                     const std::string& program_name, int version);
NotificationContent EnrollmentEnded(const std::string& program_id,
                                    const std::string& program_name);
// Messaging safety (domain/message.h): both lead to the organisation's safety queue.
NotificationContent MessageFlagged(const std::string& organisation_id,
                                   const std::string& program_id, const std::string& program_name,
                                   const std::string& relationship_id,
                                   const std::string& message_id);
NotificationContent SafetyReportFiled(const std::string& organisation_id,
                                      const std::string& program_id,
                                      const std::string& program_name,
                                      const std::string& relationship_id,
                                      const std::string& report_id, std::string_view report_kind);
NotificationContent SafeguardingPaused(const std::string& organisation_id,
                                       const std::string& program_id,
                                       const std::string& program_name, int paused,
                                       int requests_withdrawn, int proposals_withdrawn);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_NOTIFICATION_H_
