#include "app/audit.h"

#include "base/ids.h"

namespace tandem::app {

Status RecordAudit(Tx& tx, domain::AuditEntry entry) {
  if (entry.created_at <= 0) return Internal("audit entry without a time");
  if (entry.id.empty()) entry.id = NewId();
  return tx.InsertAuditEntry(entry);
}

domain::AuditEntry NewAuditEntry(const Context& ctx, const Caller& caller,
                                 domain::AuditAction action, std::string organisation_id,
                                 std::string subject_id,
                                 std::map<std::string, std::string> params) {
  domain::AuditEntry e;
  e.id = NewId();
  e.organisation_id = std::move(organisation_id);
  e.actor_id = caller.is_system ? "" : caller.person_id;
  e.action = action;
  e.subject_id = std::move(subject_id);
  e.params = std::move(params);
  e.created_at = ctx.clock.Now();
  return e;
}

Result<Page<domain::AuditEntry>> ListAuditLog(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const PageRequest& page) {
  using Out = Page<domain::AuditEntry>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, domain::Action::kViewAuditLog).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("audit", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListAuditEntries(org_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Result<Page<domain::AuditEntry>> ListPlatformAuditLog(const Context& ctx, const Caller& caller,
                                                      const PageRequest& page) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    domain::Action::kViewPlatformAudit));
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("platform_audit", page));
  using Out = Page<domain::AuditEntry>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListAuditEntries("", pager.query()));
    return pager.Close(std::move(rows));
  });
}

}  // namespace tandem::app
