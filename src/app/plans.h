// Engagement plans (domain/plan.h): the pair keep a plan of goals and milestones; their
// program's staff follow its progress and edit the program's plan template, which every
// relationship created after it exists receives (ApplyPlanTemplate, called by
// app::CreateRelationship in the creating transaction).
//
// Who may do what: domain/plan_policy.h for a relationship's plan; the organisation-role table
// for templates (read: kListPrograms, drafts for staff only; write: kEditProgram).
// Locks: every write of a pair's plan takes the pair's participant locks (Tx::LockParticipants)
// and reads the relationship again under them, so the goal limit holds under concurrent adds;
// each goal carries a version, and a write naming an older one is refused (409), so two
// simultaneous edits of one goal cannot lose one another.
#ifndef TANDEM_APP_PLANS_H_
#define TANDEM_APP_PLANS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/plan.h"
#include "domain/relationship.h"

namespace tandem::app {

// A relationship's plan as one of its readers sees it.
struct PlanView {
  domain::Relationship relationship;
  std::vector<domain::PlanGoal> goals;
  domain::PlanProgress progress;
  // The side the viewer is on (none for staff and guardians).
  std::optional<domain::Side> viewer_side;
  // The viewer is a side and the relationship is active or awaiting its agreement.
  bool can_edit = false;
};
Result<PlanView> GetPlan(const Context& ctx, const Caller& caller, const std::string& org_id,
                         const std::string& relationship_id);

// The pair add a goal (with its milestones) at the end of the plan: InvalidArgument for
// invalid fields or a plan already holding domain::kMaxPlanGoals goals; FailedPrecondition
// when the plan is read-only; PermissionDenied for a guardian; NotFound for anyone else
// (staff included: they read plans, and shape them through the template).
Result<domain::PlanGoal> AddPlanGoal(const Context& ctx, const Caller& caller,
                                     const std::string& org_id,
                                     const std::string& relationship_id, domain::PlanGoal goal);
// The pair replace a goal's fields and milestones (milestones keep the ids they carry when the
// goal has them; others are new; missing ones are deleted). FailedPrecondition when
// `version` is not the goal's current one.
Result<domain::PlanGoal> UpdatePlanGoal(const Context& ctx, const Caller& caller,
                                        const std::string& org_id,
                                        const std::string& relationship_id,
                                        const std::string& goal_id, domain::PlanGoal goal,
                                        int version);
// The pair delete a goal and its milestones, naming the version they saw.
Status DeletePlanGoal(const Context& ctx, const Caller& caller, const std::string& org_id,
                      const std::string& relationship_id, const std::string& goal_id,
                      int version);

// A program's template (version 0 and no goals when never saved).
Result<domain::PlanTemplate> GetPlanTemplate(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             const std::string& program_id);
// Staff who edit the program replace its template, naming the version they saw (0 for none):
// FailedPrecondition when someone saved it since. Relationships created earlier keep their
// plans; later ones receive a copy of this one.
Result<domain::PlanTemplate> SavePlanTemplate(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::PlanTemplate t, int version);

// Copies the program's template into a relationship just inserted (due dates from `now`, its
// start, in the template's time zone). Does nothing when the program has no template or the
// relationship already has goals. Runs in the caller's transaction.
Status ApplyPlanTemplate(Tx& tx, const domain::Relationship& r, Millis now);

}  // namespace tandem::app

#endif  // TANDEM_APP_PLANS_H_
