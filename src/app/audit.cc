#include "app/audit.h"

#include "base/ids.h"

namespace tandem::app {

namespace {

Result<AuditQuery> QueryFor(std::string organisation_id, const AuditPageRequest& page) {
  if (page.limit < 1 || page.limit > kMaxPageSize)
    return FieldInvalid("limit", "must be between 1 and " + std::to_string(kMaxPageSize));
  AuditQuery q;
  q.organisation_id = std::move(organisation_id);
  q.limit = page.limit + 1;  // one more tells whether there is a next page
  if (!page.cursor.empty()) {
    q.after = domain::ParseAuditCursor(page.cursor);
    if (!q.after) return FieldInvalid("cursor", "is not a cursor from this list");
  }
  return q;
}

Result<AuditPage> ReadPage(Tx& tx, const AuditQuery& q, int limit) {
  AuditPage page;
  ASSIGN_OR_RETURN(page.items, tx.ListAuditEntries(q));
  if (static_cast<int>(page.items.size()) > limit) {
    page.items.resize(limit);
    const domain::AuditEntry& last = page.items.back();
    page.next_cursor = domain::EncodeAuditCursor({last.created_at, last.id});
  }
  return page;
}

}  // namespace

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

Result<AuditPage> ListAuditLog(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const AuditPageRequest& page) {
  return InReadTx<AuditPage>(ctx.store, [&](Tx& tx) -> Result<AuditPage> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, domain::Action::kViewAuditLog).status());
    ASSIGN_OR_RETURN(AuditQuery q, QueryFor(org_id, page));
    return ReadPage(tx, q, page.limit);
  });
}

Result<AuditPage> ListPlatformAuditLog(const Context& ctx, const Caller& caller,
                                       const AuditPageRequest& page) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    domain::Action::kViewPlatformAudit));
  ASSIGN_OR_RETURN(AuditQuery q, QueryFor("", page));
  return InReadTx<AuditPage>(ctx.store, [&](Tx& tx) { return ReadPage(tx, q, page.limit); });
}

}  // namespace tandem::app
