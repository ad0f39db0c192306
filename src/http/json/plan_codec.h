// JSON codec for engagement plans and program plan templates. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_PLAN_CODEC_H_
#define TANDEM_HTTP_JSON_PLAN_CODEC_H_

#include "app/plans.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json PlanGoalJson(const domain::PlanGoal& g);
Json PlanJson(const app::PlanView& v);
Json PlanTemplateJson(const domain::PlanTemplate& t);

// A goal as the pair write it: {title, description, owner, due_date, status, milestones:
// [{id?, title, description, owner, due_date, status}]}; with `with_version` also {version}.
struct GoalInput {
  domain::PlanGoal goal;
  int version = 0;
};
Result<GoalInput> DecodePlanGoal(const Json& body, bool with_version);
// {time_zone, version, goals: [{title, description, owner, due_week, milestones: [...]}]}
struct TemplateInput {
  domain::PlanTemplate plan_template;
  int version = 0;
};
Result<TemplateInput> DecodePlanTemplate(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_PLAN_CODEC_H_
