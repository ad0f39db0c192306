#include "app/programs.h"

#include <set>

#include "app/audit.h"
#include "app/enrollment_checks.h"
#include "app/participation.h"
#include "app/program_visibility.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/mentee_filter.h"

namespace tandem::app {

using domain::Action;
using domain::EnrollmentStatus;

namespace {

Result<ProgramView> View(Tx& tx, domain::Program p) {
  ASSIGN_OR_RETURN(auto counts, tx.CountEnrollments(p.organisation_id, p.id));
  return ProgramView{std::move(p), counts};
}

domain::Program Cleaned(domain::Program p) {
  p.name = Trim(p.name);
  p.description = Trim(p.description);
  return p;
}

}  // namespace

Result<Page<ProgramView>> ListPrograms(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const PageRequest& page) {
  using Out = Page<ProgramView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kListPrograms));
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("programs", page));
    bool drafts = domain::Decide(actor, Action::kViewDraftPrograms) == domain::Decision::kAllow;
    ASSIGN_OR_RETURN(auto rows, tx.ListPrograms(org_id, drafts, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::Program& p) { return View(tx, p); });
  });
}

Result<ProgramView> CreateProgram(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, domain::Program input) {
  input = Cleaned(std::move(input));
  input.id = NewId();
  input.organisation_id = org_id;
  input.created_at = ctx.clock.Now();
  return InTx<ProgramView>(ctx.store, [&](Tx& tx) -> Result<ProgramView> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kCreateProgram).status());
    RETURN_IF_ERROR(domain::ValidateProgram(input));
    RETURN_IF_ERROR(tx.InsertProgram(input));
    return ProgramView{input, {}};
  });
}

Result<ProgramView> GetProgram(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& program_id) {
  return InReadTx<ProgramView>(ctx.store, [&](Tx& tx) -> Result<ProgramView> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kListPrograms, "program"));
    ASSIGN_OR_RETURN(domain::Program p, VisibleProgram(tx, actor, org_id, program_id));
    return View(tx, std::move(p));
  });
}

Result<ProgramView> UpdateProgram(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& program_id,
                                  domain::Program input) {
  input = Cleaned(std::move(input));
  return InTx<ProgramView>(ctx.store, [&](Tx& tx) -> Result<ProgramView> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kEditProgram, "program"));
    ASSIGN_OR_RETURN(domain::Program current, VisibleProgram(tx, actor, org_id, program_id));
    input.id = current.id;
    input.organisation_id = current.organisation_id;
    input.created_at = current.created_at;
    RETURN_IF_ERROR(domain::ValidateProgram(input));
    RETURN_IF_ERROR(tx.UpdateProgram(input));
    if (input.audience != current.audience || input.type != current.type) {
      // Who is protected, and by whom they may be reached, may have changed for everyone.
      std::set<std::string> people;
      for (auto role : {domain::ProgramRole::kMentee, domain::ProgramRole::kMentor}) {
        ASSIGN_OR_RETURN(auto ps, tx.ListParticipants(org_id, program_id, role));
        for (const auto& p : ps) people.insert(p.enrollment.person_id);
      }
      if (!people.empty()) {
        RETURN_IF_ERROR(tx.LockParticipants(org_id, program_id, {people.begin(), people.end()}));
        RETURN_IF_ERROR(EnforceSafeguarding(tx, input, people, ctx.clock.Now()).status());
      }
    }
    return View(tx, input);
  });
}

Result<Page<domain::EnrollmentView>> ListEnrollments(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id,
                                                     const EnrollmentFilter& filter,
                                                     const PageRequest& page) {
  using Out = Page<domain::EnrollmentView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kListEnrollments, "program"));
    RETURN_IF_ERROR(VisibleProgram(tx, actor, org_id, program_id).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("enrollments", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListEnrollmentViews(org_id, program_id, filter, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Result<domain::EnrollmentView> ApplyToProgram(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::ProgramRole role,
                                              const std::string& raw_message) {
  std::string message = Trim(raw_message);
  if (Utf8Length(message) > 2000) return FieldInvalid("message", "must be at most 2000 characters");
  return InTx<domain::EnrollmentView>(
      ctx.store, [&](Tx& tx) -> Result<domain::EnrollmentView> {
        ASSIGN_OR_RETURN(domain::Actor actor,
                         Authorized(tx, caller, org_id, Action::kApplyToProgram, "program"));
        ASSIGN_OR_RETURN(domain::Program p, VisibleProgram(tx, actor, org_id, program_id));
        if (p.status != domain::ProgramStatus::kOpen)
          return FailedPrecondition("\"" + p.name + "\" is not open for applications.");
        ASSIGN_OR_RETURN(auto existing,
                         tx.FindEnrollment(org_id, program_id, caller.person_id, role));
        // Someone whose place here was ended (by a coordinator, or on leaving the
        // organisation or losing the role) comes back only through a coordinator, in either
        // role, even where newcomers are admitted at once; so does someone whose other place
        // is still waiting for that review.
        bool was_ended = false;
        for (domain::ProgramRole r : {domain::ProgramRole::kMentor, domain::ProgramRole::kMentee}) {
          ASSIGN_OR_RETURN(auto any, tx.FindEnrollment(org_id, program_id, caller.person_id, r));
          was_ended |= any && (any->status == EnrollmentStatus::kEnded ||
                               (r != role && any->status == EnrollmentStatus::kPending));
        }
        const EnrollmentStatus initial = p.requires_approval || was_ended
                                             ? EnrollmentStatus::kPending
                                             : EnrollmentStatus::kActive;
        domain::Enrollment e;
        e.status = initial;
        if (existing) {
          bool closed = existing->status == EnrollmentStatus::kWithdrawn ||
                        existing->status == EnrollmentStatus::kDeclined ||
                        existing->status == EnrollmentStatus::kEnded;
          if (!closed)
            return AlreadyExists("You have already joined \"" + p.name + "\" as a " +
                                 std::string(domain::ProgramRoleName(role)) + ".");
          e = *existing;  // re-apply after a decline, withdrawal or end
          e.status = initial;
          e.message = message;
          e.source = domain::EnrollmentSource::kApplication;
          RETURN_IF_ERROR(tx.UpdateEnrollment(e));
          return tx.GetEnrollmentView(org_id, e.id);
        }
        e.id = NewId();
        e.organisation_id = org_id;
        e.program_id = program_id;
        e.person_id = caller.person_id;
        e.role = role;
        ASSIGN_OR_RETURN(e.minor_marked,
                         CarriedMinorMark(tx, org_id, program_id, caller.person_id, role));
        e.source = domain::EnrollmentSource::kApplication;
        e.message = message;
        e.created_at = ctx.clock.Now();
        RETURN_IF_ERROR(tx.InsertEnrollment(e));
        // Joining a program in a role makes the person hold that role in the organisation.
        ASSIGN_OR_RETURN(auto roles, tx.FindRoles(org_id, caller.person_id));
        domain::RoleSet updated = roles ? *roles : domain::RoleSet{};
        if (updated.insert(domain::ToRole(role)).second)
          RETURN_IF_ERROR(tx.SetRoles(org_id, caller.person_id, updated));
        return tx.GetEnrollmentView(org_id, e.id);
      });
}

namespace {

// The enrollment, checked to belong to this program of this organisation, read under its
// person's participant lock: two coordinators' changes to one enrollment take turns, each
// starting from what the other wrote (UpdateEnrollment writes every mutable field).
Result<domain::Enrollment> LockedEnrollmentInProgram(Tx& tx, const std::string& org_id,
                                                     const std::string& program_id,
                                                     const std::string& enrollment_id) {
  auto e = tx.GetEnrollment(org_id, enrollment_id);
  if (!e.ok() || e->program_id != program_id) {
    if (!e.ok() && e.status().code() != StatusCode::kNotFound) return e.status();
    return NotFound("No such enrollment.");
  }
  RETURN_IF_ERROR(tx.LockParticipants(org_id, program_id, {e->person_id}));
  return tx.GetEnrollment(org_id, enrollment_id);
}

}  // namespace

Result<domain::EnrollmentView> ReviewEnrollment(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                const std::string& program_id,
                                                const std::string& enrollment_id,
                                                Review review) {
  return InTx<domain::EnrollmentView>(
      ctx.store, [&](Tx& tx) -> Result<domain::EnrollmentView> {
        ASSIGN_OR_RETURN(domain::Actor actor,
                         Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
        RETURN_IF_ERROR(VisibleProgram(tx, actor, org_id, program_id).status());
        ASSIGN_OR_RETURN(domain::Enrollment e,
                         LockedEnrollmentInProgram(tx, org_id, program_id, enrollment_id));
        if (e.status != EnrollmentStatus::kPending)
          return FailedPrecondition("Only pending applications can be " +
                                    std::string(review == Review::kApprove ? "approved"
                                                                           : "declined") +
                                    "; this one is " +
                                    std::string(domain::EnrollmentStatusName(e.status)) + ".");
        e.status = review == Review::kApprove ? EnrollmentStatus::kActive
                                              : EnrollmentStatus::kDeclined;
        RETURN_IF_ERROR(tx.UpdateEnrollment(e));
        return tx.GetEnrollmentView(org_id, e.id);
      });
}

Result<domain::EnrollmentView> EndEnrollment(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& program_id,
                                             const std::string& enrollment_id) {
  const Millis now = ctx.clock.Now();
  return InTx<domain::EnrollmentView>(
      ctx.store, [&](Tx& tx) -> Result<domain::EnrollmentView> {
        ASSIGN_OR_RETURN(domain::Actor actor,
                         Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
        ASSIGN_OR_RETURN(domain::Program program, VisibleProgram(tx, actor, org_id, program_id));
        auto e = tx.GetEnrollment(org_id, enrollment_id);
        if (!e.ok() || e->program_id != program_id) {
          if (!e.ok() && e.status().code() != StatusCode::kNotFound) return e.status();
          return NotFound("No such enrollment.");
        }
        // EndParticipation takes the locks and re-reads the enrollment under them.
        ParticipationScope scope{org_id, e->person_id, program_id, e->role,
                                 domain::kEndReasonEnrollmentEnded};
        ASSIGN_OR_RETURN(int ended, EndParticipation(tx, now, scope));
        if (ended == 0) {
          ASSIGN_OR_RETURN(domain::Enrollment fresh, tx.GetEnrollment(org_id, enrollment_id));
          return FailedPrecondition("Only pending or active enrollments can be ended; this one is " +
                                    std::string(domain::EnrollmentStatusName(fresh.status)) + ".");
        }
        RETURN_IF_ERROR(RecordAudit(
            tx, NewAuditEntry(ctx, caller, domain::AuditAction::kEnrollmentEnded, org_id,
                              e->person_id,
                              {{"enrollment_id", e->id},
                               {"program_id", program.id},
                               {"program_name", program.name},
                               {"role", std::string(domain::ProgramRoleName(e->role))}})));
        return tx.GetEnrollmentView(org_id, enrollment_id);
      });
}

Result<domain::EnrollmentView> SetEnrollmentFlags(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& program_id,
                                                  const std::string& enrollment_id,
                                                  const EnrollmentFlags& flags) {
  const Millis now = ctx.clock.Now();
  std::optional<std::string> grade, group;
  if (flags.grade) {
    ASSIGN_OR_RETURN(grade, domain::NormalizeCohortLabel("grade", *flags.grade));
  }
  if (flags.group) {
    ASSIGN_OR_RETURN(group, domain::NormalizeCohortLabel("group", *flags.group));
  }
  return InTx<domain::EnrollmentView>(
      ctx.store, [&](Tx& tx) -> Result<domain::EnrollmentView> {
        ASSIGN_OR_RETURN(domain::Actor actor,
                         Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
        ASSIGN_OR_RETURN(domain::Program program,
                         VisibleProgram(tx, actor, org_id, program_id));
        auto found = tx.GetEnrollment(org_id, enrollment_id);
        if (!found.ok() || found->program_id != program_id) {
          if (!found.ok() && found.status().code() != StatusCode::kNotFound)
            return found.status();
          return NotFound("No such enrollment.");
        }
        // The person and everyone a change could separate them from, in one lock call.
        RETURN_IF_ERROR(LockForSafeguarding(tx, org_id, program_id, found->person_id, now));
        ASSIGN_OR_RETURN(domain::Enrollment e, tx.GetEnrollment(org_id, enrollment_id));
        if ((flags.screening_cleared || flags.training_complete) &&
            e.role != domain::ProgramRole::kMentor)
          return FailedPrecondition("Screening and training apply to mentors only.");
        // Safeguarding changes go to the audit log, in this transaction.
        RETURN_IF_ERROR(ApplyMentorChecks(ctx, tx, caller, program, e, flags.screening_cleared,
                                          flags.training_complete));
        if (flags.minor_marked) {
          RETURN_IF_ERROR(AuditEnrollmentFlag(ctx, tx, caller, program, e,
                                              domain::AuditAction::kEnrollmentMinorMarkChanged,
                                              e.minor_marked, *flags.minor_marked));
          // The mark is the person's in this program: every enrollment of theirs here carries it.
          e.minor_marked = *flags.minor_marked;
          ASSIGN_OR_RETURN(auto other,
                           tx.FindEnrollment(org_id, program_id, e.person_id,
                                             e.role == domain::ProgramRole::kMentor
                                                 ? domain::ProgramRole::kMentee
                                                 : domain::ProgramRole::kMentor));
          if (other && other->minor_marked != e.minor_marked) {
            other->minor_marked = e.minor_marked;
            RETURN_IF_ERROR(tx.UpdateEnrollment(*other));
          }
        }
        if (grade) e.grade = *grade;
        if (group) e.group = *group;
        RETURN_IF_ERROR(tx.UpdateEnrollment(e));
        // Revoked screening or training, or a new mark: withdraw and pause what no longer
        // passes. Restoring never un-pauses (a coordinator resumes each match).
        RETURN_IF_ERROR(EnforceSafeguarding(tx, program, {e.person_id}, now).status());
        return tx.GetEnrollmentView(org_id, e.id);
      });
}

}  // namespace tandem::app
