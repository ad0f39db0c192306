// The coordinator's work queue: for each draft or open program of an organisation, how many
// applications wait for review, mentors for screening or training, mentees for a match,
// requests for an answer before they expire, and match rounds for publishing.
#ifndef TANDEM_APP_WORK_QUEUE_H_
#define TANDEM_APP_WORK_QUEUE_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/ports/work_queue_port.h"

namespace tandem::app {

// A pending request counts as expiring when it lapses within this many hours.
inline constexpr int kExpiringWithinHours = 72;

struct WorkQueue {
  std::vector<ProgramWork> programs;  // by name
  int expiring_within_hours = kExpiringWithinHours;
  // Messaging safety (app/message_safety.h): open flags of youth messages and open reports in
  // the whole organisation, for the link to the coordinators' safety queue.
  int open_flags = 0;
  int open_reports = 0;
};

// Coordinators and organisation admins (the staff who list participants); NotFound for
// outsiders, PermissionDenied for other members and for a platform admin who is not a member.
Result<WorkQueue> GetWorkQueue(const Context& ctx, const Caller& caller, const std::string& org_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_WORK_QUEUE_H_
