// Password resets and the requests for them.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PASSWORD_RESETS_PORT_H_
#define TANDEM_APP_PORTS_PASSWORD_RESETS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/access.h"

namespace tandem::app {

class PasswordResetsPort {
 public:
  virtual ~PasswordResetsPort() = default;

  virtual Status InsertPasswordReset(const domain::PasswordReset& r) = 0;
  virtual Result<std::optional<domain::PasswordReset>> FindPasswordReset(
      const std::string& token_hash) = 0;

  // Marks an unused reset used: FailedPrecondition when it is already used (so of two
  // concurrent confirmations exactly one succeeds), NotFound when unknown.
  virtual Status MarkPasswordResetUsed(const std::string& token_hash) = 0;

  // Marks every unused reset of the person used (after a completed reset); OK when none.
  virtual Status MarkPasswordResetsOfPersonUsed(const std::string& person_id) = 0;

  // Password-reset requests (domain::PasswordResetRequest). Insert also deletes every request
  // older than domain::kResetRequestRetention.
  virtual Status InsertPasswordResetRequest(const domain::PasswordResetRequest& r) = 0;

  // Requests from `address` (any account, mailed or not) at or after `since`: their times,
  // oldest first.
  virtual Result<std::vector<Millis>> ListPasswordResetRequestTimesFromAddress(
      const std::string& address, Millis since) = 0;

  // Mailed requests for `account` at or after `since`.
  virtual Result<int> CountPasswordResetMails(const std::string& account, Millis since) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PASSWORD_RESETS_PORT_H_
