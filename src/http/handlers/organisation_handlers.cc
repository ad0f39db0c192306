#include "app/organisations.h"
#include "http/handlers/common.h"
#include "http/json/common_codec.h"
#include "http/json/organisation_codec.h"

namespace tandem::http {

void RegisterOrganisationRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListOrganisations(ctx, rc.caller, PageFrom(rc)),
                       json::OrganisationJson);
  });

  router.Add("POST", "/api/v1/organisations", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    app::NewOrganisation input;
    domain::Organisation& o = input.organisation;
    if (auto v = r.String("name", 1000)) o.name = *v;
    if (auto v = r.String("slug", 1000)) o.slug = *v;
    if (auto v = r.String("kind")) {
      if (auto k = domain::ParseOrganisationKind(*v)) o.kind = *k;
      else r.AddError("kind", "must be one of school, university, company, alumni, nonprofit");
    }
    if (auto v = r.String("admin_email", 320)) input.first_admin_email = *v;
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    // The invitation link stays out of the answer: it is a way into an account, for the
    // invitee's mailbox only.
    return Respond(
        app::CreateOrganisation(ctx, rc.caller, input),
        [](const app::CreatedOrganisation& c) {
          json::Json out = json::OrganisationJson(c.organisation);
          out["first_admin"] = {{"email", c.first_admin_email},
                                {"status", c.first_admin_appointed ? "appointed" : "invited"}};
          return out;
        },
        201);
  });

  router.Add("GET", "/api/v1/organisations/{org}", [&ctx](RequestContext& rc) {
    return Respond(app::GetOrganisation(ctx, rc.caller, rc.Param("org")), json::OrganisationJson);
  });

  router.Add("GET", "/api/v1/organisations/{org}/members", [&ctx](RequestContext& rc) {
    app::MemberFilter filter;
    filter.query = rc.request.Query("q");
    if (std::string role = rc.request.Query("role"); !role.empty()) {
      filter.role = domain::ParseRole(role);
      if (!filter.role)
        return ProblemResponse(
            FieldInvalid("role", "must be one of org_admin, coordinator, mentor, mentee"));
    }
    return RespondPage(app::ListMembers(ctx, rc.caller, rc.Param("org"), filter, PageFrom(rc)),
                       json::MemberJson);
  });

  router.Add("PUT", "/api/v1/organisations/{org}/members/{person}/roles",
             [&ctx](RequestContext& rc) {
               auto body = ParseJsonBody(rc);
               if (!body.ok()) return ProblemResponse(body.status());
               json::ObjectReader r(*body);
               auto roles = json::ReadRoles(r, "roles", true);
               if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
               return Respond(app::SetMemberRoles(ctx, rc.caller, rc.Param("org"),
                                                  rc.Param("person"), *roles),
                              json::MemberJson);
             });

  router.Add("DELETE", "/api/v1/organisations/{org}/members/{person}",
             [&ctx](RequestContext& rc) {
               return RespondStatus(
                   app::RemoveMember(ctx, rc.caller, rc.Param("org"), rc.Param("person")));
             });

  router.Add("GET", "/api/v1/organisations/{org}/taxonomy", [&ctx](RequestContext& rc) {
    std::optional<domain::TaxonomyTerm::Kind> kind;
    if (std::string k = rc.request.Query("kind"); !k.empty()) {
      kind = domain::ParseTaxonomyKind(k);
      if (!kind) return ProblemResponse(FieldInvalid("kind", "must be skill or interest"));
    }
    return RespondPage(app::ListTaxonomy(ctx, rc.caller, rc.Param("org"), kind, PageFrom(rc)),
                       json::TaxonomyTermJson);
  });

  router.Add("POST", "/api/v1/organisations/{org}/taxonomy", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    std::optional<domain::TaxonomyTerm::Kind> kind;
    if (auto v = r.String("kind")) {
      kind = domain::ParseTaxonomyKind(*v);
      if (!kind) r.AddError("kind", "must be skill or interest");
    }
    auto label = r.String("label", 1000);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::AddTaxonomyTerm(ctx, rc.caller, rc.Param("org"), *kind, *label),
                   json::TaxonomyTermJson, 201);
  });

  router.Add("DELETE", "/api/v1/organisations/{org}/taxonomy/{id}", [&ctx](RequestContext& rc) {
    return RespondStatus(
        app::DeleteTaxonomyTerm(ctx, rc.caller, rc.Param("org"), rc.Param("id")));
  });
}

}  // namespace tandem::http
