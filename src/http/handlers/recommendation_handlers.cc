#include "app/recommendations.h"
#include "http/handlers/common.h"
#include "http/json/recommendation_codec.h"

namespace tandem::http {

void RegisterRecommendationRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";

  router.Add("GET", program + "/recommendations", [&ctx](RequestContext& rc) {
    app::RecommendationFilter f;
    f.language = rc.request.Query("language");
    f.skill = rc.request.Query("skill");
    std::string outside = rc.request.Query("outside");
    if (!outside.empty() && outside != "true" && outside != "false")
      return ProblemResponse(FieldInvalid("outside", "must be true or false"));
    f.outside_only = outside == "true";
    auto page =
        app::RecommendMentors(ctx, rc.caller, rc.Param("org"), rc.Param("id"), f, PageFrom(rc));
    if (!page.ok()) return ProblemResponse(page.status());
    return JsonResponse(200, json::RecommendationPageJson(*page));
  });
}

}  // namespace tandem::http
