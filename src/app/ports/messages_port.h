// Messages of relationship threads, read markers, flags, safety reports and programs' watch
// lists (domain/message.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MESSAGES_PORT_H_
#define TANDEM_APP_PORTS_MESSAGES_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/message.h"

namespace tandem::app {

// A reader's position in a thread: the newest message read, by (created_at, id); zero and ''
// when they have read nothing.
struct ReadMarker {
  Millis created_at = 0;
  std::string message_id;
};

// Unread messages of one thread for one reader (messages by others after their marker).
struct ThreadUnread {
  std::string organisation_id;
  std::string relationship_id;
  int unread = 0;
};

// Open flags and reports of one program, for the coordinator's work queue.
struct ProgramSafetyWork {
  std::string program_id;
  int open_flags = 0;
  int open_reports = 0;
};

// A message with the ids a reader's stream needs to decide who may see it.
struct MessageDelivery {
  domain::Message message;
  std::string program_id;
  std::string mentee_id;
  std::string mentor_id;
};

class MessagesPort {
 public:
  virtual ~MessagesPort() = default;

  // Inserts a message as it is. NotFound when the relationship does not exist; AlreadyExists
  // for a taken id.
  virtual Status InsertMessage(const domain::Message& m) = 0;
  // One message of the thread; NotFound otherwise (a message of another thread too).
  virtual Result<domain::Message> GetMessage(const std::string& org_id,
                                             const std::string& relationship_id,
                                             const std::string& message_id) = 0;
  // The thread, newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::Message>> ListMessages(const std::string& org_id,
                                                         const std::string& relationship_id,
                                                         const PageQuery& page) = 0;
  // Writes the flag fields (status, note, resolved by and at) of the stored message with m's
  // (organisation_id, id); NotFound when none.
  virtual Status UpdateMessageFlag(const domain::Message& m) = 0;
  // The organisation's messages with an open flag, newest first (key: created_at, id).
  virtual Result<PageRows<domain::Message>> ListFlaggedMessages(const std::string& org_id,
                                                                const PageQuery& page) = 0;

  // Moves the reader's marker to `to` when `to` comes after it (an older position is ignored:
  // OK, nothing changes), atomically, so concurrent calls leave the newest position.
  virtual Status AdvanceReadMarker(const std::string& org_id, const std::string& relationship_id,
                                   const std::string& person_id, const ReadMarker& to,
                                   Millis now) = 0;
  virtual Result<ReadMarker> GetReadMarker(const std::string& org_id,
                                           const std::string& relationship_id,
                                           const std::string& person_id) = 0;
  // Messages of the thread written by others after the reader's marker.
  virtual Result<int> CountUnread(const std::string& org_id, const std::string& relationship_id,
                                  const std::string& person_id) = 0;
  // The same for every relationship, in any organisation, where the person is the mentee or the
  // mentor; threads with nothing unread are left out.
  virtual Result<std::vector<ThreadUnread>> CountUnreadOfPerson(const std::string& person_id) = 0;

  // Messages created at or after `since`, in any organisation, oldest first (created_at, id),
  // at most `limit`, with their relationship's program and pair: what live streams deliver.
  virtual Result<std::vector<MessageDelivery>> ListMessagesSince(Millis since, int limit) = 0;

  // Safety reports.
  virtual Status InsertSafetyReport(const domain::SafetyReport& r) = 0;
  virtual Result<domain::SafetyReport> GetSafetyReport(const std::string& org_id,
                                                       const std::string& report_id) = 0;
  // Writes status, resolved_by, resolution_note and resolved_at; NotFound when none.
  virtual Status UpdateSafetyReport(const domain::SafetyReport& r) = 0;
  // The organisation's open reports, newest first (key: created_at, id).
  virtual Result<PageRows<domain::SafetyReport>> ListOpenSafetyReports(const std::string& org_id,
                                                                       const PageQuery& page) = 0;
  // Open flags and reports per program of the organisation (programs with none left out).
  virtual Result<std::vector<ProgramSafetyWork>> CountSafetyWork(const std::string& org_id) = 0;

  // A program's watch list, in order (empty when none).
  virtual Result<std::vector<std::string>> GetWatchWords(const std::string& org_id,
                                                         const std::string& program_id) = 0;
  // Replaces it. NotFound when the program does not exist.
  virtual Status SaveWatchWords(const std::string& org_id, const std::string& program_id,
                                const std::vector<std::string>& words) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MESSAGES_PORT_H_
