// Engagement plans and program plan templates (domain/plan.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PLANS_PORT_H_
#define TANDEM_APP_PORTS_PLANS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/plan.h"

namespace tandem::app {

class PlansPort {
 public:
  virtual ~PlansPort() = default;

  // The relationship's goals with their milestones, in position order (a plan holds at most
  // domain::kMaxPlanGoals goals).
  virtual Result<std::vector<domain::PlanGoal>> ListPlanGoals(
      const std::string& org_id, const std::string& relationship_id) = 0;
  // One goal of the relationship with its milestones; NotFound otherwise.
  virtual Result<domain::PlanGoal> GetPlanGoal(const std::string& org_id,
                                               const std::string& relationship_id,
                                               const std::string& goal_id) = 0;
  // Inserts a goal and its milestones as they are (version included). NotFound when the
  // relationship does not exist; AlreadyExists for a goal id taken.
  virtual Status InsertPlanGoal(const domain::PlanGoal& g) = 0;
  // Replaces the goal's fields and milestones when its stored version is `expected_version`,
  // writing g.version (the caller's expected_version + 1). FailedPrecondition when the stored
  // version differs (someone wrote it since), NotFound when there is no such goal.
  virtual Status UpdatePlanGoal(const domain::PlanGoal& g, int expected_version) = 0;
  // Deletes the goal and its milestones when its version is `expected_version`; errors as
  // UpdatePlanGoal.
  virtual Status DeletePlanGoal(const std::string& org_id, const std::string& relationship_id,
                                const std::string& goal_id, int expected_version) = 0;

  // The program's template; empty when none was ever saved.
  virtual Result<std::optional<domain::PlanTemplate>> FindPlanTemplate(
      const std::string& org_id, const std::string& program_id) = 0;
  // Saves t when the stored version is `expected_version` (0: none stored yet), writing
  // t.version. FailedPrecondition when another save came first; NotFound for no such program.
  virtual Status SavePlanTemplate(const domain::PlanTemplate& t, int expected_version) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PLANS_PORT_H_
