// The audit log's use cases, and RecordAudit: the one way actions write to it.
//
// Recording: call RecordAudit(tx, entry) inside the same transaction as the action it records,
// so the action and its entry commit together or not at all. Build the entry with
// NewAuditEntry (actor = the caller, created_at = now):
//
//   RETURN_IF_ERROR(RecordAudit(tx, NewAuditEntry(ctx, caller, AuditAction::kMemberRolesChanged,
//                                                 org_id, person_id,
//                                                 {{"from", "mentor"}, {"to", "coordinator"}})));
//
// Parameters are key/value strings for the web app to render (ids, role names, booleans as
// "true"/"false"); never sentences. Entries are never changed or deleted.
#ifndef TANDEM_APP_AUDIT_H_
#define TANDEM_APP_AUDIT_H_

#include <map>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/audit.h"

namespace tandem::app {

// Appends entry in tx; fills its id when empty. Internal when created_at is unset.
Status RecordAudit(Tx& tx, domain::AuditEntry entry);

// An entry for `caller` doing `action` now. The command line (Caller::is_system) has no actor.
domain::AuditEntry NewAuditEntry(const Context& ctx, const Caller& caller,
                                 domain::AuditAction action, std::string organisation_id,
                                 std::string subject_id = "",
                                 std::map<std::string, std::string> params = {});

// An organisation's entries, newest first: its administrators only (NotFound for outsiders,
// PermissionDenied for other members). InvalidArgument for a bad limit or cursor.
Result<Page<domain::AuditEntry>> ListAuditLog(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const PageRequest& page);
// The platform administrators' own actions (every organisation), platform admins only.
Result<Page<domain::AuditEntry>> ListPlatformAuditLog(const Context& ctx, const Caller& caller,
                                                      const PageRequest& page);

}  // namespace tandem::app

#endif  // TANDEM_APP_AUDIT_H_
