#include "domain/notification.h"

#include <algorithm>

namespace tandem::domain {
namespace {

struct KindSpec {
  NotificationKind kind;
  std::string_view name;
  std::vector<std::string_view> params;
};

const std::vector<KindSpec>& Specs() {
  using K = NotificationKind;
  static const std::vector<std::string_view> kMeetingParams = {
      "relationship_id", "meeting_id", "program_name", "other_name", "start_at"};
  static const std::vector<KindSpec> kSpecs = {
      {K::kMatchProposed,
       "match_proposed",
       {"relationship_id", "program_name", "other_name", "other_role"}},
      {K::kMatchMatched,
       "match_matched",
       {"relationship_id", "program_name", "other_name", "other_role"}},
      {K::kMatchAccepted, "match_accepted", {"relationship_id", "program_name", "other_name"}},
      {K::kMatchConfirmed, "match_confirmed", {"relationship_id", "program_name", "other_name"}},
      {K::kMatchDeclined, "match_declined", {"relationship_id", "program_name", "other_name"}},
      {K::kMatchPaused, "match_paused", {"relationship_id", "program_name"}},
      {K::kMatchResumed, "match_resumed", {"relationship_id", "program_name"}},
      {K::kRequestReceived, "request_received", {"request_id", "program_name", "mentee_name"}},
      {K::kRequestAccepted,
       "request_accepted",
       {"request_id", "relationship_id", "program_name", "mentor_name"}},
      {K::kRequestDeclined,
       "request_declined",
       {"request_id", "program_name", "mentor_name", "reason"}},
      {K::kRequestWithdrawn,
       "request_withdrawn",
       {"request_id", "program_name", "other_name", "left"}},
      {K::kRelationshipEnded,
       "relationship_ended",
       {"relationship_id", "program_name", "other_name"}},
      {K::kEnrollmentEnded, "enrollment_ended", {"program_id", "program_name"}},
      {K::kSafeguardingPaused,
       "safeguarding_paused",
       {"program_id", "program_name", "paused", "requests_withdrawn", "proposals_withdrawn"}},
      {K::kAgreementUpdated, "agreement_updated", {"relationship_id", "program_name", "version"}},
      {K::kRequestMatchedElsewhere,
       "request_matched_elsewhere",
       {"request_id", "program_name", "mentee_name"}},
      {K::kMeetingProposed, "meeting_proposed", kMeetingParams},
      {K::kMeetingSuggested, "meeting_suggested", kMeetingParams},
      {K::kMeetingAccepted, "meeting_accepted", kMeetingParams},
      {K::kMeetingDeclined, "meeting_declined", kMeetingParams},
      {K::kMeetingRescheduled, "meeting_rescheduled", kMeetingParams},
      {K::kMeetingCancelled, "meeting_cancelled", kMeetingParams},
      {K::kMessageFlagged,
       "message_flagged",
       {"program_id", "program_name", "relationship_id", "message_id"}},
      {K::kSafetyReport,
       "safety_report",
       {"program_id", "program_name", "relationship_id", "report_id", "report_kind"}},
      {K::kCaseloadAssigned,
       "caseload_assigned",
       {"relationship_id", "program_name", "mentee_name", "mentor_name"}},
      {K::kPulseSurveyDue, "pulse_survey_due", {"survey_id", "program_name", "other_name"}},
  };
  return kSpecs;
}

const KindSpec& SpecOf(NotificationKind k) {
  for (const KindSpec& s : Specs())
    if (s.kind == k) return s;
  return Specs().front();  // unreachable: every kind has a spec (notification_test checks)
}

bool IsCount(std::string_view name) {
  return name == "paused" || name == "requests_withdrawn" || name == "proposals_withdrawn" ||
         name == "version";
}

bool IsDecimal(const std::string& s) {
  return !s.empty() && s.size() <= 9 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status BadParam(NotificationKind k, std::string_view name, std::string_view why) {
  return InvalidArgument("Notification " + std::string(NotificationKindName(k)) + ": parameter " +
                         std::string(name) + " " + std::string(why) + ".");
}

NotificationContent Make(NotificationKind kind, NotificationParams params, std::string link) {
  return NotificationContent{kind, std::move(params), std::move(link)};
}

std::string RelationshipLink(const std::string& id) { return "/relationships/" + id; }

NotificationContent MeetingContent(NotificationKind kind, const std::string& relationship_id,
                                   const std::string& meeting_id, const std::string& program_name,
                                   const std::string& other_name, Millis start_at) {
  return Make(kind,
              {{"relationship_id", relationship_id},
               {"meeting_id", meeting_id},
               {"program_name", program_name},
               {"other_name", other_name},
               {"start_at", FormatRfc3339(start_at)}},
              RelationshipLink(relationship_id));
}

}  // namespace

std::string_view NotificationKindName(NotificationKind k) { return SpecOf(k).name; }

std::optional<NotificationKind> ParseNotificationKind(std::string_view s) {
  for (const KindSpec& spec : Specs())
    if (spec.name == s) return spec.kind;
  return std::nullopt;
}

const std::vector<NotificationKind>& AllNotificationKinds() {
  static const std::vector<NotificationKind> kAll = [] {
    std::vector<NotificationKind> out;
    for (const KindSpec& s : Specs()) out.push_back(s.kind);
    return out;
  }();
  return kAll;
}

const std::vector<std::string_view>& NotificationParamNames(NotificationKind k) {
  return SpecOf(k).params;
}

Status ValidateNotificationParams(NotificationKind k, const NotificationParams& params) {
  const auto& names = NotificationParamNames(k);
  for (std::string_view name : names) {
    auto it = params.find(std::string(name));
    if (it == params.end()) return BadParam(k, name, "is missing");
    const std::string& v = it->second;
    if (name == "other_role") {
      if (v != "mentor" && v != "mentee" && v != "peer")
        return BadParam(k, name, "must be mentor, mentee or peer");
    } else if (name == "left") {
      if (v != "mentee" && v != "mentor") return BadParam(k, name, "must be mentee or mentor");
    } else if (name == "report_kind") {
      if (v != "message" && v != "concern" && v != "unsafe")
        return BadParam(k, name, "must be message, concern or unsafe");
    } else if (IsCount(name)) {
      if (!IsDecimal(v)) return BadParam(k, name, "must be a count");
    } else if (name != "reason" && v.empty()) {
      return BadParam(k, name, "is empty");
    }
  }
  for (const auto& [key, value] : params)
    if (std::find(names.begin(), names.end(), key) == names.end())
      return BadParam(k, key, "is not one of this kind's");
  return Status::Ok();
}

std::string_view OtherRoleName(OtherRole r) {
  switch (r) {
    case OtherRole::kMentor: return "mentor";
    case OtherRole::kMentee: return "mentee";
    case OtherRole::kPeer: return "peer";
  }
  return "peer";
}

NotificationContent MatchProposed(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name,
                                  OtherRole other_role) {
  return Make(NotificationKind::kMatchProposed,
              {{"relationship_id", relationship_id},
               {"program_name", program_name},
               {"other_name", other_name},
               {"other_role", std::string(OtherRoleName(other_role))}},
              RelationshipLink(relationship_id));
}

NotificationContent MatchMatched(const std::string& relationship_id,
                                 const std::string& program_name, const std::string& other_name,
                                 OtherRole other_role) {
  NotificationContent c = MatchProposed(relationship_id, program_name, other_name, other_role);
  c.kind = NotificationKind::kMatchMatched;
  return c;
}

namespace {

NotificationContent OtherInMatch(NotificationKind kind, const std::string& relationship_id,
                                 const std::string& program_name, const std::string& other_name) {
  return Make(kind,
              {{"relationship_id", relationship_id},
               {"program_name", program_name},
               {"other_name", other_name}},
              RelationshipLink(relationship_id));
}

}  // namespace

NotificationContent MatchAccepted(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name) {
  return OtherInMatch(NotificationKind::kMatchAccepted, relationship_id, program_name, other_name);
}

NotificationContent MatchConfirmed(const std::string& relationship_id,
                                   const std::string& program_name,
                                   const std::string& other_name) {
  return OtherInMatch(NotificationKind::kMatchConfirmed, relationship_id, program_name,
                      other_name);
}

NotificationContent MatchDeclined(const std::string& relationship_id,
                                  const std::string& program_name, const std::string& other_name) {
  return OtherInMatch(NotificationKind::kMatchDeclined, relationship_id, program_name, other_name);
}

NotificationContent MatchPaused(const std::string& relationship_id,
                                const std::string& program_name) {
  return Make(NotificationKind::kMatchPaused,
              {{"relationship_id", relationship_id}, {"program_name", program_name}},
              RelationshipLink(relationship_id));
}

NotificationContent AgreementUpdated(const std::string& relationship_id,
                                     const std::string& program_name, int version) {
  return Make(NotificationKind::kAgreementUpdated,
              {{"relationship_id", relationship_id},
               {"program_name", program_name},
               {"version", std::to_string(version)}},
              RelationshipLink(relationship_id));
}

NotificationContent MatchResumed(const std::string& relationship_id,
                                 const std::string& program_name) {
  return Make(NotificationKind::kMatchResumed,
              {{"relationship_id", relationship_id}, {"program_name", program_name}},
              RelationshipLink(relationship_id));
}

NotificationContent RequestReceived(const std::string& request_id,
                                    const std::string& program_name,
                                    const std::string& mentee_name) {
  return Make(NotificationKind::kRequestReceived,
              {{"request_id", request_id},
               {"program_name", program_name},
               {"mentee_name", mentee_name}},
              "/requests");
}

NotificationContent RequestAccepted(const std::string& request_id,
                                    const std::string& relationship_id,
                                    const std::string& program_name,
                                    const std::string& mentor_name) {
  return Make(NotificationKind::kRequestAccepted,
              {{"request_id", request_id},
               {"relationship_id", relationship_id},
               {"program_name", program_name},
               {"mentor_name", mentor_name}},
              RelationshipLink(relationship_id));
}

NotificationContent RequestDeclined(const std::string& request_id,
                                    const std::string& program_name,
                                    const std::string& mentor_name, const std::string& reason) {
  return Make(NotificationKind::kRequestDeclined,
              {{"request_id", request_id},
               {"program_name", program_name},
               {"mentor_name", mentor_name},
               {"reason", reason}},
              "/programs");
}

NotificationContent RequestWithdrawn(const std::string& request_id,
                                     const std::string& program_name,
                                     const std::string& other_name, LeftSide left) {
  const bool mentee_left = left == LeftSide::kMentee;
  // The mentor reads it among their requests; the mentee looks for another mentor.
  return Make(NotificationKind::kRequestWithdrawn,
              {{"request_id", request_id},
               {"program_name", program_name},
               {"other_name", other_name},
               {"left", mentee_left ? "mentee" : "mentor"}},
              mentee_left ? "/requests" : "/programs");
}

NotificationContent RequestMatchedElsewhere(const std::string& request_id,
                                            const std::string& program_name,
                                            const std::string& mentee_name) {
  // The mentor reads it among their requests.
  return Make(NotificationKind::kRequestMatchedElsewhere,
              {{"request_id", request_id},
               {"program_name", program_name},
               {"mentee_name", mentee_name}},
              "/requests");
}

NotificationContent RelationshipEnded(const std::string& relationship_id,
                                      const std::string& program_name,
                                      const std::string& other_name) {
  return OtherInMatch(NotificationKind::kRelationshipEnded, relationship_id, program_name,
                      other_name);
}

NotificationContent EnrollmentEnded(const std::string& program_id,
                                    const std::string& program_name) {
  return Make(NotificationKind::kEnrollmentEnded,
              {{"program_id", program_id}, {"program_name", program_name}}, "/programs");
}

NotificationContent SafeguardingPaused(const std::string& organisation_id,
                                       const std::string& program_id,
                                       const std::string& program_name, int paused,
                                       int requests_withdrawn, int proposals_withdrawn) {
  return Make(NotificationKind::kSafeguardingPaused,
              {{"program_id", program_id},
               {"program_name", program_name},
               {"paused", std::to_string(paused)},
               {"requests_withdrawn", std::to_string(requests_withdrawn)},
               {"proposals_withdrawn", std::to_string(proposals_withdrawn)}},
              "/orgs/" + organisation_id + "/programs/" + program_id);
}

NotificationContent MessageFlagged(const std::string& organisation_id,
                                   const std::string& program_id, const std::string& program_name,
                                   const std::string& relationship_id,
                                   const std::string& message_id) {
  return Make(NotificationKind::kMessageFlagged,
              {{"program_id", program_id},
               {"program_name", program_name},
               {"relationship_id", relationship_id},
               {"message_id", message_id}},
              "/orgs/" + organisation_id + "/safety");
}

NotificationContent SafetyReportFiled(const std::string& organisation_id,
                                      const std::string& program_id,
                                      const std::string& program_name,
                                      const std::string& relationship_id,
                                      const std::string& report_id, std::string_view report_kind) {
  return Make(NotificationKind::kSafetyReport,
              {{"program_id", program_id},
               {"program_name", program_name},
               {"relationship_id", relationship_id},
               {"report_id", report_id},
               {"report_kind", std::string(report_kind)}},
              "/orgs/" + organisation_id + "/safety");
}

NotificationContent CaseloadAssigned(const std::string& organisation_id,
                                     const std::string& relationship_id,
                                     const std::string& program_name,
                                     const std::string& mentee_name,
                                     const std::string& mentor_name) {
  return Make(NotificationKind::kCaseloadAssigned,
              {{"relationship_id", relationship_id},
               {"program_name", program_name},
               {"mentee_name", mentee_name},
               {"mentor_name", mentor_name}},
              "/orgs/" + organisation_id + "/caseload");
}

NotificationContent PulseSurveyDue(const std::string& organisation_id, const std::string& survey_id,
                                   const std::string& program_name, const std::string& other_name) {
  return Make(
      NotificationKind::kPulseSurveyDue,
      {{"survey_id", survey_id}, {"program_name", program_name}, {"other_name", other_name}},
      "/orgs/" + organisation_id + "/pulse-surveys/" + survey_id);
}

NotificationContent MeetingProposed(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingProposed, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

NotificationContent MeetingSuggested(const std::string& relationship_id,
                                     const std::string& meeting_id, const std::string& program_name,
                                     const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingSuggested, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

NotificationContent MeetingAccepted(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingAccepted, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

NotificationContent MeetingDeclined(const std::string& relationship_id,
                                    const std::string& meeting_id, const std::string& program_name,
                                    const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingDeclined, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

NotificationContent MeetingRescheduled(const std::string& relationship_id,
                                       const std::string& meeting_id,
                                       const std::string& program_name,
                                       const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingRescheduled, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

NotificationContent MeetingCancelled(const std::string& relationship_id,
                                     const std::string& meeting_id, const std::string& program_name,
                                     const std::string& other_name, Millis start_at) {
  return MeetingContent(NotificationKind::kMeetingCancelled, relationship_id, meeting_id,
                        program_name, other_name, start_at);
}

}  // namespace tandem::domain
