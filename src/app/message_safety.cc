#include "app/message_safety.h"

#include "app/audit.h"
#include "app/emails.h"
#include "app/notifications.h"
#include "app/relationships.h"
#include "base/ids.h"
#include "domain/message_policy.h"
#include "domain/message_screening.h"
#include "domain/relationship_policy.h"

namespace tandem::app {
namespace {

using domain::MessageAction;

// Coordinators of the organisation review its queue; organisation admins do not (the youth
// threads are the coordinators' to oversee).
Status RequireCoordinator(Tx& tx, const Caller& caller, const std::string& org_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto actor = ActorIn(tx, caller, org_id);
  if (!actor.ok() || !actor->is_member) return NotFound("No such organisation.");
  if (!actor->Has(domain::Role::kCoordinator))
    return PermissionDenied("Only the organisation's coordinators review safety reports.");
  return Status::Ok();
}

Result<ThreadContext> LoadThreadContext(Tx& tx, const domain::Relationship& r) {
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id));
  return ThreadContext{r.program_id, names.program, r.mentee_id,
                       names.mentee, r.mentor_id,   names.mentor};
}

MessageView ReviewerView(const domain::Relationship& r, const std::string& viewer_id,
                         domain::Message m) {
  MessageView v;
  if (m.author_id == r.mentee_id) v.author_side = domain::Side::kMentee;
  if (m.author_id == r.mentor_id) v.author_side = domain::Side::kMentor;
  v.mine = m.author_id == viewer_id;
  v.flag_visible = true;
  v.message = std::move(m);
  return v;
}

Result<SafetyReportView> ReportView(Tx& tx, domain::SafetyReport rep) {
  ASSIGN_OR_RETURN(domain::Relationship r,
                   tx.GetRelationship(rep.organisation_id, rep.relationship_id));
  ASSIGN_OR_RETURN(ThreadContext thread, LoadThreadContext(tx, r));
  std::string reporter = rep.reporter_id == r.mentee_id   ? thread.mentee_name
                         : rep.reporter_id == r.mentor_id ? thread.mentor_name
                                                          : std::string();
  return SafetyReportView{std::move(rep), std::move(thread), std::move(reporter)};
}

// The relationship, its program, and the caller's side, once the message policy allows
// `action` (as app/messages.cc authorises).
struct ReporterAccess {
  domain::Relationship relationship;
  domain::Program program;
  std::optional<domain::Side> side;
};

Result<ReporterAccess> AuthorizedReporter(Tx& tx, const Caller& caller, const std::string& org_id,
                                          const std::string& relationship_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, found->program_id));
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(
      domain::AuthorizeOnMessages(who, *found, program.audience, MessageAction::kReport));
  auto side = domain::SideOf(domain::RelationsTo(who, domain::PartiesOf(*found)));
  if (!side) return PermissionDenied("Only the pair report in their thread.");
  return ReporterAccess{*found, std::move(program), side};
}

Status NotifyCoordinators(Tx& tx, const domain::SafetyReport& rep, const domain::Program& program,
                          Millis now) {
  MemberFilter coordinators;
  coordinators.role = domain::Role::kCoordinator;
  ASSIGN_OR_RETURN(auto members, tx.ListMembers(rep.organisation_id, coordinators));
  for (const auto& m : members)
    RETURN_IF_ERROR(Notify(
        tx, m.person_id, rep.organisation_id, now,
        domain::SafetyReportFiled(rep.organisation_id, program.id, program.name,
                                  rep.relationship_id, rep.id, domain::ReportKindName(rep.kind))));
  return Status::Ok();
}

// The immediate email of an unsafe report, to every coordinator, in their own language.
Status EmailCoordinators(const Context& ctx, Tx& tx, const std::string& org_id,
                         const domain::Program& program, Millis now) {
  ASSIGN_OR_RETURN(domain::Organisation org, tx.GetOrganisation(org_id));
  MemberFilter coordinators;
  coordinators.role = domain::Role::kCoordinator;
  ASSIGN_OR_RETURN(auto members, tx.ListMembers(org_id, coordinators));
  for (const auto& m : members) {
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(m.person_id));
    RETURN_IF_ERROR(QueueEmail(tx, person.email, person.locale, domain::EmailKind::kUnsafeAlert,
                               {{"program_name", program.name},
                                {"org_name", org.name},
                                {"link", ctx.public_url + "/orgs/" + org_id + "/safety"}},
                               now));
  }
  return Status::Ok();
}

}  // namespace

Result<Page<FlaggedMessageView>> ListFlaggedMessages(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const PageRequest& page) {
  using Out = Page<FlaggedMessageView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(RequireCoordinator(tx, caller, org_id));
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("flagged_messages", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListFlaggedMessages(org_id, pager.query()));
    // Flags are raised only in youth programs; the thread's policy still has the last word (a
    // program made adult since keeps its flags out of the queue, and its messages private).
    std::vector<domain::Message> reviewable;
    for (domain::Message& m : rows.items) {
      ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, m.relationship_id));
      ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
      if (domain::DecideOnMessages(who, r, program.audience, MessageAction::kReview) ==
          domain::Decision::kAllow)
        reviewable.push_back(std::move(m));
    }
    rows.items = std::move(reviewable);
    return pager.Close(
        std::move(rows), [&](const domain::Message& m) -> Result<FlaggedMessageView> {
          ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, m.relationship_id));
          ASSIGN_OR_RETURN(ThreadContext thread, LoadThreadContext(tx, r));
          return FlaggedMessageView{ReviewerView(r, caller.person_id, m), std::move(thread)};
        });
  });
}

Result<MessageView> ResolveMessageFlag(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id,
                                       const std::string& message_id, const std::string& note) {
  RETURN_IF_ERROR(domain::ValidateFreeText("note", note, domain::kMaxFlagNoteChars));
  const Millis now = ctx.clock.Now();
  return InTx<MessageView>(ctx.store, [&](Tx& tx) -> Result<MessageView> {
    if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
    auto found = tx.GetRelationship(org_id, relationship_id);
    if (!found.ok()) return NotFound("No such relationship.");
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, found->program_id));
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(
        domain::AuthorizeOnMessages(who, *found, program.audience, MessageAction::kReview));
    auto m = tx.GetMessage(org_id, relationship_id, message_id);
    if (!m.ok()) return NotFound("No such message.");
    RETURN_IF_ERROR(domain::ResolveFlag(*m, caller.person_id, note, now));
    RETURN_IF_ERROR(tx.UpdateMessageFlag(*m));
    return ReviewerView(*found, caller.person_id, *std::move(m));
  });
}

Result<SafetyReportView> FileReport(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& relationship_id,
                                    const ReportInput& input) {
  const Millis now = ctx.clock.Now();
  return InTx<SafetyReportView>(ctx.store, [&](Tx& tx) -> Result<SafetyReportView> {
    ASSIGN_OR_RETURN(ReporterAccess a, AuthorizedReporter(tx, caller, org_id, relationship_id));
    domain::SafetyReport rep;
    rep.id = NewId();
    rep.organisation_id = org_id;
    rep.program_id = a.program.id;
    rep.relationship_id = relationship_id;
    rep.reporter_id = caller.person_id;
    rep.kind = input.kind;
    rep.reason = input.reason;
    rep.text = input.text;
    rep.created_at = now;
    if (input.kind == domain::ReportKind::kUnsafe)
      return InvalidArgument("Use the unsafe button's own endpoint.");
    RETURN_IF_ERROR(domain::ValidateReport(rep));
    if (input.kind == domain::ReportKind::kMessage) {
      if (input.message_id.empty()) return FieldInvalid("message_id", "names the reported message");
      if (!tx.GetMessage(org_id, relationship_id, input.message_id).ok())
        return NotFound("No such message.");
      rep.message_id = input.message_id;
    } else if (!input.message_id.empty()) {
      return FieldInvalid("message_id", "is only for a report of a message");
    }
    RETURN_IF_ERROR(tx.InsertSafetyReport(rep));
    RETURN_IF_ERROR(NotifyCoordinators(tx, rep, a.program, now));
    return ReportView(tx, std::move(rep));
  });
}

Result<SafetyReportView> FeelUnsafe(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& relationship_id,
                                    const std::string& text) {
  RETURN_IF_ERROR(domain::ValidateFreeText("text", text, domain::kMaxReportTextChars));
  const Millis now = ctx.clock.Now();
  return InTx<SafetyReportView>(ctx.store, [&](Tx& tx) -> Result<SafetyReportView> {
    ASSIGN_OR_RETURN(ReporterAccess a, AuthorizedReporter(tx, caller, org_id, relationship_id));
    if (a.side != domain::Side::kMentee)
      return PermissionDenied("The \"I feel unsafe\" button is the mentee's.");
    const domain::Relationship& seen = a.relationship;
    RETURN_IF_ERROR(LockPair(tx, org_id, seen.program_id, seen.mentee_id, seen.mentor_id));
    ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
    const bool pausing = r.status == domain::RelationshipStatus::kActive ||
                         r.status == domain::RelationshipStatus::kProposed;
    if (pausing) {
      RETURN_IF_ERROR(domain::PauseRelationship(r, now));
      RETURN_IF_ERROR(tx.UpdateRelationship(r));
      for (const std::string& person : {r.mentee_id, r.mentor_id})
        RETURN_IF_ERROR(Notify(tx, person, org_id, now, domain::MatchPaused(r.id, a.program.name)));
    }
    domain::SafetyReport rep;
    rep.id = NewId();
    rep.organisation_id = org_id;
    rep.program_id = a.program.id;
    rep.relationship_id = r.id;
    rep.reporter_id = caller.person_id;
    rep.kind = domain::ReportKind::kUnsafe;
    rep.reason = "unsafe";
    rep.text = text;
    rep.created_at = now;
    RETURN_IF_ERROR(tx.InsertSafetyReport(rep));
    RETURN_IF_ERROR(NotifyCoordinators(tx, rep, a.program, now));
    RETURN_IF_ERROR(EmailCoordinators(ctx, tx, org_id, a.program, now));
    RETURN_IF_ERROR(RecordAudit(
        tx, NewAuditEntry(ctx, caller, domain::AuditAction::kUnsafeReported, org_id, r.mentee_id,
                          {{"relationship_id", r.id},
                           {"program_id", a.program.id},
                           {"program_name", a.program.name},
                           {"report_id", rep.id}})));
    return ReportView(tx, std::move(rep));
  });
}

Result<Page<SafetyReportView>> ListOpenReports(const Context& ctx, const Caller& caller,
                                               const std::string& org_id, const PageRequest& page) {
  using Out = Page<SafetyReportView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(RequireCoordinator(tx, caller, org_id));
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("safety_reports", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListOpenSafetyReports(org_id, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::SafetyReport& r) { return ReportView(tx, r); });
  });
}

Result<SafetyReportView> ResolveSafetyReport(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& report_id,
                                             const std::string& note) {
  RETURN_IF_ERROR(domain::ValidateFreeText("note", note, domain::kMaxFlagNoteChars));
  const Millis now = ctx.clock.Now();
  return InTx<SafetyReportView>(ctx.store, [&](Tx& tx) -> Result<SafetyReportView> {
    RETURN_IF_ERROR(RequireCoordinator(tx, caller, org_id));
    auto rep = tx.GetSafetyReport(org_id, report_id);
    if (!rep.ok()) return NotFound("No such report.");
    RETURN_IF_ERROR(domain::ResolveReport(*rep, caller.person_id, note, now));
    RETURN_IF_ERROR(tx.UpdateSafetyReport(*rep));
    return ReportView(tx, *std::move(rep));
  });
}

Result<std::vector<std::string>> GetProgramWatchWords(const Context& ctx, const Caller& caller,
                                                      const std::string& org_id,
                                                      const std::string& program_id) {
  using Out = std::vector<std::string>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, domain::Action::kEditProgram, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    return tx.GetWatchWords(org_id, program_id);
  });
}

Result<std::vector<std::string>> SaveProgramWatchWords(const Context& ctx, const Caller& caller,
                                                       const std::string& org_id,
                                                       const std::string& program_id,
                                                       const std::vector<std::string>& words) {
  RETURN_IF_ERROR(domain::ValidateWatchWords(words));
  std::vector<std::string> normal = domain::NormalizeWatchWords(words);
  using Out = std::vector<std::string>;
  return InTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, domain::Action::kEditProgram, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    RETURN_IF_ERROR(tx.SaveWatchWords(org_id, program_id, normal));
    return normal;
  });
}

}  // namespace tandem::app
