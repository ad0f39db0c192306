#include "app/enrollment_bulk.h"
#include "app/participant_profile.h"
#include "app/programs.h"
#include "http/handlers/common.h"
#include "http/json/profile_codec.h"
#include "http/json/program_codec.h"

namespace tandem::http {

void RegisterProgramRoutes(Router& router, const app::Context& ctx) {
  const std::string base = "/api/v1/organisations/{org}/programs";

  router.Add("GET", base, [&ctx](RequestContext& rc) {
    return RespondPage(app::ListPrograms(ctx, rc.caller, rc.Param("org"), PageFrom(rc)),
                       json::ProgramJson);
  });

  router.Add("POST", base, [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto input = json::DecodeProgramInput(*body, domain::ProgramStatus::kDraft);
    if (!input.ok()) return ProblemResponse(input.status());
    return Respond(app::CreateProgram(ctx, rc.caller, rc.Param("org"), *input), json::ProgramJson,
                   201);
  });

  router.Add("GET", base + "/{id}", [&ctx](RequestContext& rc) {
    return Respond(app::GetProgram(ctx, rc.caller, rc.Param("org"), rc.Param("id")),
                   json::ProgramJson);
  });

  router.Add("PUT", base + "/{id}", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto input = json::DecodeProgramInput(*body, domain::ProgramStatus::kOpen);
    if (!input.ok()) return ProblemResponse(input.status());
    return Respond(app::UpdateProgram(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *input),
                   json::ProgramJson);
  });

  router.Add("GET", base + "/{id}/enrollments", [&ctx](RequestContext& rc) {
    app::EnrollmentFilter filter;
    filter.query = rc.request.Query("q");
    if (std::string role = rc.request.Query("role"); !role.empty()) {
      filter.role = domain::ParseProgramRole(role);
      if (!filter.role) return ProblemResponse(FieldInvalid("role", "must be mentor or mentee"));
    }
    if (std::string status = rc.request.Query("status"); !status.empty()) {
      filter.status = domain::ParseEnrollmentStatus(status);
      if (!filter.status)
        return ProblemResponse(
            FieldInvalid("status", "must be one of pending, active, declined, withdrawn"));
    }
    return RespondPage(app::ListEnrollments(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                            filter, PageFrom(rc)),
                       json::EnrollmentJson);
  });

  router.Add("POST", base + "/{id}/applications", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    std::optional<domain::ProgramRole> role;
    if (auto v = r.String("role")) {
      role = domain::ParseProgramRole(*v);
      if (!role) r.AddError("role", "must be mentor or mentee");
    }
    std::string message = r.OptionalString("message", 100000).value_or("");
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::ApplyToProgram(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *role,
                                       message),
                   json::EnrollmentJson, 201);
  });

  for (auto [verb, review] : {std::pair{"approve", app::Review::kApprove},
                              std::pair{"decline", app::Review::kDecline}}) {
    router.Add("POST", base + "/{id}/enrollments/{enrollment}/" + verb,
               [&ctx, review = review](RequestContext& rc) {
                 return Respond(app::ReviewEnrollment(ctx, rc.caller, rc.Param("org"),
                                                      rc.Param("id"), rc.Param("enrollment"),
                                                      review),
                                json::EnrollmentJson);
               });
  }

  router.Add("POST", base + "/{id}/enrollments/{enrollment}/end", [&ctx](RequestContext& rc) {
    return Respond(app::EndEnrollment(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                      rc.Param("enrollment")),
                   json::EnrollmentJson);
  });

  // A participant's profile as coordinators may read it (domain/profile_disclosure.h).
  router.Add("GET", base + "/{id}/enrollments/{enrollment}/profile", [&ctx](RequestContext& rc) {
    return Respond(app::GetParticipantProfile(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                              rc.Param("enrollment")),
                   json::ProfileJson);
  });

  // Bulk changes from the participants table (app/enrollment_bulk.h): all or nothing.
  auto respond_items = [](Result<std::vector<domain::EnrollmentView>> views) {
    if (!views.ok()) return ProblemResponse(views.status());
    json::Json items = json::Json::array();
    for (const auto& v : *views) items.push_back(json::EnrollmentJson(v));
    return JsonResponse(200, json::Json{{"items", items}});
  };
  router.Add("POST", base + "/{id}/bulk-approve", [&ctx, respond_items](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto ids = r.StringArray("enrollment_ids");
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return respond_items(
        app::ApproveEnrollments(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *ids));
  });
  router.Add("POST", base + "/{id}/bulk-checks", [&ctx, respond_items](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    auto ids = r.StringArray("enrollment_ids");
    app::EnrollmentFlags flags;
    flags.screening_cleared = r.OptionalBool("screening_cleared");
    flags.training_complete = r.OptionalBool("training_complete");
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return respond_items(app::SetEnrollmentsChecks(ctx, rc.caller, rc.Param("org"),
                                                   rc.Param("id"), *ids, flags));
  });

  router.Add("PATCH", base + "/{id}/enrollments/{enrollment}", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    json::ObjectReader r(*body);
    app::EnrollmentFlags flags;
    flags.screening_cleared = r.OptionalBool("screening_cleared");
    flags.training_complete = r.OptionalBool("training_complete");
    flags.minor_marked = r.OptionalBool("minor_marked");
    flags.grade = r.OptionalString("grade", 200);
    flags.group = r.OptionalString("group", 200);
    if (Status s = r.Finish(); !s.ok()) return ProblemResponse(s);
    return Respond(app::SetEnrollmentFlags(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                           rc.Param("enrollment"), flags),
                   json::EnrollmentJson);
  });
}

}  // namespace tandem::http
