#include <string>

#include "app/plans.h"
#include "http/handlers/common.h"
#include "http/json/plan_codec.h"

namespace tandem::http {
namespace {

// ?version=N of a delete: -1 (refused by the store as stale) for anything but a number, so
// the caller's authorisation is still checked first.
int VersionQuery(const RequestContext& rc) {
  const std::string s = rc.request.Query("version");
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos)
    return -1;
  return std::stoi(s);
}

}  // namespace

void RegisterPlanRoutes(Router& router, const app::Context& ctx) {
  const std::string plan = "/api/v1/organisations/{org}/relationships/{relationship}/plan";
  router.Add("GET", plan, [&ctx](RequestContext& rc) {
    return Respond(app::GetPlan(ctx, rc.caller, rc.Param("org"), rc.Param("relationship")),
                   json::PlanJson);
  });
  router.Add("POST", plan + "/goals", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodePlanGoal(*body, /*with_version=*/false);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(app::AddPlanGoal(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                    in->goal),
                   json::PlanGoalJson, 201);
  });
  router.Add("PUT", plan + "/goals/{goal}", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodePlanGoal(*body, /*with_version=*/true);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(app::UpdatePlanGoal(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                       rc.Param("goal"), in->goal, in->version),
                   json::PlanGoalJson);
  });
  router.Add("DELETE", plan + "/goals/{goal}", [&ctx](RequestContext& rc) {
    return RespondStatus(app::DeletePlanGoal(ctx, rc.caller, rc.Param("org"),
                                             rc.Param("relationship"), rc.Param("goal"),
                                             VersionQuery(rc)));
  });

  const std::string tmpl = "/api/v1/organisations/{org}/programs/{id}/plan-template";
  router.Add("GET", tmpl, [&ctx](RequestContext& rc) {
    return Respond(app::GetPlanTemplate(ctx, rc.caller, rc.Param("org"), rc.Param("id")),
                   json::PlanTemplateJson);
  });
  router.Add("PUT", tmpl, [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodePlanTemplate(*body);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(app::SavePlanTemplate(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                         in->plan_template, in->version),
                   json::PlanTemplateJson);
  });
}

}  // namespace tandem::http
