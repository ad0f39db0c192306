// A person's in-app notifications.
#ifndef TANDEM_APP_NOTIFICATIONS_H_
#define TANDEM_APP_NOTIFICATIONS_H_

#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/notification.h"

namespace tandem::app {

// Newest first.
Result<Page<domain::Notification>> ListMyNotifications(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page);
Status MarkNotificationRead(const Context& ctx, const Caller& caller, const std::string& id);

}  // namespace tandem::app

#endif  // TANDEM_APP_NOTIFICATIONS_H_
