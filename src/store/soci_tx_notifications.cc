// SociTx: in-app notifications (global, keyed by the person they are for). A notification is a
// kind plus parameters (domain/notification.h), stored as a JSON object of strings.
#include <soci/soci.h>

#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/params_json.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kNotificationsNewestFirst = NewestFirst();

constexpr char kNotificationColumns[] =
    "id, person_id, organisation_id, kind, params, link, created_at, read_at";

}  // namespace

Status SociTx::InsertNotification(const domain::Notification& n) {
  return Run("InsertNotification", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO notifications (") + kNotificationColumns +
                        ") VALUES (:id, :person, :org, :kind, :params, :link, :created_at,"
                        " :read_at) ON CONFLICT DO NOTHING")
            .Use("id", n.id)
            .Use("person", n.person_id)
            .UseNullable("org", n.organisation_id)
            .Use("kind", domain::NotificationKindName(n.kind))
            .Use("params", EncodeParams(n.params))
            .Use("link", n.link)
            .UseInt("created_at", n.created_at)
            .UseNullableInt("read_at", n.read_at)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("A notification with this id already exists.");
  });
}

namespace {

// Reads a notification row (kNotificationColumns, in order) into `n`; `params` holds the JSON
// until the row is decoded with DecodeInto.
struct NotificationRow {
  domain::Notification n;
  std::string params;

  void Bind(Query& q) {
    q.Into(n.id).Into(n.person_id).IntoNullable(n.organisation_id);
    q.IntoEnum(n.kind, &domain::ParseNotificationKind, "notifications.kind");
    q.Into(params).Into(n.link).Into(n.created_at).IntoNullable(n.read_at);
  }
  domain::Notification Decoded() {
    domain::Notification out = n;
    out.params = DecodeParams(params, "notifications.params");
    return out;
  }
};

}  // namespace

Result<app::PageRows<domain::Notification>> SociTx::ListNotifications(
    const std::string& person_id, const app::PageQuery& page) {
  return Run("ListNotifications", [&]() -> Result<app::PageRows<domain::Notification>> {
    RETURN_IF_ERROR(kNotificationsNewestFirst.Check(page));
    NotificationRow row;
    Query q(sql_, std::string("SELECT ") + kNotificationColumns +
                      " FROM notifications WHERE person_id = :person" +
                      kNotificationsNewestFirst.Condition(page) +
                      kNotificationsNewestFirst.OrderBy(page));
    q.Use("person", person_id);
    kNotificationsNewestFirst.Bind(q, page);
    row.Bind(q);
    std::vector<domain::Notification> out;
    while (q.Next()) out.push_back(row.Decoded());
    return TakePage(std::move(out), page, [](const domain::Notification& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Result<domain::Notification> SociTx::GetNotification(const std::string& id) {
  return Run("GetNotification", [&]() -> Result<domain::Notification> {
    NotificationRow row;
    Query q(sql_, std::string("SELECT ") + kNotificationColumns +
                      " FROM notifications WHERE id = :id");
    q.Use("id", id);
    row.Bind(q);
    if (!q.Next()) return NotFound("The notification does not exist.");
    return row.Decoded();
  });
}

Status SociTx::MarkNotificationRead(const std::string& person_id, const std::string& id,
                                    Millis at) {
  return Run("MarkNotificationRead", [&]() -> Status {
    // Both databases count a matched row as changed even when read_at stays as it was.
    long long updated = Query(sql_,
                              "UPDATE notifications SET read_at = COALESCE(read_at, :at)"
                              " WHERE id = :id AND person_id = :person")
                            .UseInt("at", at)
                            .Use("id", id)
                            .Use("person", person_id)
                            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The notification does not exist.");
  });
}

}  // namespace tandem::store
