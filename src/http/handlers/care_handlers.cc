#include <string>

#include "app/care.h"
#include "app/caseload.h"
#include "app/pulse_surveys.h"
#include "http/handlers/common.h"
#include "http/json/care_codec.h"

namespace tandem::http {
namespace {

// ?manager=&status= of the caseload; an unknown status is refused naming the parameter.
Result<app::CaseloadFilter> CaseloadFilterFrom(const RequestContext& rc) {
  app::CaseloadFilter f;
  f.manager_id = rc.request.Query("manager");
  const std::string status = rc.request.Query("status");
  if (!status.empty()) {
    auto s = domain::ParseHealthStatus(status);
    if (!s) return FieldInvalid("status", "must be on_track, needs_checkin or at_risk");
    f.status = s;
  }
  return f;
}

}  // namespace

void RegisterCareRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations/{org}/caseload", [&ctx](RequestContext& rc) {
    auto filter = CaseloadFilterFrom(rc);
    if (!filter.ok()) return ProblemResponse(filter.status());
    return Respond(app::GetCaseload(ctx, rc.caller, rc.Param("org"), *filter, PageFrom(rc)),
                   json::CaseloadJson);
  });

  const std::string relationship = "/api/v1/organisations/{org}/relationships/{relationship}";
  router.Add("GET", relationship + "/manager", [&ctx](RequestContext& rc) {
    return Respond(
        app::GetRelationshipManager(ctx, rc.caller, rc.Param("org"), rc.Param("relationship")),
        json::ManagerJson);
  });
  router.Add("PUT", relationship + "/manager", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto manager = json::DecodeManagerAssignment(*body);
    if (!manager.ok()) return ProblemResponse(manager.status());
    return Respond(app::AssignRelationshipManager(ctx, rc.caller, rc.Param("org"),
                                                  rc.Param("relationship"), *manager),
                   json::ManagerJson);
  });
  router.Add("GET", relationship + "/checkins", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListCheckins(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), PageFrom(rc)),
        json::CheckinJson);
  });
  router.Add("POST", relationship + "/checkins", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodeCheckin(*body);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(app::LogCheckin(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), *in),
                   json::CheckinJson, 201);
  });
  router.Add("POST", relationship + "/follow-ups/{follow_up}/done", [&ctx](RequestContext& rc) {
    return RespondStatus(app::MarkFollowUpDone(ctx, rc.caller, rc.Param("org"),
                                               rc.Param("relationship"), rc.Param("follow_up")));
  });

  router.Add("GET", relationship + "/pulse-answers", [&ctx](RequestContext& rc) {
    return Respond(app::ListPulseAnswers(ctx, rc.caller, rc.Param("org"), rc.Param("relationship")),
                   [](const std::vector<app::PulseAnswerView>& rows) {
                     json::Json items = json::Json::array();
                     for (const auto& r : rows) items.push_back(json::PulseAnswerJson(r));
                     return json::Json{{"items", items}};
                   });
  });
  router.Add("GET", "/api/v1/me/pulse-surveys", [&ctx](RequestContext& rc) {
    return Respond(app::ListMyPulseSurveys(ctx, rc.caller),
                   [](const std::vector<app::PulseSurveyRow>& rows) {
                     json::Json items = json::Json::array();
                     for (const auto& r : rows) items.push_back(json::PulseSurveyJson(r));
                     return json::Json{{"items", items}};
                   });
  });
  const std::string survey = "/api/v1/organisations/{org}/pulse-surveys/{survey}";
  router.Add("GET", survey, [&ctx](RequestContext& rc) {
    return Respond(app::GetPulseSurvey(ctx, rc.caller, rc.Param("org"), rc.Param("survey")),
                   json::PulseSurveyJson);
  });
  router.Add("POST", survey + "/answer", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto answer = json::DecodePulseAnswer(*body);
    if (!answer.ok()) return ProblemResponse(answer.status());
    return Respond(
        app::AnswerPulseSurvey(ctx, rc.caller, rc.Param("org"), rc.Param("survey"), *answer),
        json::PulseSurveyJson);
  });
}

}  // namespace tandem::http
