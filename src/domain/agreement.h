// Program norms and the mentoring agreement (issue 10, point 1).
//
// A program carries its norms (expectations, meeting frequency, confidentiality, how to end a
// relationship: bounded structured fields) and a versioned agreement template: publishing a new
// text makes version N+1; earlier versions stay readable (what someone accepted is what they
// saw). When a program has a published agreement, a relationship that would become active waits
// in "awaiting_agreement" (holding the mentor's place like "proposed") until every required
// party has accepted the current version: the mentee, the mentor and, when the mentee is
// protected in the program (domain/safeguarding.h: decided by the program and a coordinator's
// mark, never lifted by what the child ticks), a guardian through an emailed link. A newer
// version leaves active pairs active but flagged as needing re-acceptance until they accept it.
#ifndef TANDEM_DOMAIN_AGREEMENT_H_
#define TANDEM_DOMAIN_AGREEMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/relationship.h"

namespace tandem::domain {

// Bounds on the text people write (characters, counted as UTF-8 code points).
inline constexpr size_t kMaxNormsFieldChars = 2000;
inline constexpr size_t kMaxAgreementTextChars = 20000;
// How long a guardian's link works.
inline constexpr Millis kGuardianLinkLifetime = 14LL * 24 * 60 * 60 * 1000;
// Wrong guardian-link tokens from one address within the window before it is refused (429).
inline constexpr int kMaxGuardianLinkFailures = 30;
inline constexpr Millis kGuardianLinkFailureWindow = 15LL * 60 * 1000;

struct ProgramNorms {
  std::string organisation_id;
  std::string program_id;
  std::string expectations;
  std::string meeting_frequency;
  std::string confidentiality;
  std::string ending;  // how to end a relationship
  // Days between meetings, for the next meeting Tandem proposes after one is held
  // (domain/meeting.h): 1..kMaxMeetingCadenceDays, or 0 for the audience's default.
  int meeting_cadence_days = 0;
  // Days between the relationship manager's check-ins (domain/checkin.h): 1..365, or 0 for the
  // audience's default (youth 30, adult 45).
  int checkin_cadence_days = 0;
  // Pulse surveys (domain/pulse.h): the first at this many days after activation, then every
  // pulse_every_days; 0 for the defaults (30, 60).
  int pulse_first_days = 0;
  int pulse_every_days = 0;
  Millis updated_at = 0;
};
// InvalidArgument naming the field that is longer than kMaxNormsFieldChars or holds control
// characters other than newlines and tabs.
Status ValidateNorms(const ProgramNorms& n);

struct AgreementVersion {
  std::string organisation_id;
  std::string program_id;
  int version = 0;  // 1, 2, ...
  std::string text;
  std::string published_by;  // person id
  Millis published_at = 0;
};
// InvalidArgument when the text is empty (after trimming) or longer than kMaxAgreementTextChars.
Status ValidateAgreementText(std::string_view text);

enum class AgreementParty { kMentee, kMentor, kGuardian };
std::string_view AgreementPartyName(AgreementParty p);  // "mentee", "mentor", "guardian"
std::optional<AgreementParty> ParseAgreementParty(std::string_view s);

struct AgreementAcceptance {
  std::string organisation_id;
  std::string relationship_id;
  AgreementParty party = AgreementParty::kMentee;
  std::string person_id;  // '' for the guardian (no account)
  int version = 0;
  Millis accepted_at = 0;
};

// A guardian's single-purpose link: one relationship, one version, until expires_at. Only the
// hash of its token is stored.
struct GuardianLink {
  std::string token_hash;
  std::string organisation_id;
  std::string relationship_id;
  int version = 0;
  std::string email;  // where it was sent
  Millis created_at = 0;
  Millis expires_at = 0;
};

// Who must accept: the mentee and the mentor, and a guardian when the mentee is protected.
std::vector<AgreementParty> RequiredParties(bool guardian_required);
// The required parties that have not accepted `version`, in RequiredParties order.
std::vector<AgreementParty> PendingParties(const std::vector<AgreementParty>& required,
                                           const std::vector<AgreementAcceptance>& acceptances,
                                           int version);

// Whether a relationship's agreement can be accepted now: FailedPrecondition when it is not
// awaiting the agreement or active (declined, ended, proposed, paused), when the program has no
// agreement (current_version 0), or when `version` is not the current one (an older version
// once a newer exists, or one that does not exist).
Status CheckAcceptable(const Relationship& r, int version, int current_version);

// A relationship that would become active waits for the agreement instead: active ->
// awaiting_agreement (FailedPrecondition otherwise). Sets updated_at.
Status AwaitAgreement(Relationship& r, Millis now);
// Every required party has accepted the current version: awaiting_agreement -> active.
// FailedPrecondition unless awaiting the agreement. Sets updated_at.
Status CompleteAgreement(Relationship& r, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_AGREEMENT_H_
