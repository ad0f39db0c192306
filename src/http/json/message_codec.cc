#include "http/json/message_codec.h"

#include "domain/message_screening.h"
#include "domain/plan.h"
#include "http/json/common_codec.h"

namespace tandem::http::json {
namespace {

// Bytes a field may take on the wire: a character is at most 4 bytes of UTF-8; the domain then
// counts characters.
constexpr size_t kBodyBytes = 4 * domain::kMaxMessageChars;
constexpr size_t kNoteBytes = 4 * domain::kMaxFlagNoteChars;
constexpr size_t kReportBytes = 4 * domain::kMaxReportTextChars;

Json SideJson(const std::optional<domain::Side>& s) {
  return s ? Json(domain::SideName(*s)) : Json();
}

Json ThreadContextJson(const app::ThreadContext& t) {
  return {{"program_id", t.program_id}, {"program_name", t.program_name},
          {"mentee_id", t.mentee_id},   {"mentee_name", t.mentee_name},
          {"mentor_id", t.mentor_id},   {"mentor_name", t.mentor_name}};
}

}  // namespace

Json ThreadJson(const app::ThreadView& t) {
  return {{"relationship_id", t.relationship_id},
          {"relationship_status", domain::RelationshipStatusName(t.relationship_status)},
          {"viewer_side", SideJson(t.viewer_side)},
          {"overseen", t.overseen},
          {"can_write", t.can_write},
          {"can_report", t.can_report},
          {"can_feel_unsafe", t.can_feel_unsafe},
          {"can_review", t.can_review},
          {"unread", t.unread},
          {"read_message_id", t.read_message_id.empty() ? Json() : Json(t.read_message_id)}};
}

Json MessageJson(const app::MessageView& v) {
  const domain::Message& m = v.message;
  Json out = {{"id", m.id},
              {"relationship_id", m.relationship_id},
              {"author_id", m.author_id},
              {"author_side", SideJson(v.author_side)},
              {"mine", v.mine},
              {"body", m.body},
              {"created_at", TimeJson(m.created_at)},
              {"flag", Json()}};
  if (v.flag_visible && m.flag_status != domain::FlagStatus::kNone) {
    out["flag"] = {{"status", domain::FlagStatusName(m.flag_status)},
                   {"reasons", m.flag_reasons},
                   {"note", m.flag_note},
                   {"resolved_at", TimeJson(m.flag_resolved_at)}};
  }
  return out;
}

Json FlaggedMessageJson(const app::FlaggedMessageView& v) {
  Json out = MessageJson(v.message);
  out["thread"] = ThreadContextJson(v.thread);
  return out;
}

Json SafetyReportJson(const app::SafetyReportView& v) {
  const domain::SafetyReport& r = v.report;
  return {{"id", r.id},
          {"relationship_id", r.relationship_id},
          {"kind", domain::ReportKindName(r.kind)},
          {"message_id", r.message_id.empty() ? Json() : Json(r.message_id)},
          {"reason", r.reason},
          {"text", r.text},
          {"reporter_id", r.reporter_id},
          {"reporter_name", v.reporter_name},
          {"status", domain::ReportStatusName(r.status)},
          {"resolution_note", r.resolution_note},
          {"created_at", TimeJson(r.created_at)},
          {"resolved_at", TimeJson(r.resolved_at)},
          {"thread", ThreadContextJson(v.thread)}};
}

Json UnreadJson(const app::UnreadSummary& s) {
  Json threads = Json::array();
  for (const app::ThreadUnread& t : s.threads)
    threads.push_back({{"organisation_id", t.organisation_id},
                       {"relationship_id", t.relationship_id},
                       {"unread", t.unread}});
  return {{"total", s.total}, {"threads", threads}};
}

Json WatchWordsJson(const std::vector<std::string>& words) { return {{"words", words}}; }

Result<std::string> DecodeMessageBody(const Json& body) {
  ObjectReader r(body);
  auto text = r.String("body", kBodyBytes);
  RETURN_IF_ERROR(r.Finish());
  return *text;
}

Result<std::string> DecodeReadMarker(const Json& body) {
  ObjectReader r(body);
  auto id = r.String("message_id", 64);
  RETURN_IF_ERROR(r.Finish());
  return *id;
}

Result<std::string> DecodeResolution(const Json& body) {
  ObjectReader r(body);
  auto note = r.String("note", kNoteBytes);
  RETURN_IF_ERROR(r.Finish());
  return *note;
}

Result<app::ReportInput> DecodeReport(const Json& body) {
  ObjectReader r(body);
  app::ReportInput in;
  if (auto kind = r.String("kind", 20)) {
    auto k = domain::ParseReportKind(*kind);
    if (!k || *k == domain::ReportKind::kUnsafe)
      r.AddError("kind", "must be message or concern");
    else
      in.kind = *k;
  }
  if (auto id = r.OptionalString("message_id", 64)) in.message_id = *id;
  if (auto reason = r.String("reason", 40)) in.reason = *reason;
  if (auto text = r.OptionalString("text", kReportBytes)) in.text = *text;
  RETURN_IF_ERROR(r.Finish());
  return in;
}

Result<std::string> DecodeUnsafe(const Json& body) {
  ObjectReader r(body);
  std::string out;
  if (auto text = r.OptionalString("text", kReportBytes)) out = *text;
  RETURN_IF_ERROR(r.Finish());
  return out;
}

Result<std::vector<std::string>> DecodeWatchWords(const Json& body) {
  ObjectReader r(body);
  auto words = r.StringArray("words");
  RETURN_IF_ERROR(r.Finish());
  return *words;
}

}  // namespace tandem::http::json
