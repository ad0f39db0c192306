#include "http/json/agreement_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {
namespace {

// Bytes a field may take on the wire: a character is at most 4 bytes of UTF-8; the domain
// then counts characters (domain::ValidateNorms, ValidateAgreementText).
constexpr size_t kNormsFieldBytes = 4 * domain::kMaxNormsFieldChars;
constexpr size_t kAgreementTextBytes = 4 * domain::kMaxAgreementTextChars;

Json PartiesJson(const std::vector<domain::AgreementParty>& parties) {
  Json out = Json::array();
  for (auto p : parties) out.push_back(domain::AgreementPartyName(p));
  return out;
}

}  // namespace

Json ProgramNormsJson(const domain::ProgramNorms& n) {
  return {{"expectations", n.expectations},
          {"meeting_frequency", n.meeting_frequency},
          {"confidentiality", n.confidentiality},
          {"ending", n.ending},
          {"meeting_cadence_days", n.meeting_cadence_days},
          {"checkin_cadence_days", n.checkin_cadence_days},
          {"pulse_first_days", n.pulse_first_days},
          {"pulse_every_days", n.pulse_every_days},
          {"updated_at", TimeJson(n.updated_at)}};
}

Json AgreementVersionJson(const domain::AgreementVersion& v) {
  return {{"program_id", v.program_id},
          {"version", v.version},
          {"text", v.text},
          {"published_at", TimeJson(v.published_at)}};
}

Json ProgramAgreementJson(const app::ProgramAgreementView& v) {
  Json versions = Json::array();
  for (const auto& x : v.versions) versions.push_back(AgreementVersionJson(x));
  return {{"program_id", v.norms.program_id},
          {"norms", ProgramNormsJson(v.norms)},
          {"versions", versions}};
}

Json RelationshipAgreementJson(const app::RelationshipAgreementView& v) {
  Json acceptances = Json::array();
  for (const auto& a : v.acceptances)
    acceptances.push_back({{"party", domain::AgreementPartyName(a.party)},
                           {"person_id", a.person_id.empty() ? Json() : Json(a.person_id)},
                           {"version", a.version},
                           {"accepted_at", TimeJson(a.accepted_at)}});
  return {{"relationship_id", v.relationship.id},
          {"relationship_status", domain::RelationshipStatusName(v.relationship.status)},
          {"program_id", v.relationship.program_id},
          {"program_name", v.program_name},
          {"current", v.current ? AgreementVersionJson(*v.current) : Json()},
          {"required_parties", PartiesJson(v.required)},
          {"pending_parties", PartiesJson(v.pending)},
          {"needs_reacceptance", v.needs_reacceptance},
          {"viewer_party",
           v.viewer_party ? Json(domain::AgreementPartyName(*v.viewer_party)) : Json()},
          {"acceptances", acceptances}};
}

Json GuardianAgreementJson(const app::GuardianAgreementView& v) {
  return {{"program_name", v.program_name},
          {"mentee_first_name", v.mentee_first_name},
          {"mentor_name", v.mentor_name},
          {"version", v.version},
          {"text", v.text},
          {"accepted", v.accepted},
          {"expires_at", TimeJson(v.expires_at)}};
}

Result<domain::ProgramNorms> DecodeProgramNorms(const Json& body) {
  ObjectReader r(body);
  domain::ProgramNorms n;
  auto expectations = r.String("expectations", kNormsFieldBytes);
  auto frequency = r.String("meeting_frequency", kNormsFieldBytes);
  auto confidentiality = r.String("confidentiality", kNormsFieldBytes);
  auto ending = r.String("ending", kNormsFieldBytes);
  auto cadence = r.OptionalInt("meeting_cadence_days");
  if (cadence && (*cadence < 0 || *cadence > 365))
    r.AddError("meeting_cadence_days",
               "must be between 1 and 365 days, or 0 for the program's default");
  auto days = [&r](const char* field) {
    auto v = r.OptionalInt(field);
    if (v && (*v < 0 || *v > 365)) {
      r.AddError(field, "must be between 1 and 365 days, or 0 for the program's default");
      return 0;
    }
    return v ? static_cast<int>(*v) : 0;
  };
  n.checkin_cadence_days = days("checkin_cadence_days");
  n.pulse_first_days = days("pulse_first_days");
  n.pulse_every_days = days("pulse_every_days");
  RETURN_IF_ERROR(r.Finish());
  n.expectations = *expectations;
  n.meeting_frequency = *frequency;
  n.confidentiality = *confidentiality;
  n.ending = *ending;
  n.meeting_cadence_days = cadence ? static_cast<int>(*cadence) : 0;
  return n;
}

Result<std::string> DecodeAgreementText(const Json& body) {
  ObjectReader r(body);
  auto text = r.String("text", kAgreementTextBytes);
  RETURN_IF_ERROR(r.Finish());
  return *text;
}

Result<int> DecodeAgreementAcceptance(const Json& body) {
  ObjectReader r(body);
  auto version = r.Int("version");
  RETURN_IF_ERROR(r.Finish());
  if (*version < 1 || *version > 1000000) return FieldInvalid("version", "must be a version number");
  return static_cast<int>(*version);
}

}  // namespace tandem::http::json
