#include "app/notifications.h"

#include "base/ids.h"
#include "domain/notification_policy.h"

namespace tandem::app {

Result<Page<domain::Notification>> ListMyNotifications(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("notifications", page));
  using Out = Page<domain::Notification>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListNotifications(caller.person_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Status MarkNotificationRead(const Context& ctx, const Caller& caller, const std::string& id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact([&](Tx& tx) -> Status {
    auto found = tx.GetNotification(id);
    if (!found.ok()) return found.status();
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, found->organisation_id));
    RETURN_IF_ERROR(
        domain::AuthorizeOnNotification(who, *found, domain::NotificationAction::kMarkRead));
    // The store scopes the write to the recipient too.
    return tx.MarkNotificationRead(found->person_id, id, now);
  });
}

Status Notify(Tx& tx, const std::string& person_id, const std::string& org_id, Millis now,
              domain::NotificationContent content) {
  Status valid = domain::ValidateNotificationParams(content.kind, content.params);
  if (!valid.ok()) return Internal(valid.message());
  domain::Notification n;
  n.id = NewId();
  n.person_id = person_id;
  n.organisation_id = org_id;
  n.kind = content.kind;
  n.params = std::move(content.params);
  n.link = std::move(content.link);
  n.created_at = now;
  return tx.InsertNotification(n);
}

}  // namespace tandem::app
