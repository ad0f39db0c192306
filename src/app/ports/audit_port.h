// The audit log (append-only).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_AUDIT_PORT_H_
#define TANDEM_APP_PORTS_AUDIT_PORT_H_

#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/audit.h"

namespace tandem::app {

class AuditPort {
 public:
  virtual ~AuditPort() = default;

  // Audit log: append-only. There is deliberately no method to change or delete an entry (and
  // the database refuses UPDATE and DELETE on the table). Use cases call app::RecordAudit
  // (app/audit.h) rather than this directly. AlreadyExists: id.
  virtual Status InsertAuditEntry(const domain::AuditEntry& e) = 0;

  // An organisation's entries, or (organisation_id empty) the platform administrators'
  // actions in every organisation; newest first (created_at, id descending; key: created_at,
  // id); actor_name and subject_name filled from people.
  virtual Result<PageRows<domain::AuditEntry>> ListAuditEntries(const std::string& organisation_id,
                                                                const PageQuery& page) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_AUDIT_PORT_H_
