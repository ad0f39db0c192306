// Program norms, agreement versions, acceptances and guardians' links (domain/agreement.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_AGREEMENTS_PORT_H_
#define TANDEM_APP_PORTS_AGREEMENTS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "domain/agreement.h"

namespace tandem::app {

class AgreementsPort {
 public:
  virtual ~AgreementsPort() = default;

  // The program's norms; empty when none were ever saved.
  virtual Result<std::optional<domain::ProgramNorms>> FindProgramNorms(
      const std::string& org_id, const std::string& program_id) = 0;
  // Inserts or replaces the program's norms (NotFound when the program does not exist).
  virtual Status SaveProgramNorms(const domain::ProgramNorms& n) = 0;

  // AlreadyExists when the program already has this version number (so of two concurrent
  // publishers of version N+1 exactly one succeeds).
  virtual Status InsertAgreementVersion(const domain::AgreementVersion& v) = 0;
  // The program's newest version; empty when it has none.
  virtual Result<std::optional<domain::AgreementVersion>> FindLatestAgreementVersion(
      const std::string& org_id, const std::string& program_id) = 0;
  virtual Result<domain::AgreementVersion> GetAgreementVersion(const std::string& org_id,
                                                               const std::string& program_id,
                                                               int version) = 0;
  // Every version of the program, newest first (a program publishes a handful).
  virtual Result<std::vector<domain::AgreementVersion>> ListAgreementVersions(
      const std::string& org_id, const std::string& program_id) = 0;

  // Records an acceptance; true when it is new, false when the party had already accepted that
  // version (acceptance is idempotent: the first time stays).
  virtual Result<bool> InsertAgreementAcceptance(const domain::AgreementAcceptance& a) = 0;
  // The relationship's acceptances, oldest first (accepted_at, then party).
  virtual Result<std::vector<domain::AgreementAcceptance>> ListAgreementAcceptances(
      const std::string& org_id, const std::string& relationship_id) = 0;

  virtual Status InsertGuardianLink(const domain::GuardianLink& l) = 0;  // AlreadyExists: hash
  // Ends every link of the relationship still valid at `now` (expires_at becomes `now`): a
  // new link replaces them. The number of links ended.
  virtual Result<int> ExpireGuardianLinks(const std::string& org_id,
                                          const std::string& relationship_id, Millis now) = 0;
  virtual Result<std::optional<domain::GuardianLink>> FindGuardianLink(
      const std::string& token_hash) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_AGREEMENTS_PORT_H_
