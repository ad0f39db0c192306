#include "app/enrollment_bulk.h"

#include <set>

#include "app/enrollment_checks.h"
#include "app/program_visibility.h"
#include "app/safeguarding.h"

namespace tandem::app {

using domain::Action;
using domain::EnrollmentStatus;

namespace {

Status CheckIds(const std::vector<std::string>& ids) {
  if (ids.empty()) return FieldInvalid("enrollment_ids", "must name at least one enrollment");
  if (static_cast<int>(ids.size()) > kMaxBulkEnrollments)
    return FieldInvalid("enrollment_ids", "must name at most " +
                                              std::to_string(kMaxBulkEnrollments) + " enrollments");
  std::set<std::string> seen;
  for (const auto& id : ids)
    if (!seen.insert(id).second) return FieldInvalid("enrollment_ids", "names " + id + " twice");
  return Status::Ok();
}

// Every enrollment, which must all be this program's (read before the locks, to know whom
// to lock; read again under them).
Result<std::vector<domain::Enrollment>> EnrollmentsOf(Tx& tx, const std::string& org_id,
                                                      const std::string& program_id,
                                                      const std::vector<std::string>& ids) {
  std::vector<domain::Enrollment> out;
  for (const auto& id : ids) {
    auto e = tx.GetEnrollment(org_id, id);
    if (!e.ok() && e.status().code() != StatusCode::kNotFound) return e.status();
    if (!e.ok() || e->program_id != program_id)
      return NotFound("No such enrollment in this program: " + id + ". Nothing was changed.");
    out.push_back(std::move(e).value());
  }
  return out;
}

std::vector<std::string> PeopleOf(const std::vector<domain::Enrollment>& es) {
  std::vector<std::string> people;
  for (const auto& e : es) people.push_back(e.person_id);
  return people;
}

Result<std::vector<domain::EnrollmentView>> ViewsOf(Tx& tx, const std::string& org_id,
                                                    const std::vector<domain::Enrollment>& es) {
  std::vector<domain::EnrollmentView> out;
  for (const auto& e : es) {
    ASSIGN_OR_RETURN(auto v, tx.GetEnrollmentView(org_id, e.id));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

Result<std::vector<domain::EnrollmentView>> ApproveEnrollments(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& program_id, const std::vector<std::string>& enrollment_ids) {
  RETURN_IF_ERROR(CheckIds(enrollment_ids));
  using Out = std::vector<domain::EnrollmentView>;
  return InTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
    RETURN_IF_ERROR(VisibleProgram(tx, actor, org_id, program_id).status());
    ASSIGN_OR_RETURN(auto before, EnrollmentsOf(tx, org_id, program_id, enrollment_ids));
    RETURN_IF_ERROR(tx.LockParticipants(org_id, program_id, PeopleOf(before)));
    ASSIGN_OR_RETURN(auto enrollments, EnrollmentsOf(tx, org_id, program_id, enrollment_ids));
    for (const auto& e : enrollments) {
      if (e.status == EnrollmentStatus::kPending) continue;
      ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(e.person_id));
      return FailedPrecondition("Only pending applications can be approved; " + p.name + "'s is " +
                                std::string(domain::EnrollmentStatusName(e.status)) +
                                ". Nothing was changed.");
    }
    for (auto& e : enrollments) {
      e.status = EnrollmentStatus::kActive;
      RETURN_IF_ERROR(tx.UpdateEnrollment(e));
    }
    return ViewsOf(tx, org_id, enrollments);
  });
}

Result<std::vector<domain::EnrollmentView>> SetEnrollmentsChecks(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& program_id, const std::vector<std::string>& enrollment_ids,
    const EnrollmentFlags& flags) {
  RETURN_IF_ERROR(CheckIds(enrollment_ids));
  if (!flags.screening_cleared && !flags.training_complete)
    return InvalidArgument("Give screening_cleared, training_complete or both.");
  if (flags.minor_marked) return FieldInvalid("minor_marked", "is not a bulk change");
  const Millis now = ctx.clock.Now();
  using Out = std::vector<domain::EnrollmentView>;
  return InTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
    ASSIGN_OR_RETURN(domain::Program program, VisibleProgram(tx, actor, org_id, program_id));
    ASSIGN_OR_RETURN(auto before, EnrollmentsOf(tx, org_id, program_id, enrollment_ids));
    // Everyone changed and everyone a change could separate them from, in one lock call.
    RETURN_IF_ERROR(LockForSafeguarding(tx, org_id, program_id, PeopleOf(before), now));
    ASSIGN_OR_RETURN(auto enrollments, EnrollmentsOf(tx, org_id, program_id, enrollment_ids));
    for (const auto& e : enrollments) {
      if (e.role == domain::ProgramRole::kMentor) continue;
      ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(e.person_id));
      return FailedPrecondition("Screening and training apply to mentors only; " + p.name +
                                " takes part as " + std::string(domain::ProgramRoleName(e.role)) +
                                ". Nothing was changed.");
    }
    std::set<std::string> people;
    for (auto& e : enrollments) {
      // As SetEnrollmentFlags: an audit entry per flag that changes, in this transaction.
      RETURN_IF_ERROR(ApplyMentorChecks(ctx, tx, caller, program, e, flags.screening_cleared,
                                        flags.training_complete));
      RETURN_IF_ERROR(tx.UpdateEnrollment(e));
      people.insert(e.person_id);
    }
    // Revoked screening or training: withdraw and pause what no longer passes.
    RETURN_IF_ERROR(EnforceSafeguarding(tx, program, people, now).status());
    return ViewsOf(tx, org_id, enrollments);
  });
}

}  // namespace tandem::app
