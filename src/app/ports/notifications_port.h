// In-app notifications.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_NOTIFICATIONS_PORT_H_
#define TANDEM_APP_PORTS_NOTIFICATIONS_PORT_H_

#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/notification.h"

namespace tandem::app {

class NotificationsPort {
 public:
  virtual ~NotificationsPort() = default;

  virtual Status InsertNotification(const domain::Notification& n) = 0;

  // One notification by id, whoever it is addressed to (the use case decides through
  // domain/notification_policy.h); NotFound when there is none.
  virtual Result<domain::Notification> GetNotification(const std::string& id) = 0;

  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::Notification>> ListNotifications(const std::string& person_id,
                                                                   const PageQuery& page) = 0;

  virtual Status MarkNotificationRead(const std::string& person_id, const std::string& id,
                                      Millis at) = 0;  // NotFound for another person's
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_NOTIFICATIONS_PORT_H_
