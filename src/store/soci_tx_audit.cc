// SociTx: the append-only audit log. Only INSERT and SELECT here; the migration's triggers
// refuse UPDATE and DELETE on both databases.
#include <soci/soci.h>

#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/params_json.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kAuditNewestFirst = NewestFirst("a.");

}  // namespace

Status SociTx::InsertAuditEntry(const domain::AuditEntry& e) {
  return Run("InsertAuditEntry", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO audit_log (id, organisation_id, platform, actor_id, action, subject_id,"
              " params, created_at) VALUES (:id, :org, :platform, :actor, :action, :subject,"
              " :params, :created_at) ON CONFLICT DO NOTHING")
            .Use("id", e.id)
            .UseNullable("org", e.organisation_id)
            .UseBool("platform", domain::IsPlatformAuditAction(e.action))
            .UseNullable("actor", e.actor_id)
            .Use("action", domain::AuditActionName(e.action))
            .UseNullable("subject", e.subject_id)
            .Use("params", EncodeParams(e.params))
            .UseInt("created_at", e.created_at)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("An audit entry with this id already exists.");
  });
}

Result<app::PageRows<domain::AuditEntry>> SociTx::ListAuditEntries(
    const std::string& organisation_id, const app::PageQuery& page) {
  return Run("ListAuditEntries", [&]() -> Result<app::PageRows<domain::AuditEntry>> {
    RETURN_IF_ERROR(kAuditNewestFirst.Check(page));
    std::string text =
        "SELECT a.id, a.organisation_id, a.actor_id, a.action, a.subject_id, a.params,"
        " a.created_at, actor.name, subject.name FROM audit_log a"
        " LEFT JOIN people actor ON actor.id = a.actor_id"
        " LEFT JOIN people subject ON subject.id = a.subject_id WHERE ";
    text += organisation_id.empty() ? "a.platform = 1" : "a.organisation_id = :org";
    text += kAuditNewestFirst.Condition(page) + kAuditNewestFirst.OrderBy(page);
    Query query(sql_, text);
    if (!organisation_id.empty()) query.Use("org", organisation_id);
    kAuditNewestFirst.Bind(query, page);
    domain::AuditEntry e;
    std::string params;
    query.Into(e.id)
        .IntoNullable(e.organisation_id)
        .IntoNullable(e.actor_id)
        .IntoEnum(e.action, &domain::ParseAuditAction, "audit_log.action")
        .IntoNullable(e.subject_id)
        .Into(params)
        .Into(e.created_at)
        .IntoNullable(e.actor_name)
        .IntoNullable(e.subject_name);
    std::vector<domain::AuditEntry> out;
    while (query.Next()) {
      e.params = DecodeParams(params, "audit_log.params");
      out.push_back(e);
    }
    return TakePage(std::move(out), page, [](const domain::AuditEntry& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

}  // namespace tandem::store
