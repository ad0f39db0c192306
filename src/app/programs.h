// Programs and their enrollments: create, edit, list, apply, approve, decline, flag.
#ifndef TANDEM_APP_PROGRAMS_H_
#define TANDEM_APP_PROGRAMS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/program.h"

namespace tandem::app {

struct ProgramView {
  domain::Program program;
  domain::ProgramCounts counts;
};

// By name. Members see open and closed programs; coordinators and admins also see drafts.
Result<Page<ProgramView>> ListPrograms(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const PageRequest& page);
Result<ProgramView> CreateProgram(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, domain::Program input);
// NotFound also for a draft the caller may not see.
Result<ProgramView> GetProgram(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& program_id);
Result<ProgramView> UpdateProgram(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& program_id,
                                  domain::Program input);

// By person name; `filter` applies to every page.
Result<Page<domain::EnrollmentView>> ListEnrollments(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id,
                                                     const EnrollmentFilter& filter,
                                                     const PageRequest& page);

// A member applies as mentor or mentee. Pending when the program requires approval or the
// person's place in it was ended before (in either role), else active. FailedPrecondition when the program is not open; AlreadyExists when already
// enrolled (or applied) in that role.
Result<domain::EnrollmentView> ApplyToProgram(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::ProgramRole role, const std::string& message);

enum class Review { kApprove, kDecline };
// Pending → active (approve) or declined (decline). FailedPrecondition otherwise.
Result<domain::EnrollmentView> ReviewEnrollment(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                const std::string& program_id,
                                                const std::string& enrollment_id, Review review);

// A coordinator ends one person's place (pending or active → ended) with everything that hangs
// on it in this program: their requests, relationships and draft-round proposals on that side
// (EndParticipation, reason enrollment_ended). In peer programs, both of their enrollments.
// NotFound for an enrollment of another program; FailedPrecondition when already closed.
Result<domain::EnrollmentView> EndEnrollment(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& program_id,
                                             const std::string& enrollment_id);

struct EnrollmentFlags {
  std::optional<bool> screening_cleared;
  std::optional<bool> training_complete;
  std::optional<bool> minor_marked;  // any role; the person's other enrollment here follows
  // Labels for choosing a round's mentees by filters (domain/mentee_filter.h), any role;
  // trimmed, "" clears. InvalidArgument for a label too long or with control characters.
  std::optional<std::string> grade;
  std::optional<std::string> group;
};
// Coordinators (kReviewEnrollment). Revoking screening or training, or marking a minor, then
// enforces safeguarding for the person (app/safeguarding.h): pending requests and unpublished
// proposals that no longer pass are withdrawn, open matches paused, coordinators told.
Result<domain::EnrollmentView> SetEnrollmentFlags(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& program_id,
                                                  const std::string& enrollment_id,
                                                  const EnrollmentFlags& flags);

}  // namespace tandem::app

#endif  // TANDEM_APP_PROGRAMS_H_
