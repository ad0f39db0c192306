// Who may do what with one relationship's engagement plan, from their relation to the
// relationship (domain/party.h). Table tested in plan_policy_test.cc.
//
// The pair read and edit their plan. Their organisation's coordinators and administrators read
// it (to see progress) but do not write the pair's plan (the write path hides the match from
// them: 404, as accepting an agreement for a side does); they shape plans through the program's
// template (app/plans.h, role table: kEditProgram). A guardian reads it (403 on writes).
// Everyone else: 404.
#ifndef TANDEM_DOMAIN_PLAN_POLICY_H_
#define TANDEM_DOMAIN_PLAN_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/party.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class PlanAction {
  kView,  // read the plan and its progress
  kEdit,  // add, change, complete and delete goals and milestones
};
std::string_view PlanActionName(PlanAction a);
inline constexpr PlanAction kAllPlanActions[] = {PlanAction::kView, PlanAction::kEdit};

// The table: one relation, one action.
Decision PlanDecision(Relation r, PlanAction a);

Decision DecideOnPlan(const PartyActor& who, const Relationship& r, PlanAction a);
// As a Status; hidden is NotFound("No such relationship.").
Status AuthorizeOnPlan(const PartyActor& who, const Relationship& r, PlanAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PLAN_POLICY_H_
