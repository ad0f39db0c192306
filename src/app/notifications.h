// A person's in-app notifications.
#ifndef TANDEM_APP_NOTIFICATIONS_H_
#define TANDEM_APP_NOTIFICATIONS_H_

#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "app/store.h"
#include "domain/notification.h"

namespace tandem::app {

// Newest first.
Result<Page<domain::Notification>> ListMyNotifications(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page);
Status MarkNotificationRead(const Context& ctx, const Caller& caller, const std::string& id);

// Inside a use case's transaction: tells `person_id` what `content` says (built by one of the
// constructors in domain/notification.h), about organisation `org_id`, at `now`. Internal when
// the content's parameters do not fit its kind (a programming error; nothing is written).
Status Notify(Tx& tx, const std::string& person_id, const std::string& org_id, Millis now,
              domain::NotificationContent content);

}  // namespace tandem::app

#endif  // TANDEM_APP_NOTIFICATIONS_H_
