// The coordinator's work queue: per program, how many things wait for the organisation's staff.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_WORK_QUEUE_PORT_H_
#define TANDEM_APP_PORTS_WORK_QUEUE_PORT_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/program.h"

namespace tandem::app {

// One program's counts. Each is computed in the database (a few aggregate queries for the
// whole organisation), never by loading the lists.
struct ProgramWork {
  std::string program_id;
  std::string program_name;
  domain::ProgramStatus program_status = domain::ProgramStatus::kOpen;
  domain::Audience audience = domain::Audience::kAdult;
  int applications = 0;          // pending enrollments (either side)
  int mentors_not_cleared = 0;   // youth programs: pending or active mentors not yet both
                                 // screened and trained
  int unmatched_mentees = 0;     // active mentees with no proposed, active or paused relationship
  int requests_expiring = 0;     // pending requests with now < expires_at <= expiring_before
  int draft_rounds = 0;          // match rounds still in draft
};

class WorkQueuePort {
 public:
  virtual ~WorkQueuePort() = default;

  // Every draft or open program of the organisation (closed ones carry no work), by name,
  // with its counts; an organisation without programs gives an empty list.
  virtual Result<std::vector<ProgramWork>> CountProgramWork(const std::string& org_id, Millis now,
                                                            Millis expiring_before) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_WORK_QUEUE_PORT_H_
