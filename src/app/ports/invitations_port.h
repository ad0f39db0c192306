// Invitations to an organisation (stored by the hash of their token).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_INVITATIONS_PORT_H_
#define TANDEM_APP_PORTS_INVITATIONS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/access.h"

namespace tandem::app {

class InvitationsPort {
 public:
  virtual ~InvitationsPort() = default;

  virtual Status InsertInvitation(const domain::Invitation& inv) = 0;
  virtual Result<std::optional<domain::Invitation>> FindInvitationByTokenHash(
      const std::string& token_hash) = 0;

  virtual Result<domain::Invitation> GetInvitation(const std::string& org_id,
                                                   const std::string& id) = 0;

  // Newest first (created_at, id descending; key: created_at, id), invited_by_name filled.
  virtual Result<PageRows<domain::Invitation>> ListInvitations(const std::string& org_id,
                                                               const PageQuery& page) = 0;

  Result<std::vector<domain::Invitation>> ListInvitations(const std::string& org_id) {
    return EveryRow(ListInvitations(org_id, kEveryRow));
  }

  virtual Status SetInvitationStatus(const std::string& org_id, const std::string& id,
                                     domain::InvitationStatus status) = 0;

  // Serialises decisions about one invitation (accept, revoke) until the transaction ends
  // (PostgreSQL: SELECT … FOR UPDATE; SQLite: existence check). NotFound when missing. Taken
  // before participant locks.
  virtual Status LockInvitation(const std::string& org_id, const std::string& id) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_INVITATIONS_PORT_H_
