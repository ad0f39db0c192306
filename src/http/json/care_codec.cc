#include "http/json/care_codec.h"

#include "domain/plan.h"
#include "http/json/common_codec.h"
#include "http/json/page_codec.h"
#include "http/json/reason_codec.h"

namespace tandem::http::json {
namespace {

// Bytes a field may take on the wire (the domain then counts characters).
constexpr size_t kNotesBytes = 4 * domain::kMaxCheckinNotesChars;
constexpr size_t kFollowUpBytes = 4 * domain::kMaxFollowUpChars;
constexpr size_t kCommentBytes = 4 * domain::kMaxPulseCommentChars;

Json Nullable(const std::string& s) { return s.empty() ? Json() : Json(s); }

}  // namespace

Json CaseloadEntryJson(const app::CaseloadEntry& e) {
  const app::CaseloadRow& row = e.row;
  Json reasons = Json::array();
  for (const domain::HealthReason& r : e.health.reasons)
    reasons.push_back({{"id", r.id},
                       {"level", domain::HealthStatusName(r.level)},
                       {"params", ReasonParamsJson(r.params)}});
  return {{"relationship_id", row.relationship.id},
          {"program_id", row.relationship.program_id},
          {"program_name", row.program_name},
          {"mentee_id", row.relationship.mentee_id},
          {"mentee_name", row.mentee_name},
          {"mentor_id", row.relationship.mentor_id},
          {"mentor_name", row.mentor_name},
          {"relationship_status", domain::RelationshipStatusName(row.relationship.status)},
          {"health", domain::HealthStatusName(e.health.status)},
          {"reasons", reasons},
          {"last_meeting_at", TimeJson(row.last_meeting_at)},
          {"last_checkin_on", Nullable(row.last_checkin_on)},
          {"next_checkin_due", e.next_checkin_due},
          {"meeting_cadence_days", e.meeting_cadence_days},
          {"checkin_cadence_days", e.checkin_cadence_days},
          {"milestones_done", row.milestones_done},
          {"milestones_total", row.milestones_total}};
}

Json CaseloadJson(const app::Caseload& c) {
  Json out = PageJson(c.page, CaseloadEntryJson);
  out["manager_id"] = Nullable(c.manager_id);
  out["manager_name"] = Nullable(c.manager_name);
  out["counts"] = {
      {"on_track", c.on_track}, {"needs_checkin", c.needs_checkin}, {"at_risk", c.at_risk}};
  return out;
}

Json ManagerJson(const app::ManagerView& v) {
  return {{"relationship_id", v.relationship_id},
          {"manager_id", Nullable(v.manager_id)},
          {"manager_name", Nullable(v.manager_name)},
          {"assigned_at", TimeJson(v.assigned_at)}};
}

Json CheckinJson(const app::CheckinView& v) {
  const domain::Checkin& c = v.checkin;
  Json follow_ups = Json::array();
  for (const domain::FollowUp& f : c.follow_ups)
    follow_ups.push_back({{"id", f.id},
                          {"text", f.text},
                          {"due_date", f.due_date},
                          {"done_at", TimeJson(f.done_at)}});
  return {{"id", c.id},
          {"relationship_id", c.relationship_id},
          {"with", domain::CheckinWithName(c.with)},
          {"held_on", c.held_on},
          {"notes", c.notes},
          {"author_id", c.author_id},
          {"author_name", v.author_name},
          {"follow_ups", follow_ups},
          {"created_at", TimeJson(c.created_at)}};
}

Json PulseSurveyJson(const app::PulseSurveyRow& r) {
  const domain::PulseSurvey& s = r.survey;
  const bool answered = s.answered_at > 0;
  return {{"id", s.id},
          {"organisation_id", s.organisation_id},
          {"relationship_id", s.relationship_id},
          {"program_name", r.program_name},
          {"other_name", r.partner_name},
          {"due_on", s.due_on},
          {"sent_at", TimeJson(s.sent_at)},
          {"answered_at", TimeJson(s.answered_at)},
          {"rating", answered ? Json(s.rating) : Json()},
          {"met_since", answered ? Json(s.met_since) : Json()},
          {"comment", answered ? Json(s.comment) : Json()}};
}

Json PulseAnswerJson(const app::PulseAnswerView& v) {
  const domain::PulseSurvey& s = v.row.survey;
  return {{"id", s.id},          {"side", domain::SideName(v.side)},
          {"due_on", s.due_on},  {"answered_at", TimeJson(s.answered_at)},
          {"rating", s.rating},  {"met_since", s.met_since},
          {"comment", s.comment}};
}

Result<std::string> DecodeManagerAssignment(const Json& body) {
  ObjectReader r(body);
  auto id = r.String("manager_id", 64);
  RETURN_IF_ERROR(r.Finish());
  return *id;
}

Result<app::CheckinInput> DecodeCheckin(const Json& body) {
  ObjectReader r(body);
  app::CheckinInput in;
  if (auto v = r.String("with", 20)) {
    if (auto w = domain::ParseCheckinWith(*v))
      in.with = *w;
    else
      r.AddError("with", "must be mentee, mentor, both or guardian");
  }
  if (auto v = r.OptionalString("held_on", 20)) in.held_on = *v;
  if (auto v = r.OptionalString("notes", kNotesBytes)) in.notes = *v;
  r.ObjectArray("follow_ups", false, [&](ObjectReader& item, size_t) {
    app::CheckinInput::FollowUpInput f;
    if (auto v = item.String("text", kFollowUpBytes)) f.text = *v;
    if (auto v = item.String("due_date", 20)) f.due_date = *v;
    in.follow_ups.push_back(std::move(f));
  });
  RETURN_IF_ERROR(r.Finish());
  return in;
}

Result<domain::PulseAnswer> DecodePulseAnswer(const Json& body) {
  ObjectReader r(body);
  domain::PulseAnswer a;
  if (auto v = r.Int("rating")) {
    if (*v < 1 || *v > 5)
      r.AddError("rating", "must be between 1 and 5");
    else
      a.rating = static_cast<int>(*v);
  }
  if (auto v = r.Bool("met_since")) a.met_since = *v;
  if (auto v = r.OptionalString("comment", kCommentBytes)) a.comment = *v;
  RETURN_IF_ERROR(r.Finish());
  return a;
}

}  // namespace tandem::http::json
