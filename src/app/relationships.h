// Relationships, seen and answered by their two sides.
//
// A relationship comes from a published match round (app/match_rounds.h) or an accepted request
// (app/mentor_requests.h). Every decision about a relationship is taken under the participant
// locks of its two people (Tx::LockParticipants), so two mentees can never both take a mentor's
// last place and a one-to-one mentee never gets two mentors, on either database.
#ifndef TANDEM_APP_RELATIONSHIPS_H_
#define TANDEM_APP_RELATIONSHIPS_H_

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

struct RelationshipView {
  domain::Relationship relationship;
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
};
// The program's matching settings and how many mentors the mentee holds now, when the mentor
// has room left in the program and the mentee is below the program's limit of mentors
// (counting relationships that hold a place: proposed, active; not paused); FailedPrecondition
// otherwise. Call under the pair's participant locks. Serves accepting a request and resuming
// a paused match, so both apply one rule.
struct PairRoom {
  domain::MatchingSettings settings;
  int mentee_mentors = 0;
};
Result<PairRoom> CheckRoomForPair(Tx& tx, const domain::Program& program,
                                  const std::string& mentee_id, const std::string& mentor_id);
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
