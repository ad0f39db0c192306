#include "app/work_queue.h"

namespace tandem::app {

Result<WorkQueue> GetWorkQueue(const Context& ctx, const Caller& caller,
                               const std::string& org_id) {
  const Millis now = ctx.clock.Now();
  return InReadTx<WorkQueue>(ctx.store, [&](Tx& tx) -> Result<WorkQueue> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, domain::Action::kListEnrollments).status());
    WorkQueue out;
    ASSIGN_OR_RETURN(out.programs,
                     tx.CountProgramWork(org_id, now, now + kExpiringWithinHours * kHour));
    ASSIGN_OR_RETURN(auto safety, tx.CountSafetyWork(org_id));
    for (const ProgramSafetyWork& s : safety) {
      out.open_flags += s.open_flags;
      out.open_reports += s.open_reports;
    }
    return out;
  });
}

}  // namespace tandem::app
