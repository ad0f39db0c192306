// A relationship's message thread (domain/message.h): the pair write and read it; in youth
// programs the organisation's coordinators read it too (the page tells the pair), and a message
// holding contact details or a watch-list word is flagged for them (domain/message_screening.h).
// In adult programs nobody but the pair reads a message through any endpoint.
//
// Who may do what: domain/message_policy.h. Readers who are not the pair never see read
// markers or unread counts (those are the pair's own). Flags are shown only to those who may
// review them (youth coordinators); the pair never learn a message was flagged.
// Locks: sending takes the pair's participant locks (LockPair) and reads the relationship again
// under them, as pausing it does ("I feel unsafe", safeguarding), so no message is written
// into a match paused a moment before, on either database.
// Read markers only move forward, in one statement (MessagesPort::AdvanceReadMarker).
// Live delivery: after a message commits, Context::live (app/live.h) is told, and every open
// stream of a person who may read it receives its ids (http/event_hub.h).
#ifndef TANDEM_APP_MESSAGES_H_
#define TANDEM_APP_MESSAGES_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/message.h"
#include "domain/relationship.h"

namespace tandem::app {

// A message as one reader sees it.
struct MessageView {
  domain::Message message;
  std::optional<domain::Side> author_side;  // the side of its author ('' if neither now)
  bool mine = false;
  bool flag_visible = false;  // the reader reviews flags: flag_* are shown
};

// The thread as one reader sees it (what the page needs besides the messages).
struct ThreadView {
  std::string relationship_id;
  domain::RelationshipStatus relationship_status = domain::RelationshipStatus::kActive;
  std::optional<domain::Side> viewer_side;  // none for an overseeing coordinator
  bool overseen = false;                    // a youth program: coordinators can read this thread
  bool can_write = false;                   // the pair, while the relationship is active
  bool can_report = false;                  // the pair
  bool can_feel_unsafe = false;             // the mentee, while contact is not already paused
  bool can_review = false;                  // youth coordinators
  int unread = 0;                           // the viewer's unread messages (the pair only)
  std::string read_message_id;              // the viewer's marker ('' when none)
};

Result<ThreadView> GetThread(const Context& ctx, const Caller& caller, const std::string& org_id,
                             const std::string& relationship_id);
// The thread's messages, newest first, paged. NotFound for anyone the policy hides it from.
Result<Page<MessageView>> ListMessages(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id, const PageRequest& page);
Result<MessageView> GetMessage(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const std::string& message_id);
// One side writes a message (FailedPrecondition unless the relationship is active;
// InvalidArgument for a bad body). The author's read marker moves to it. In a youth program it
// is screened and, when flagged, the organisation's coordinators are notified
// (message_flagged).
Result<MessageView> SendMessage(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& relationship_id, const std::string& body);
// The pair mark the thread read up to a message of it (an older one than the marker changes
// nothing). Answers the thread as the caller now sees it.
Result<ThreadView> MarkThreadRead(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& relationship_id,
                                  const std::string& message_id);

// The caller's unread messages over all their threads (the navigation's badge).
struct UnreadSummary {
  int total = 0;
  std::vector<ThreadUnread> threads;
};
Result<UnreadSummary> GetMyUnread(const Context& ctx, const Caller& caller);

// Who may read a message (a live stream's recipients): the pair, and in a youth program the
// organisation's coordinators. Read in tx.
Result<std::vector<std::string>> MessageReaders(Tx& tx, const MessageDelivery& d);

}  // namespace tandem::app

#endif  // TANDEM_APP_MESSAGES_H_
