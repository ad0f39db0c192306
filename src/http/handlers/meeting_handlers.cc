#include <string>

#include "app/calendar_feeds.h"
#include "app/meetings.h"
#include "http/handlers/common.h"
#include "http/json/meeting_codec.h"

namespace tandem::http {
namespace {

HttpResponse CalendarResponse(const Result<std::string>& ics, const std::string& filename) {
  if (!ics.ok()) return ProblemResponse(ics.status());
  HttpResponse r;
  r.status = 200;
  r.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  if (!filename.empty())
    r.SetHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.SetHeader("Cache-Control", "private, no-store");
  r.body = *ics;
  return r;
}

}  // namespace

void RegisterMeetingRoutes(Router& router, const app::Context& ctx) {
  const std::string list = "/api/v1/organisations/{org}/relationships/{relationship}/meetings";
  const std::string one = list + "/{meeting}";
  router.Add("GET", list, [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListMeetings(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), PageFrom(rc)),
        json::MeetingJson);
  });
  router.Add("POST", list, [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodeMeetingDetails(*body);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(
        app::ProposeMeeting(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"), *in),
        json::MeetingJson, 201);
  });
  router.Add("GET", one, [&ctx](RequestContext& rc) {
    return Respond(app::GetMeeting(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                   rc.Param("meeting")),
                   json::MeetingJson);
  });
  for (const bool accept : {true, false}) {
    router.Add("POST", one + (accept ? "/accept" : "/decline"), [&ctx, accept](RequestContext& rc) {
      return Respond(app::AnswerMeeting(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                        rc.Param("meeting"), accept),
                     json::MeetingJson);
    });
  }
  router.Add("POST", one + "/reschedule", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto in = json::DecodeMeetingDetails(*body);
    if (!in.ok()) return ProblemResponse(in.status());
    return Respond(app::RescheduleMeeting(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                          rc.Param("meeting"), *in),
                   json::MeetingJson);
  });
  router.Add("POST", one + "/cancel", [&ctx](RequestContext& rc) {
    return Respond(app::CancelMeeting(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                      rc.Param("meeting")),
                   json::MeetingJson);
  });
  router.Add("POST", one + "/held", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto notes = json::DecodeSharedNotes(*body);
    if (!notes.ok()) return ProblemResponse(notes.status());
    return Respond(app::LogMeetingHeld(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                       rc.Param("meeting"), *notes),
                   json::MeetingJson);
  });
  router.Add("GET", one + "/private-note", [&ctx](RequestContext& rc) {
    return Respond(app::GetMyMeetingNote(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                         rc.Param("meeting")),
                   json::PrivateNoteJson);
  });
  router.Add("PUT", one + "/private-note", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto text = json::DecodePrivateNote(*body);
    if (!text.ok()) return ProblemResponse(text.status());
    return Respond(app::SaveMyMeetingNote(ctx, rc.caller, rc.Param("org"), rc.Param("relationship"),
                                          rc.Param("meeting"), *text),
                   json::PrivateNoteJson);
  });
  router.Add("GET", one + "/ics", [&ctx](RequestContext& rc) {
    return CalendarResponse(app::MeetingIcs(ctx, rc.caller, rc.Param("org"),
                                            rc.Param("relationship"), rc.Param("meeting")),
                            "meeting.ics");
  });

  const std::string feed = "/api/v1/me/calendar-feed";
  router.Add("GET", feed, [&ctx](RequestContext& rc) {
    return Respond(app::GetMyCalendarFeed(ctx, rc.caller), json::CalendarFeedStatusJson);
  });
  router.Add("POST", feed, [&ctx](RequestContext& rc) {
    return Respond(app::CreateMyCalendarFeed(ctx, rc.caller), json::NewCalendarFeedJson, 201);
  });
  router.Add("DELETE", feed, [&ctx](RequestContext& rc) {
    return RespondStatus(app::RevokeMyCalendarFeed(ctx, rc.caller));
  });
  // The subscribed feed: no session, no CSRF (a GET); the secret is the whole authorisation.
  router.Add("GET", "/calendar/{file}", [&ctx](RequestContext& rc) {
    const std::string& file = rc.Param("file");
    constexpr std::string_view kSuffix = ".ics";
    std::string secret;
    if (file.size() > kSuffix.size() &&
        file.compare(file.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0)
      secret = file.substr(0, file.size() - kSuffix.size());
    return CalendarResponse(app::CalendarFeedIcs(ctx, secret, rc.request.remote_address), "");
  });
}

}  // namespace tandem::http
