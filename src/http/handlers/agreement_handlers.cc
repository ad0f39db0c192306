#include <string>

#include "app/agreements.h"
#include "http/handlers/common.h"
#include "http/json/agreement_codec.h"

namespace tandem::http {
namespace {

// A version number from the path: NotFound for anything else (no such version).
Result<int> VersionParam(const std::string& s) {
  if (s.empty() || s.size() > 7 || s.find_first_not_of("0123456789") != std::string::npos ||
      s[0] == '0')
    return NotFound("No such agreement version.");
  return std::stoi(s);
}

}  // namespace

void RegisterAgreementRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";
  router.Add("GET", program + "/agreement", [&ctx](RequestContext& rc) {
    return Respond(app::GetProgramAgreement(ctx, rc.caller, rc.Param("org"), rc.Param("id")),
                   json::ProgramAgreementJson);
  });
  router.Add("PUT", program + "/norms", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto norms = json::DecodeProgramNorms(*body);
    if (!norms.ok()) return ProblemResponse(norms.status());
    return Respond(
        app::SaveProgramNorms(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *norms),
        json::ProgramNormsJson);
  });
  router.Add("POST", program + "/agreement/versions", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto text = json::DecodeAgreementText(*body);
    if (!text.ok()) return ProblemResponse(text.status());
    return Respond(
        app::PublishAgreement(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *text),
        json::AgreementVersionJson, 201);
  });
  router.Add("GET", program + "/agreement/versions/{version}", [&ctx](RequestContext& rc) {
    auto version = VersionParam(rc.Param("version"));
    if (!version.ok()) {
      // Authorise first, so an outsider learns nothing from the shape of the path.
      auto seen = app::GetProgramAgreement(ctx, rc.caller, rc.Param("org"), rc.Param("id"));
      return ProblemResponse(seen.ok() ? version.status() : seen.status());
    }
    return Respond(app::GetAgreementVersion(ctx, rc.caller, rc.Param("org"), rc.Param("id"),
                                            *version),
                   json::AgreementVersionJson);
  });

  const std::string rel = "/api/v1/organisations/{org}/relationships/{relationship}/agreement";
  router.Add("GET", rel, [&ctx](RequestContext& rc) {
    return Respond(app::GetRelationshipAgreement(ctx, rc.caller, rc.Param("org"),
                                                 rc.Param("relationship")),
                   json::RelationshipAgreementJson);
  });
  router.Add("POST", rel + "/accept", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto version = json::DecodeAgreementAcceptance(*body);
    if (!version.ok()) return ProblemResponse(version.status());
    return Respond(app::AcceptAgreement(ctx, rc.caller, rc.Param("org"),
                                        rc.Param("relationship"), *version),
                   json::RelationshipAgreementJson);
  });
  router.Add("POST", rel + "/guardian-link", [&ctx](RequestContext& rc) {
    return Respond(
        app::SendGuardianLink(ctx, rc.caller, rc.Param("org"), rc.Param("relationship")),
        json::RelationshipAgreementJson);
  });

  router.Add("GET", "/api/v1/agreement-links/{token}", [&ctx](RequestContext& rc) {
    return Respond(
        app::PreviewGuardianAgreement(ctx, rc.Param("token"), rc.request.remote_address),
        json::GuardianAgreementJson);
  });
  router.Add("POST", "/api/v1/agreement-links/{token}/accept", [&ctx](RequestContext& rc) {
    return Respond(
        app::AcceptGuardianAgreement(ctx, rc.Param("token"), rc.request.remote_address),
        json::GuardianAgreementJson);
  });
}

}  // namespace tandem::http
