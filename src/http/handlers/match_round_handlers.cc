#include "app/match_rounds.h"
#include "app/round_alternatives.h"
#include "app/round_scope.h"
#include "app/unmatched_groups.h"
#include "http/handlers/common.h"
#include "http/json/match_round_codec.h"
#include "http/json/round_alternative_codec.h"

namespace tandem::http {

namespace {

struct PairBody {
  std::string mentee_id, mentor_id, to_mentor_id;
  bool locked = true;
};

// Reads {mentee_id, mentor_id[, locked][, to_mentor_id]} as the route needs. A swap without
// from_mentor_id assigns a mentor to an unmatched mentee.
Result<PairBody> ReadPair(const RequestContext& rc, bool with_locked, bool swap) {
  auto body = ParseJsonBody(rc);
  if (!body.ok()) return body.status();
  json::ObjectReader r(*body);
  PairBody p;
  if (auto v = r.String("mentee_id", 200)) p.mentee_id = *v;
  if (swap) {
    if (auto v = r.OptionalString("from_mentor_id", 200)) {
      if (v->empty()) r.AddError("from_mentor_id", "must name the current mentor (or be left out)");
      p.mentor_id = *v;
    }
  } else if (auto v = r.String("mentor_id", 200)) {
    p.mentor_id = *v;
  }
  if (swap)
    if (auto v = r.String("to_mentor_id", 200)) p.to_mentor_id = *v;
  if (with_locked)
    if (auto v = r.Bool("locked")) p.locked = *v;
  RETURN_IF_ERROR(r.Finish());
  return p;
}

}  // namespace

void RegisterMatchRoundRoutes(Router& router, const app::Context& ctx) {
  const std::string program = "/api/v1/organisations/{org}/programs/{id}";
  const std::string round = "/api/v1/organisations/{org}/match-rounds/{round}";

  router.Add("GET", program + "/match-rounds", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListMatchRounds(ctx, rc.caller, rc.Param("org"), rc.Param("id"), PageFrom(rc)),
        json::MatchRoundJson);
  });
  router.Add("POST", program + "/match-rounds", [&ctx](RequestContext& rc) {
    json::Json body = json::Json::object();
    if (!rc.request.body.empty()) {
      auto parsed = ParseJsonBody(rc);
      if (!parsed.ok()) return ProblemResponse(parsed.status());
      body = *parsed;
    }
    auto req = json::DecodeRoundRequest(body);
    if (!req.ok()) return ProblemResponse(req.status());
    return Respond(app::RunMatchRound(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *req),
                   json::RoundViewJson, 201);
  });

  // How many active mentees a filter selects, before a round runs with it.
  router.Add("POST", program + "/match-rounds/scope-preview", [&ctx](RequestContext& rc) {
    auto body = ParseJsonBody(rc);
    if (!body.ok()) return ProblemResponse(body.status());
    auto filter = json::DecodeMenteeFilter(*body);
    if (!filter.ok()) return ProblemResponse(filter.status());
    return Respond(
        app::PreviewMenteeScope(ctx, rc.caller, rc.Param("org"), rc.Param("id"), *filter),
        json::MenteeScopePreviewJson);
  });

  router.Add("GET", round, [&ctx](RequestContext& rc) {
    return Respond(app::GetMatchRound(ctx, rc.caller, rc.Param("org"), rc.Param("round")),
                   json::RoundViewJson);
  });
  router.Add("POST", round + "/rerun", [&ctx](RequestContext& rc) {
    return Respond(app::RerunMatchRound(ctx, rc.caller, rc.Param("org"), rc.Param("round")),
                   json::RoundViewJson);
  });
  router.Add("POST", round + "/publish", [&ctx](RequestContext& rc) {
    return Respond(app::PublishMatchRound(ctx, rc.caller, rc.Param("org"), rc.Param("round")),
                   json::RoundViewJson);
  });
  router.Add("POST", round + "/discard", [&ctx](RequestContext& rc) {
    return Respond(app::DiscardMatchRound(ctx, rc.caller, rc.Param("org"), rc.Param("round")),
                   json::RoundViewJson);
  });
  router.Add("POST", round + "/proposals/lock", [&ctx](RequestContext& rc) {
    auto p = ReadPair(rc, true, false);
    if (!p.ok()) return ProblemResponse(p.status());
    return Respond(app::SetProposalLock(ctx, rc.caller, rc.Param("org"), rc.Param("round"),
                                        p->mentee_id, p->mentor_id, p->locked),
                   json::RoundViewJson);
  });
  router.Add("POST", round + "/proposals/remove", [&ctx](RequestContext& rc) {
    auto p = ReadPair(rc, false, false);
    if (!p.ok()) return ProblemResponse(p.status());
    return Respond(app::RemoveProposal(ctx, rc.caller, rc.Param("org"), rc.Param("round"),
                                       p->mentee_id, p->mentor_id),
                   json::RoundViewJson);
  });
  // The swap dialog: mentors who can take the mentee instead, best first (?q= filters names).
  router.Add("GET", round + "/proposals/{mentee}/alternatives", [&ctx](RequestContext& rc) {
    return RespondPage(
        app::ListSwapAlternatives(ctx, rc.caller, rc.Param("org"), rc.Param("round"),
                                  rc.Param("mentee"), rc.request.Query("q"), PageFrom(rc)),
        json::MentorAlternativeJson);
  });
  // The unmatched list that leads to action: groups by reason, their actions, missing skills.
  router.Add("GET", round + "/unmatched-groups", [&ctx](RequestContext& rc) {
    return Respond(app::ListUnmatchedGroups(ctx, rc.caller, rc.Param("org"), rc.Param("round")),
                   json::UnmatchedGroupsJson);
  });
  router.Add("POST", round + "/proposals/swap", [&ctx](RequestContext& rc) {
    auto p = ReadPair(rc, false, true);
    if (!p.ok()) return ProblemResponse(p.status());
    return Respond(app::SwapProposal(ctx, rc.caller, rc.Param("org"), rc.Param("round"),
                                     p->mentee_id, p->mentor_id, p->to_mentor_id),
                   json::RoundViewJson);
  });
}

}  // namespace tandem::http
