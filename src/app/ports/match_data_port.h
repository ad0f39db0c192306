// What matching reads about a program's participants, and its version.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MATCH_DATA_PORT_H_
#define TANDEM_APP_PORTS_MATCH_DATA_PORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/profile.h"
#include "domain/program.h"

namespace tandem::app {

// An active participant of a program with everything matching reads about them.
struct Participant {
  domain::Enrollment enrollment;
  std::string name;
  std::string email;
  domain::Profile profile;                    // defaults (person_id set) when never saved
  std::vector<std::string> organisation_ids;  // every organisation the person belongs to
};

class MatchDataPort {
 public:
  virtual ~MatchDataPort() = default;

  // The version of a program's match data (table match_data_versions, moved by database
  // triggers on every change the prepared match data is built from); 0 when unknown.
  virtual Result<std::int64_t> GetMatchDataVersion(const std::string& program_id) = 0;

  // Active enrollments of a program in one role, with profiles, ordered by person name then
  // id. Bulk: a fixed number of queries however many participants (10,000 mentees is normal).
  virtual Result<std::vector<Participant>> ListParticipants(const std::string& org_id,
                                                            const std::string& program_id,
                                                            domain::ProgramRole role) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MATCH_DATA_PORT_H_
