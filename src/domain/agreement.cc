#include "domain/agreement.h"

#include <algorithm>
#include <utility>

#include "domain/enum_names.h"

namespace tandem::domain {
namespace {

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t' && c != '\r') || u == 0x7F;
  });
}

Status CheckText(std::string_view field, std::string_view text, size_t max) {
  if (CodePoints(text) > max)
    return FieldInvalid(std::string(field),
                        "must be at most " + std::to_string(max) + " characters");
  if (HasControl(text)) return FieldInvalid(std::string(field), "must not hold control characters");
  return Status::Ok();
}

}  // namespace

Status ValidateNorms(const ProgramNorms& n) {
  RETURN_IF_ERROR(CheckText("expectations", n.expectations, kMaxNormsFieldChars));
  RETURN_IF_ERROR(CheckText("meeting_frequency", n.meeting_frequency, kMaxNormsFieldChars));
  RETURN_IF_ERROR(CheckText("confidentiality", n.confidentiality, kMaxNormsFieldChars));
  RETURN_IF_ERROR(CheckText("ending", n.ending, kMaxNormsFieldChars));
  if (n.meeting_cadence_days < 0 || n.meeting_cadence_days > 365)
    return FieldInvalid("meeting_cadence_days",
                        "must be between 1 and 365 days, or 0 for the program's default");
  for (auto [field, days] :
       {std::pair<const char*, int>{"checkin_cadence_days", n.checkin_cadence_days},
        {"pulse_first_days", n.pulse_first_days},
        {"pulse_every_days", n.pulse_every_days}})
    if (days < 0 || days > 365)
      return FieldInvalid(field, "must be between 1 and 365 days, or 0 for the program's default");
  return Status::Ok();
}

Status ValidateAgreementText(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return FieldInvalid("text", "an agreement needs some text");
  return CheckText("text", text, kMaxAgreementTextChars);
}

std::string_view AgreementPartyName(AgreementParty p) {
  switch (p) {
    case AgreementParty::kMentee: return "mentee";
    case AgreementParty::kMentor: return "mentor";
    case AgreementParty::kGuardian: return "guardian";
  }
  return "";
}
std::optional<AgreementParty> ParseAgreementParty(std::string_view s) {
  static constexpr AgreementParty kAll[] = {AgreementParty::kMentee, AgreementParty::kMentor,
                                            AgreementParty::kGuardian};
  return ParseByName(s, kAll, AgreementPartyName);
}

std::vector<AgreementParty> RequiredParties(bool guardian_required) {
  std::vector<AgreementParty> out = {AgreementParty::kMentee, AgreementParty::kMentor};
  if (guardian_required) out.push_back(AgreementParty::kGuardian);
  return out;
}

std::vector<AgreementParty> PendingParties(const std::vector<AgreementParty>& required,
                                           const std::vector<AgreementAcceptance>& acceptances,
                                           int version) {
  std::vector<AgreementParty> out;
  for (AgreementParty p : required) {
    bool done = std::any_of(acceptances.begin(), acceptances.end(), [&](const auto& a) {
      return a.party == p && a.version == version;
    });
    if (!done) out.push_back(p);
  }
  return out;
}

Status CheckAcceptable(const Relationship& r, int version, int current_version) {
  if (r.status != RelationshipStatus::kAwaitingAgreement &&
      r.status != RelationshipStatus::kActive)
    return FailedPrecondition("This match is " + std::string(RelationshipStatusName(r.status)) +
                              "; its agreement cannot be accepted.");
  if (current_version == 0)
    return FailedPrecondition("This program has no agreement to accept.");
  if (version != current_version)
    return FailedPrecondition("Version " + std::to_string(version) +
                              " is not the current agreement; accept version " +
                              std::to_string(current_version) + ".");
  return Status::Ok();
}

Status AwaitAgreement(Relationship& r, Millis now) {
  if (r.status != RelationshipStatus::kActive)
    return FailedPrecondition("Only a match becoming active waits for the agreement; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = RelationshipStatus::kAwaitingAgreement;
  r.updated_at = now;
  return Status::Ok();
}

Status CompleteAgreement(Relationship& r, Millis now) {
  if (r.status != RelationshipStatus::kAwaitingAgreement)
    return FailedPrecondition("This match is not awaiting its agreement; it is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = RelationshipStatus::kActive;
  r.updated_at = now;
  return Status::Ok();
}

}  // namespace tandem::domain
