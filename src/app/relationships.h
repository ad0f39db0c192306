// Relationships, seen and answered by their two sides.
//
// A relationship comes from a published match round (app/match_rounds.h) or an accepted request
// (app/mentor_requests.h). Every decision about a relationship is taken under the participant
// locks of its two people (Tx::LockParticipants), so two mentees can never both take a mentor's
// last place and a one-to-one mentee never gets two mentors, on either database.
#ifndef TANDEM_APP_RELATIONSHIPS_H_
#define TANDEM_APP_RELATIONSHIPS_H_

#include <functional>
#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/matching_settings.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::app {

// Takes the participant locks of a request's or relationship's two people (in the store's
// lock order), after which their requests, relationships and the mentor's capacity can be read
// and changed without racing another transaction (see LockParticipants).
Status LockPair(Tx& tx, const std::string& org_id, const std::string& program_id,
                const std::string& mentee_id, const std::string& mentor_id);

// The names a view of a pair's record shows (a request, a relationship): the mentee's, the
// mentor's and the program's.
struct PairNames {
  std::string mentee;
  std::string mentor;
  std::string program;
};
Result<PairNames> LoadPairNames(Tx& tx, const std::string& org_id, const std::string& program_id,
                                const std::string& mentee_id, const std::string& mentor_id);

struct RelationshipView {
  domain::Relationship relationship;
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
};
// The pair's room in the program, read under the pair's participant locks: the mentor's
// capacity and places taken (proposed, active; not paused), the mentee's mentors and the
// program's limit, and its matching settings. Serves accepting a request and resuming a paused
// match, so both count as publishing a round does.
struct PairRoomRead {
  domain::MatchingSettings settings;
  domain::PairRoom room;
};
Result<PairRoomRead> ReadRoomForPair(Tx& tx, const domain::Program& program,
                                     const std::string& mentee_id, const std::string& mentor_id);
// A lack of room (domain::LackOfRoom) in the words of a request's or a resume's reader.
Status RoomRefusal(domain::RoomLack lack, const domain::Program& program,
                   const domain::PairRoom& room);
// ReadRoomForPair, then FailedPrecondition (RoomRefusal) when the pair has no room.
Result<PairRoomRead> CheckRoomForPair(Tx& tx, const domain::Program& program,
                                      const std::string& mentee_id, const std::string& mentor_id);

// The one way a relationship comes to exist, from a published round (app/match_rounds.h) or an
// accepted request (app/mentor_requests.h): checks the pair's room (domain::LackOfRoom; a lack
// is answered by `refuse`, which words it for its path), builds the relationship in its initial
// state (domain::NewRelationship) and inserts it. The caller holds the pair's participant locks
// and counted `room` under them (docs/architecture.md's lock order); this takes no lock. An
// insert refused by the database's pair index is returned as it comes (AlreadyExists).
// The new relationship receives a copy of its program's plan template (app/plans.h) and a
// relationship manager (app/care.h).
using RoomRefuser = std::function<Status(domain::RoomLack)>;
Result<domain::Relationship> CreateRelationship(Tx& tx, const domain::PairRoom& room,
                                                const domain::NewRelationshipInput& input,
                                                Millis now, const RoomRefuser& refuse);

// The view of a relationship with its people's and program's names (read in tx).
Result<RelationshipView> LoadRelationshipView(Tx& tx, const domain::Relationship& r);
// The caller's relationships as mentee or mentor, in every organisation, newest first.
Result<Page<RelationshipView>> ListMyRelationships(const Context& ctx, const Caller& caller,
                                                   const PageRequest& page);
// A side accepts or declines a proposed relationship; both accepting makes it active.
Result<RelationshipView> RespondToRelationship(const Context& ctx, const Caller& caller,
                                               const std::string& org_id,
                                               const std::string& relationship_id, bool accept);

}  // namespace tandem::app

#endif  // TANDEM_APP_RELATIONSHIPS_H_
