#include "app/care.h"

#include "app/audit.h"
#include "app/notifications.h"
#include "app/relationships.h"
#include "base/ids.h"
#include "domain/checkin_policy.h"

namespace tandem::app {
namespace {

using domain::CareAction;

Result<domain::Relationship> AuthorizedRelationship(Tx& tx, const Caller& caller,
                                                    const std::string& org_id,
                                                    const std::string& relationship_id,
                                                    CareAction action) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(domain::AuthorizeOnCare(who, *found, action));
  return *found;
}

Result<ManagerView> ViewOfManager(Tx& tx, const std::string& org_id,
                                  const std::string& relationship_id) {
  ManagerView v;
  v.relationship_id = relationship_id;
  ASSIGN_OR_RETURN(auto a, tx.FindManagerAssignment(org_id, relationship_id));
  if (!a || a->manager_id.empty()) return v;
  v.manager_id = a->manager_id;
  v.assigned_at = a->assigned_at;
  ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(a->manager_id));
  v.manager_name = p.name;
  return v;
}

Result<CheckinView> ViewOfCheckin(Tx& tx, domain::Checkin c) {
  auto author = tx.GetPerson(c.author_id);
  return CheckinView{std::move(c), author.ok() ? author->name : std::string()};
}

}  // namespace

Status AssignDefaultManager(Tx& tx, const domain::Relationship& r, Millis now) {
  ASSIGN_OR_RETURN(std::string manager, tx.LeastLoadedCoordinator(r.organisation_id));
  domain::ManagerAssignment a;
  a.organisation_id = r.organisation_id;
  a.relationship_id = r.id;
  a.manager_id = manager;
  a.assigned_at = now;
  // active_since is the pulse schedule's day 0: the pulse timer sets it the first time it sees
  // the relationship active (a new one may still wait for its agreement).
  a.active_since = 0;
  return tx.SaveManagerAssignment(a);
}

Result<ManagerView> GetRelationshipManager(const Context& ctx, const Caller& caller,
                                           const std::string& org_id,
                                           const std::string& relationship_id) {
  return InReadTx<ManagerView>(ctx.store, [&](Tx& tx) -> Result<ManagerView> {
    RETURN_IF_ERROR(
        AuthorizedRelationship(tx, caller, org_id, relationship_id, CareAction::kView).status());
    return ViewOfManager(tx, org_id, relationship_id);
  });
}

Result<ManagerView> AssignRelationshipManager(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& relationship_id,
                                              const std::string& manager_id) {
  const Millis now = ctx.clock.Now();
  return InTx<ManagerView>(ctx.store, [&](Tx& tx) -> Result<ManagerView> {
    ASSIGN_OR_RETURN(
        domain::Relationship r,
        AuthorizedRelationship(tx, caller, org_id, relationship_id, CareAction::kAssign));
    ASSIGN_OR_RETURN(auto roles, tx.FindRoles(org_id, manager_id));
    if (!roles || !roles->count(domain::Role::kCoordinator))
      return FieldInvalid("manager_id", "must be a coordinator of this organisation");
    ASSIGN_OR_RETURN(auto current, tx.FindManagerAssignment(org_id, relationship_id));
    domain::ManagerAssignment a;
    if (current) a = *current;
    a.organisation_id = org_id;
    a.relationship_id = relationship_id;
    const std::string previous = a.manager_id;
    if (previous == manager_id) return ViewOfManager(tx, org_id, relationship_id);
    a.manager_id = manager_id;
    a.assigned_by = caller.person_id;
    a.assigned_at = now;
    RETURN_IF_ERROR(tx.SaveManagerAssignment(a));
    ASSIGN_OR_RETURN(PairNames names,
                     LoadPairNames(tx, org_id, r.program_id, r.mentee_id, r.mentor_id));
    RETURN_IF_ERROR(RecordAudit(
        tx, NewAuditEntry(ctx, caller, domain::AuditAction::kManagerAssigned, org_id, manager_id,
                          {{"relationship_id", r.id},
                           {"program_id", r.program_id},
                           {"program_name", names.program},
                           {"previous_manager_id", previous}})));
    if (manager_id != caller.person_id)
      RETURN_IF_ERROR(Notify(
          tx, manager_id, org_id, now,
          domain::CaseloadAssigned(org_id, r.id, names.program, names.mentee, names.mentor)));
    return ViewOfManager(tx, org_id, relationship_id);
  });
}

Result<Page<CheckinView>> ListCheckins(const Context& ctx, const Caller& caller,
                                       const std::string& org_id,
                                       const std::string& relationship_id,
                                       const PageRequest& page) {
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("checkins", page));
  using Out = Page<CheckinView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(
        AuthorizedRelationship(tx, caller, org_id, relationship_id, CareAction::kView).status());
    ASSIGN_OR_RETURN(auto rows, tx.ListCheckins(org_id, relationship_id, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::Checkin& c) { return ViewOfCheckin(tx, c); });
  });
}

Result<CheckinView> LogCheckin(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& relationship_id, const CheckinInput& in) {
  const Millis now = ctx.clock.Now();
  const std::string today = domain::UtcDate(now);
  domain::Checkin c;
  c.id = NewId();
  c.organisation_id = org_id;
  c.relationship_id = relationship_id;
  c.with = in.with;
  c.held_on = in.held_on.empty() ? today : in.held_on;
  c.notes = in.notes;
  c.author_id = caller.person_id;
  c.created_at = now;
  for (const auto& f : in.follow_ups) c.follow_ups.push_back({NewId(), f.text, f.due_date, 0, ""});
  return InTx<CheckinView>(ctx.store, [&](Tx& tx) -> Result<CheckinView> {
    ASSIGN_OR_RETURN(domain::Relationship r,
                     AuthorizedRelationship(tx, caller, org_id, relationship_id, CareAction::kLog));
    RETURN_IF_ERROR(domain::ValidateCheckin(c, today));
    if (r.status == domain::RelationshipStatus::kDeclined ||
        r.status == domain::RelationshipStatus::kEnded)
      return FailedPrecondition("This match has ended; there is nothing to check in on.");
    RETURN_IF_ERROR(tx.InsertCheckin(c));
    return ViewOfCheckin(tx, c);
  });
}

Status MarkFollowUpDone(const Context& ctx, const Caller& caller, const std::string& org_id,
                        const std::string& relationship_id, const std::string& follow_up_id) {
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(
        AuthorizedRelationship(tx, caller, org_id, relationship_id, CareAction::kLog).status());
    return tx.MarkFollowUpDone(org_id, relationship_id, follow_up_id, caller.person_id, now);
  });
}

}  // namespace tandem::app
