// Changing a participant's safeguarding flags (screening, training, the minor mark) in a
// transaction that already holds their locks, with the audit entries every such change leaves.
// Shared by SetEnrollmentFlags (one enrollment) and SetEnrollmentChecks (in bulk).
#ifndef TANDEM_APP_ENROLLMENT_CHECKS_H_
#define TANDEM_APP_ENROLLMENT_CHECKS_H_

#include <optional>

#include "app/context.h"
#include "app/store.h"
#include "domain/audit.h"
#include "domain/program.h"

namespace tandem::app {

// One audit entry for a flag of `e` changing from `from` to `to` (none when they are equal).
Status AuditEnrollmentFlag(const Context& ctx, Tx& tx, const Caller& caller,
                           const domain::Program& program, const domain::Enrollment& e,
                           domain::AuditAction action, bool from, bool to);

// Sets a mentor's screening and training on `e` (each when given), auditing each change; the
// caller writes `e` and enforces safeguarding afterwards.
Status ApplyMentorChecks(const Context& ctx, Tx& tx, const Caller& caller,
                         const domain::Program& program, domain::Enrollment& e,
                         std::optional<bool> screening_cleared,
                         std::optional<bool> training_complete);

}  // namespace tandem::app

#endif  // TANDEM_APP_ENROLLMENT_CHECKS_H_
