#include "app/plans.h"

#include "app/program_visibility.h"
#include "app/relationships.h"
#include "base/ids.h"
#include "domain/plan_policy.h"
#include "domain/policy.h"
#include "domain/relationship_policy.h"

namespace tandem::app {
namespace {

using domain::Action;
using domain::PlanAction;

// Reads the relationship and authorises the caller on its plan (NotFound for outsiders).
Result<std::pair<domain::Relationship, domain::PartyActor>> AuthorizedRelationship(
    Tx& tx, const Caller& caller, const std::string& org_id, const std::string& relationship_id,
    PlanAction action) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  auto found = tx.GetRelationship(org_id, relationship_id);
  if (!found.ok()) return NotFound("No such relationship.");
  ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
  RETURN_IF_ERROR(domain::AuthorizeOnPlan(who, *found, action));
  return std::make_pair(*found, who);
}

// Authorises an edit, takes the pair's locks, reads the relationship again under them and
// checks that its plan may change.
Result<domain::Relationship> LockedForEdit(Tx& tx, const Caller& caller,
                                           const std::string& org_id,
                                           const std::string& relationship_id) {
  ASSIGN_OR_RETURN(auto found, AuthorizedRelationship(tx, caller, org_id, relationship_id,
                                                      PlanAction::kEdit));
  const domain::Relationship& seen = found.first;
  RETURN_IF_ERROR(LockPair(tx, org_id, seen.program_id, seen.mentee_id, seen.mentor_id));
  ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
  RETURN_IF_ERROR(domain::CheckPlanWritable(r));
  return r;
}

Status GoalNotFound() { return NotFound("No such goal."); }

}  // namespace

Result<PlanView> GetPlan(const Context& ctx, const Caller& caller, const std::string& org_id,
                         const std::string& relationship_id) {
  return InReadTx<PlanView>(ctx.store, [&](Tx& tx) -> Result<PlanView> {
    ASSIGN_OR_RETURN(auto found, AuthorizedRelationship(tx, caller, org_id, relationship_id,
                                                        PlanAction::kView));
    PlanView v;
    v.relationship = found.first;
    ASSIGN_OR_RETURN(v.goals, tx.ListPlanGoals(org_id, relationship_id));
    v.progress = domain::OverallProgress(v.goals);
    v.viewer_side =
        domain::SideOf(domain::RelationsTo(found.second, domain::PartiesOf(found.first)));
    v.can_edit = domain::DecideOnPlan(found.second, found.first, PlanAction::kEdit) ==
                     domain::Decision::kAllow &&
                 domain::CheckPlanWritable(found.first).ok();
    return v;
  });
}

Result<domain::PlanGoal> AddPlanGoal(const Context& ctx, const Caller& caller,
                                     const std::string& org_id,
                                     const std::string& relationship_id, domain::PlanGoal goal) {
  RETURN_IF_ERROR(domain::ValidateGoal(goal));
  const Millis now = ctx.clock.Now();
  return InTx<domain::PlanGoal>(ctx.store, [&](Tx& tx) -> Result<domain::PlanGoal> {
    ASSIGN_OR_RETURN(domain::Relationship r,
                     LockedForEdit(tx, caller, org_id, relationship_id));
    ASSIGN_OR_RETURN(auto goals, tx.ListPlanGoals(org_id, r.id));
    RETURN_IF_ERROR(domain::CheckRoomForGoal(goals.size()));
    domain::PlanGoal g = goal;
    g.id = NewId();
    g.organisation_id = org_id;
    g.relationship_id = r.id;
    g.position = goals.empty() ? 1 : goals.back().position + 1;
    g.version = 1;
    g.created_at = g.updated_at = now;
    domain::AssignMilestoneIds(domain::PlanGoal{}, g, &NewId);
    RETURN_IF_ERROR(tx.InsertPlanGoal(g));
    return g;
  });
}

Result<domain::PlanGoal> UpdatePlanGoal(const Context& ctx, const Caller& caller,
                                        const std::string& org_id,
                                        const std::string& relationship_id,
                                        const std::string& goal_id, domain::PlanGoal goal,
                                        int version) {
  RETURN_IF_ERROR(domain::ValidateGoal(goal));
  const Millis now = ctx.clock.Now();
  return InTx<domain::PlanGoal>(ctx.store, [&](Tx& tx) -> Result<domain::PlanGoal> {
    ASSIGN_OR_RETURN(domain::Relationship r,
                     LockedForEdit(tx, caller, org_id, relationship_id));
    auto previous = tx.GetPlanGoal(org_id, r.id, goal_id);
    if (!previous.ok()) {
      if (previous.status().code() == StatusCode::kNotFound) return GoalNotFound();
      return previous.status();
    }
    domain::PlanGoal g = goal;
    g.id = previous->id;
    g.organisation_id = org_id;
    g.relationship_id = r.id;
    g.position = previous->position;
    g.created_at = previous->created_at;
    g.updated_at = now;
    g.version = version + 1;
    domain::AssignMilestoneIds(*previous, g, &NewId);
    RETURN_IF_ERROR(tx.UpdatePlanGoal(g, version));
    return g;
  });
}

Status DeletePlanGoal(const Context& ctx, const Caller& caller, const std::string& org_id,
                      const std::string& relationship_id, const std::string& goal_id,
                      int version) {
  return ctx.store.Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(domain::Relationship r,
                     LockedForEdit(tx, caller, org_id, relationship_id));
    Status deleted = tx.DeletePlanGoal(org_id, r.id, goal_id, version);
    if (deleted.code() == StatusCode::kNotFound) return GoalNotFound();
    return deleted;
  });
}

Result<domain::PlanTemplate> GetPlanTemplate(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& program_id) {
  return InReadTx<domain::PlanTemplate>(ctx.store, [&](Tx& tx) -> Result<domain::PlanTemplate> {
    ASSIGN_OR_RETURN(domain::Program program,
                     ReadableProgram(tx, caller, org_id, program_id, Action::kListPrograms));
    ASSIGN_OR_RETURN(auto found, tx.FindPlanTemplate(org_id, program.id));
    if (found) return *found;
    domain::PlanTemplate t;
    t.organisation_id = org_id;
    t.program_id = program.id;
    return t;
  });
}

Result<domain::PlanTemplate> SavePlanTemplate(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::PlanTemplate t, int version) {
  RETURN_IF_ERROR(domain::ValidateTemplate(t));
  if (version < 0) return FieldInvalid("version", "must be 0 or more");
  const Millis now = ctx.clock.Now();
  return InTx<domain::PlanTemplate>(ctx.store, [&](Tx& tx) -> Result<domain::PlanTemplate> {
    ASSIGN_OR_RETURN(domain::Program program,
                     ReadableProgram(tx, caller, org_id, program_id, Action::kEditProgram));
    t.organisation_id = org_id;
    t.program_id = program.id;
    t.version = version + 1;
    t.updated_by = caller.person_id;
    t.updated_at = now;
    RETURN_IF_ERROR(tx.SavePlanTemplate(t, version));
    return t;
  });
}

Status ApplyPlanTemplate(Tx& tx, const domain::Relationship& r, Millis now) {
  ASSIGN_OR_RETURN(auto t, tx.FindPlanTemplate(r.organisation_id, r.program_id));
  if (!t || t->goals.empty()) return Status::Ok();
  ASSIGN_OR_RETURN(auto existing, tx.ListPlanGoals(r.organisation_id, r.id));
  if (!existing.empty()) return Status::Ok();
  for (const domain::PlanGoal& g : domain::InstantiateTemplate(*t, r, now, &NewId))
    RETURN_IF_ERROR(tx.InsertPlanGoal(g));
  return Status::Ok();
}

}  // namespace tandem::app
