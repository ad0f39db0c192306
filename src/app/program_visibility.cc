#include "app/program_visibility.h"

namespace tandem::app {

Result<domain::Program> VisibleProgram(Tx& tx, const domain::Actor& actor,
                                       const std::string& org_id, const std::string& program_id) {
  auto p = tx.GetProgram(org_id, program_id);
  if (!p.ok() && p.status().code() != StatusCode::kNotFound) return p.status();
  if (!p.ok() ||
      (p->status == domain::ProgramStatus::kDraft &&
       domain::Decide(actor, domain::Action::kViewDraftPrograms) != domain::Decision::kAllow))
    return NotFound("No such program.");
  return p;
}

Result<domain::Program> ReadableProgram(Tx& tx, const Caller& caller, const std::string& org_id,
                                        const std::string& program_id, domain::Action action) {
  ASSIGN_OR_RETURN(domain::Actor actor, Authorized(tx, caller, org_id, action, "program"));
  return VisibleProgram(tx, actor, org_id, program_id);
}

}  // namespace tandem::app
