// Mentoring relationships, capacity use and participant locks.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_RELATIONSHIPS_PORT_H_
#define TANDEM_APP_PORTS_RELATIONSHIPS_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/relationship.h"

namespace tandem::app {

struct RelationshipFilter {
  std::optional<domain::RelationshipStatus> status;
  std::string person_id;  // only relationships where this person is mentee or mentor
};

class RelationshipsPort {
 public:
  virtual ~RelationshipsPort() = default;

  virtual Status InsertRelationship(const domain::Relationship& r) = 0;
  virtual Status UpdateRelationship(
      const domain::Relationship& r) = 0;  // status, flags, updated_at
  virtual Result<domain::Relationship> GetRelationship(const std::string& org_id,
                                                       const std::string& id) = 0;

  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::Relationship>> ListRelationships(const std::string& org_id,
                                                                   const std::string& program_id,
                                                                   const RelationshipFilter& filter,
                                                                   const PageQuery& page) = 0;

  Result<std::vector<domain::Relationship>> ListRelationships(const std::string& org_id,
                                                              const std::string& program_id,
                                                              const RelationshipFilter& filter) {
    return EveryRow(ListRelationships(org_id, program_id, filter, kEveryRow));
  }

  // As mentee or mentor, all organisations, newest first (created_at, id descending; key:
  // created_at, id).
  virtual Result<PageRows<domain::Relationship>> ListRelationshipsOfPerson(
      const std::string& person_id, const PageQuery& page) = 0;

  // Proposed, active and awaiting-agreement relationships of a mentor in a program.
  virtual Result<int> CountCapacityUse(const std::string& org_id, const std::string& program_id,
                                       const std::string& mentor_id) = 0;

  // Participant locks. Serialise every decision about the named people in one program until
  // the transaction ends: a mentor's capacity, a mentee's mentors, open requests and duplicate
  // requests, an enrollment's review or flags. PostgreSQL: SELECT … FOR UPDATE on every
  // enrollment of each person in the program (any role, any status); SQLite: write
  // transactions are already exclusive, so only the existence check. NotFound when one of the
  // people has no enrollment in the program. Must be called inside Transact, before reading the
  // state it protects (READ COMMITTED: reads after the lock see what the previous holder
  // committed).
  //
  // Lock order (no deadlocks): people are locked in ascending id order (byte order), which
  // this method does for the ids it is given (duplicates are ignored). A transaction takes all
  // its participant locks in one call; several calls are allowed only when each call's ids
  // are all greater than those of earlier calls. A round lock (LockRound) or an invitation
  // lock (LockInvitation) comes before any participant lock.
  virtual Status LockParticipants(const std::string& org_id, const std::string& program_id,
                                  std::vector<std::string> person_ids) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_RELATIONSHIPS_PORT_H_
