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
#include "domain/audit.h"

namespace tandem::app {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 200;

// Appends entry in tx; fills its id when empty. Internal when created_at is unset.
Status RecordAudit(Tx& tx, domain::AuditEntry entry);

// An entry for `caller` doing `action` now. The command line (Caller::is_system) has no actor.
domain::AuditEntry NewAuditEntry(const Context& ctx, const Caller& caller,
                                 domain::AuditAction action, std::string organisation_id,
                                 std::string subject_id = "",
                                 std::map<std::string, std::string> params = {});

struct AuditPageRequest {
  int limit = kDefaultPageSize;  // 1..kMaxPageSize, else InvalidArgument naming "limit"
  std::string cursor;            // empty = first page; else next_cursor of the previous page
};
struct AuditPage {
  std::vector<domain::AuditEntry> items;
  std::string next_cursor;  // empty on the last page
};

// An organisation's entries, newest first: its administrators only (NotFound for outsiders,
// PermissionDenied for other members). InvalidArgument for a bad limit or cursor.
Result<AuditPage> ListAuditLog(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const AuditPageRequest& page);
// The platform administrators' own actions (every organisation), platform admins only.
Result<AuditPage> ListPlatformAuditLog(const Context& ctx, const Caller& caller,
                                       const AuditPageRequest& page);

}  // namespace tandem::app

#endif  // TANDEM_APP_AUDIT_H_
