#include "app/taxonomy_terms.h"
#include "http/handlers/common.h"
#include "http/json/organisation_codec.h"
#include "http/json/taxonomy_term_codec.h"

namespace tandem::http {

void RegisterTaxonomyTermRoutes(Router& router, const app::Context& ctx) {
  router.Add("PATCH", "/api/v1/organisations/{org}/taxonomy/{id}", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto label = r.String("label", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(
        app::RenameTaxonomyTerm(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *label),
        json::TaxonomyTermJson);
  });

  router.Add("GET", "/api/v1/organisations/{org}/taxonomy/{id}/usage",
             [&ctx](RequestContext& rc) {
               return Respond(app::GetTaxonomyTermUsage(ctx, rc.caller, rc.Param("org"),
                                                        rc.Param("id")),
                              json::TermUsageJson);
             });
}

}  // namespace tandem::http
