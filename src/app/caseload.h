// A relationship manager's caseload (issue 10, point 7): their active and paused relationships
// (proposed and awaiting ones have not started: no clock runs for them) with a
// health status computed on read from the relationship's signals (domain/relationship_health.h;
// docs/relationship_health.md), the reasons as data, the last meeting and check-in and the
// next check-in due, most urgent first.
//
// Who: coordinators of the organisation. A coordinator reads their own caseload and, to cover
// for a colleague or balance the load, any other coordinator's in the same organisation, and
// the relationships nobody manages. An organisation administrator who does not coordinate gets
// 403 (check-ins are the coordinators' working record); outsiders get 404.
// Cost: one query for the whole caseload (store ListCaseload), then the formula per row.
#ifndef TANDEM_APP_CASELOAD_H_
#define TANDEM_APP_CASELOAD_H_

#include <optional>
#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "app/ports/care_port.h"
#include "domain/relationship_health.h"

namespace tandem::app {

struct CaseloadEntry {
  CaseloadRow row;
  domain::Health health;
  int meeting_cadence_days = 0;  // in effect (defaults applied)
  int checkin_cadence_days = 0;
  std::string next_checkin_due;  // "YYYY-MM-DD"
};

// manager_id: '' for the caller, "none" for the relationships nobody manages, else a
// coordinator's person id. status: only relationships in that state.
struct CaseloadFilter {
  std::string manager_id;
  std::optional<domain::HealthStatus> status;
};

struct Caseload {
  std::string manager_id;  // '' for "none"
  std::string manager_name;
  int on_track = 0;  // counts over the whole caseload, before the status filter
  int needs_checkin = 0;
  int at_risk = 0;
  Page<CaseloadEntry> page;  // most urgent first (urgency, then relationship id)
};

// InvalidArgument naming manager_id when it is not a coordinator of the organisation.
Result<Caseload> GetCaseload(const Context& ctx, const Caller& caller, const std::string& org_id,
                             const CaseloadFilter& filter, const PageRequest& page);

// The health of one caseload row at `now` (exposed for the benchmark and tests).
CaseloadEntry AssessCaseloadRow(CaseloadRow row, Millis now);

}  // namespace tandem::app

#endif  // TANDEM_APP_CASELOAD_H_
