// Meetings of relationships, their authors' private notes, and per-person calendar feeds
// (domain/meeting.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MEETINGS_PORT_H_
#define TANDEM_APP_PORTS_MEETINGS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/meeting.h"

namespace tandem::app {

// A person's calendar feed: only the hash of its secret is stored.
struct CalendarFeed {
  std::string person_id;
  std::string secret_hash;
  Millis created_at = 0;
};

class MeetingsPort {
 public:
  virtual ~MeetingsPort() = default;

  // Inserts a meeting as it is. NotFound when the relationship does not exist; AlreadyExists
  // for a taken id, or for a second meeting following the same held meeting
  // (Meeting::follows_meeting_id is unique per organisation when set).
  virtual Status InsertMeeting(const domain::Meeting& m) = 0;
  // Writes every changeable field (details, status, proposer, shared notes, sequence,
  // updated_at) of the stored meeting with m's (organisation_id, id); NotFound when none.
  virtual Status UpdateMeeting(const domain::Meeting& m) = 0;
  // One meeting of the relationship; NotFound otherwise (a meeting of another relationship too).
  virtual Result<domain::Meeting> GetMeeting(const std::string& org_id,
                                             const std::string& relationship_id,
                                             const std::string& meeting_id) = 0;
  // The relationship's meetings, latest start first (start_at, id descending; key: start_at,
  // id).
  virtual Result<PageRows<domain::Meeting>> ListMeetings(const std::string& org_id,
                                                         const std::string& relationship_id,
                                                         const PageQuery& page) = 0;
  // Whether a meeting following `held_meeting_id` exists (any status).
  virtual Result<bool> HasFollowUpMeeting(const std::string& org_id,
                                          const std::string& held_meeting_id) = 0;

  // The author's private notes on a meeting ('' when none).
  virtual Result<std::string> GetPrivateMeetingNote(const std::string& org_id,
                                                    const std::string& meeting_id,
                                                    const std::string& author_id) = 0;
  // Replaces them (an empty text deletes them). NotFound when the meeting does not exist.
  virtual Status SavePrivateMeetingNote(const std::string& org_id, const std::string& meeting_id,
                                        const std::string& author_id, const std::string& text,
                                        Millis at) = 0;

  // Meetings of every relationship, in any organisation, where the person is the mentee or the
  // mentor, starting at or after `since`, earliest first, at most `limit`.
  struct PersonMeeting {
    domain::Meeting meeting;
    std::string program_name;
    std::string mentee_name;
    std::string mentor_name;
  };
  virtual Result<std::vector<PersonMeeting>> ListMeetingsOfPerson(const std::string& person_id,
                                                                  Millis since, int limit) = 0;

  // Calendar feeds (one per person at most).
  // Creates or replaces the person's feed.
  virtual Status SaveCalendarFeed(const CalendarFeed& feed) = 0;
  // Deletes it; OK when there was none.
  virtual Status DeleteCalendarFeed(const std::string& person_id) = 0;
  virtual Result<std::optional<CalendarFeed>> FindCalendarFeedOfPerson(
      const std::string& person_id) = 0;
  virtual Result<std::optional<CalendarFeed>> FindCalendarFeedBySecretHash(
      const std::string& secret_hash) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MEETINGS_PORT_H_
