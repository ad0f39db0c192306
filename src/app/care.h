// Relationship care (issue 10, point 7): the relationship manager and the manager's check-ins.
//
// The manager. CreateRelationship (app/relationships.h) gives every new relationship one at
// once: the organisation's coordinator with the fewest open relationships to manage (ties: the
// smallest id), so the work spreads without anyone choosing; none when the organisation has no
// coordinator (the caseload's "unassigned" list shows those). Any coordinator of the
// organisation may reassign it to any coordinator (audited; the new manager is notified).
// Check-ins: any coordinator logs one (with whom, the day, notes, follow-ups); the latest one
// restarts the check-in clock of the relationship's health (app/caseload.h).
//
// Who may do what: domain/checkin_policy.h (coordinators only; the pair, a guardian and an
// administrator who does not coordinate get 404). Notes are never sent to anyone else.
#ifndef TANDEM_APP_CARE_H_
#define TANDEM_APP_CARE_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/checkin.h"
#include "domain/relationship.h"

namespace tandem::app {

// Inside CreateRelationship's transaction: the default manager (above). active_since stays
// unset until the pulse timer first sees the relationship active (app/pulse_surveys.h).
Status AssignDefaultManager(Tx& tx, const domain::Relationship& r, Millis now);

struct ManagerView {
  std::string relationship_id;
  std::string manager_id;  // '' for none
  std::string manager_name;
  Millis assigned_at = 0;
};
Result<ManagerView> GetRelationshipManager(const Context& ctx, const Caller& caller,
                                           const std::string& org_id,
                                           const std::string& relationship_id);
// InvalidArgument naming manager_id when that person is not a coordinator of the organisation.
Result<ManagerView> AssignRelationshipManager(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& relationship_id,
                                              const std::string& manager_id);

struct CheckinInput {
  domain::CheckinWith with = domain::CheckinWith::kBoth;
  std::string held_on;  // "YYYY-MM-DD"; '' for today (UTC)
  std::string notes;
  struct FollowUpInput {
    std::string text;
    std::string due_date;
  };
  std::vector<FollowUpInput> follow_ups;
};
struct CheckinView {
  domain::Checkin checkin;
  std::string author_name;
};
// Latest first, paged.
Result<Page<CheckinView>> ListCheckins(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id, const PageRequest& page);
// InvalidArgument (domain::ValidateCheckin) for bad input; FailedPrecondition for a
// relationship that is declined or ended.
Result<CheckinView> LogCheckin(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const CheckinInput& in);
// Marks one of the relationship's follow-ups done (again: no change).
Status MarkFollowUpDone(const Context& ctx, const Caller& caller, const std::string& org_id,
                        const std::string& relationship_id, const std::string& follow_up_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_CARE_H_
