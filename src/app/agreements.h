// Program norms and the mentoring agreement (domain/agreement.h): coordinators edit norms and
// publish versions; the parties of a relationship accept the current version (a protected
// mentee's guardian through an emailed link without an account); a relationship waits for it
// before it becomes active.
//
// Locks: accepting takes the pair's participant locks (Tx::LockParticipants) and reads the
// relationship and the program's newest version again under them; publishing inserts version
// N+1, which the primary key makes unique (two concurrent publishers: one gets AlreadyExists).
#ifndef TANDEM_APP_AGREEMENTS_H_
#define TANDEM_APP_AGREEMENTS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/agreement.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::app {

// A program's norms (empty fields when never saved) and its versions, newest first.
struct ProgramAgreementView {
  domain::ProgramNorms norms;
  std::vector<domain::AgreementVersion> versions;
};
// Members who may see the program (kListPrograms; drafts for staff only) read it.
Result<ProgramAgreementView> GetProgramAgreement(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const std::string& program_id);
// One version's text, for the same readers.
Result<domain::AgreementVersion> GetAgreementVersion(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id, int version);
// Staff who edit the program (kEditProgram) replace its norms.
Result<domain::ProgramNorms> SaveProgramNorms(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              domain::ProgramNorms norms);
// Staff who edit the program publish version N+1. Every awaiting-agreement and active
// relationship of the program is asked to accept it: both people are notified (kind
// "agreement_updated") and a protected mentee's guardian is sent a new link.
Result<domain::AgreementVersion> PublishAgreement(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& program_id,
                                                  const std::string& text);

// A relationship's agreement as its parties and staff see it.
struct RelationshipAgreementView {
  domain::Relationship relationship;
  std::string program_name;
  std::optional<domain::AgreementVersion> current;  // none: the program has no agreement
  std::vector<domain::AgreementParty> required;
  std::vector<domain::AgreementParty> pending;  // required parties yet to accept `current`
  std::vector<domain::AgreementAcceptance> acceptances;  // every version, oldest first
  // Active but a required party has not accepted the current version.
  bool needs_reacceptance = false;
  // The side the viewer accepts for (none for staff).
  std::optional<domain::AgreementParty> viewer_party;
};
Result<RelationshipAgreementView> GetRelationshipAgreement(const Context& ctx,
                                                           const Caller& caller,
                                                           const std::string& org_id,
                                                           const std::string& relationship_id);
// The mentee or the mentor accepts `version` for their own side. Idempotent. FailedPrecondition
// for an old or unknown version, a program without agreement, or a relationship that is not
// awaiting its agreement or active. The last required acceptance makes an awaiting relationship
// active (both people are notified, kind "match_confirmed").
Result<RelationshipAgreementView> AcceptAgreement(const Context& ctx, const Caller& caller,
                                                  const std::string& org_id,
                                                  const std::string& relationship_id,
                                                  int version);
// Staff send (again) the guardian's link for the current version: FailedPrecondition when no
// guardian is needed, the mentee's profile has no guardian email, the guardian has already
// accepted, or the relationship is not awaiting its agreement or active.
Result<RelationshipAgreementView> SendGuardianLink(const Context& ctx, const Caller& caller,
                                                   const std::string& org_id,
                                                   const std::string& relationship_id);

// What a guardian's link shows: nothing more than the agreement, the program and the first
// name of the mentee and the mentor's name.
struct GuardianAgreementView {
  std::string program_name;
  std::string mentee_first_name;
  std::string mentor_name;
  int version = 0;
  std::string text;
  bool accepted = false;
  Millis expires_at = 0;
};
// NotFound ("This link is not valid.") for an unknown, expired or superseded token, or one
// whose relationship can no longer be accepted; wrong tokens are counted per address and
// answered ResourceExhausted once too many arrive (domain::kMaxGuardianLinkFailures).
Result<GuardianAgreementView> PreviewGuardianAgreement(const Context& ctx,
                                                       const std::string& token,
                                                       const std::string& remote_address);
Result<GuardianAgreementView> AcceptGuardianAgreement(const Context& ctx,
                                                      const std::string& token,
                                                      const std::string& remote_address);

// Called where a relationship has just become active (created by a round or a request, or
// accepted by its second side, resumed): when the program has a published agreement that a
// required party has not accepted yet, it waits for it instead (domain::AwaitAgreement, written)
// and the guardian's link is sent when one is needed and the mentee's profile has a guardian
// email. Does nothing otherwise.
Status HoldForAgreement(const Context& ctx, Tx& tx, domain::Relationship& r, Millis now);

}  // namespace tandem::app

#endif  // TANDEM_APP_AGREEMENTS_H_
