// Bulk changes to a program's enrollments from the participants table: approve many pending
// applications, or set many mentors' screening and training, in one transaction. All or
// nothing: every id must name an enrollment of this program (NotFound names the first that does
// not, whatever organisation it belongs to) and every enrollment must allow the change
// (FailedPrecondition names the first person who does not); nothing is written otherwise.
// Audited as the single actions are (programs.h: ReviewEnrollment, SetEnrollmentFlags).
#ifndef TANDEM_APP_ENROLLMENT_BULK_H_
#define TANDEM_APP_ENROLLMENT_BULK_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/programs.h"
#include "domain/program.h"

namespace tandem::app {

// At most this many enrollments a request.
inline constexpr int kMaxBulkEnrollments = 200;

// Pending → active for every enrollment; FailedPrecondition when one is not pending.
// InvalidArgument naming "enrollment_ids" for an empty list, more than kMaxBulkEnrollments ids
// or a repeated id. Coordinators and org admins (kReviewEnrollment). The enrollments after the
// change, in the order of the ids.
Result<std::vector<domain::EnrollmentView>> ApproveEnrollments(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& program_id, const std::vector<std::string>& enrollment_ids);

// Sets screening and/or training (minor_marked is not a bulk change) on every enrollment,
// which must all be mentors' (FailedPrecondition otherwise); InvalidArgument when neither flag
// is given. Revoking then enforces safeguarding for everyone changed, as SetEnrollmentFlags
// does for one.
Result<std::vector<domain::EnrollmentView>> SetEnrollmentsChecks(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& program_id, const std::vector<std::string>& enrollment_ids,
    const EnrollmentFlags& flags);

}  // namespace tandem::app

#endif  // TANDEM_APP_ENROLLMENT_BULK_H_
