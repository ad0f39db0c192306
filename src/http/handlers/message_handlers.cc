// Message threads, flags, safety reports and watch lists (app/messages.h,
// app/message_safety.h). The live stream (/api/v1/me/events) is in event_handlers.cc.
#include <string>

#include "app/message_safety.h"
#include "app/messages.h"
#include "http/handlers/common.h"
#include "http/json/message_codec.h"

namespace tandem::http {
namespace {

// Decodes the JSON body with `decode`, then answers `then(decoded)`; a bad body is a problem.
template <typename Decode, typename Then>
HttpResponse WithBody(RequestContext& rc, Decode decode, Then then) {
  auto body = ParseJsonBody(rc);
  if (!body.ok()) return ProblemResponse(body.status());
  auto in = decode(*body);
  if (!in.ok()) return ProblemResponse(in.status());
  return then(*in);
}

}  // namespace

void RegisterMessageRoutes(Router& router, const app::Context& ctx) {
  const std::string rel = "/api/v1/organisations/{org}/relationships/{relationship}";
  router.Add("GET", rel + "/thread", [&ctx](RequestContext& rc) {
    return Respond(app::GetThread(ctx, rc.caller, rc.Param("org"), rc.Param("relationship")),
                   json::ThreadJson);
  });
  router.Add("POST", rel + "/thread/read", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeReadMarker, [&](const std::string& message_id) {
      return Respond(app::MarkThreadRead(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                         message_id),
                     json::ThreadJson);
    });
  });
  router.Add("GET", rel + "/messages", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListMessages(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), PageFrom(rc)),
        json::MessageJson);
  });
  router.Add("POST", rel + "/messages", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeMessageBody, [&](const std::string& text) {
      return Respond(
          app::SendMessage(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), text),
          json::MessageJson, 201);
    });
  });
  router.Add("GET", rel + "/messages/{message}", [&ctx](RequestContext& rc) {
    return Respond(app::GetMessage(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                   rc.Param("message")),
                   json::MessageJson);
  });
  router.Add("POST", rel + "/messages/{message}/resolve-flag", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeResolution, [&](const std::string& note) {
      return Respond(app::ResolveMessageFlag(ctx, rc.caller, rc.Param("org"),
                                             rc.Param("relationship"), rc.Param("message"), note),
                     json::MessageJson);
    });
  });
  router.Add("POST", rel + "/reports", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeReport, [&](const app::ReportInput& in) {
      return Respond(app::FileReport(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), in),
                     json::SafetyReportJson, 201);
    });
  });
  router.Add("POST", rel + "/unsafe", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeUnsafe, [&](const std::string& text) {
      return Respond(
          app::FeelUnsafe(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), text),
          json::SafetyReportJson, 201);
    });
  });

  const std::string org = "/api/v1/organisations/{org}";
  router.Add("GET", org + "/flagged-messages", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListFlaggedMessages(ctx, rc.caller, rc.Param("org"), PageFrom(rc)),
                       json::FlaggedMessageJson);
  });
  router.Add("GET", org + "/safety-reports", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListOpenReports(ctx, rc.caller, rc.Param("org"), PageFrom(rc)),
                       json::SafetyReportJson);
  });
  router.Add("POST", org + "/safety-reports/{id}/resolve", [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeResolution, [&](const std::string& note) {
      return Respond(
          app::ResolveSafetyReport(ctx, rc.caller, rc.Param("org"), rc.Param("id"), note),
          json::SafetyReportJson);
    });
  });
  const std::string words = org + "/programs/{id}/watch-words";
  router.Add("GET", words, [&ctx](RequestContext& rc) {
    return Respond(app::GetProgramWatchWords(ctx, rc.caller, rc.Param("org"), rc.Param("id")),
                   json::WatchWordsJson);
  });
  router.Add("PUT", words, [&ctx](RequestContext& rc) {
    return WithBody(rc, json::DecodeWatchWords, [&](const std::vector<std::string>& list) {
      return Respond(
          app::SaveProgramWatchWords(ctx, rc.caller, rc.Param("org"), rc.Param("id"), list),
          json::WatchWordsJson);
    });
  });

  router.Add("GET", "/api/v1/me/unread", [&ctx](RequestContext& rc) {
    return Respond(app::GetMyUnread(ctx, rc.caller), json::UnreadJson);
  });
}

}  // namespace tandem::http
