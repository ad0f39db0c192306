#include "app/enrollment_checks.h"

#include "app/audit.h"

namespace tandem::app {

Status AuditEnrollmentFlag(const Context& ctx, Tx& tx, const Caller& caller,
                           const domain::Program& program, const domain::Enrollment& e,
                           domain::AuditAction action, bool from, bool to) {
  if (from == to) return Status::Ok();
  return RecordAudit(tx, NewAuditEntry(ctx, caller, action, program.organisation_id, e.person_id,
                                       {{"enrollment_id", e.id},
                                        {"program_id", program.id},
                                        {"program_name", program.name},
                                        {"from", from ? "true" : "false"},
                                        {"to", to ? "true" : "false"}}));
}

Status ApplyMentorChecks(const Context& ctx, Tx& tx, const Caller& caller,
                         const domain::Program& program, domain::Enrollment& e,
                         std::optional<bool> screening_cleared,
                         std::optional<bool> training_complete) {
  if (screening_cleared) {
    RETURN_IF_ERROR(AuditEnrollmentFlag(ctx, tx, caller, program, e,
                                        domain::AuditAction::kEnrollmentScreeningChanged,
                                        e.screening_cleared, *screening_cleared));
    e.screening_cleared = *screening_cleared;
  }
  if (training_complete) {
    RETURN_IF_ERROR(AuditEnrollmentFlag(ctx, tx, caller, program, e,
                                        domain::AuditAction::kEnrollmentTrainingChanged,
                                        e.training_complete, *training_complete));
    e.training_complete = *training_complete;
  }
  return Status::Ok();
}

}  // namespace tandem::app
