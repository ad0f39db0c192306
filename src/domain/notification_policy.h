// Who may do what with one in-app notification, from their relation to it (domain/party.h):
// a notice is its recipient's alone. Table tested in notification_policy_test.cc.
#ifndef TANDEM_DOMAIN_NOTIFICATION_POLICY_H_
#define TANDEM_DOMAIN_NOTIFICATION_POLICY_H_

#include <string_view>

#include "base/status.h"
#include "domain/notification.h"
#include "domain/party.h"

namespace tandem::domain {

enum class NotificationAction {
  kView,      // list it
  kMarkRead,  // mark it read
};
std::string_view NotificationActionName(NotificationAction a);
inline constexpr NotificationAction kAllNotificationActions[] = {NotificationAction::kView,
                                                                 NotificationAction::kMarkRead};

// The table: one relation, one action.
Decision NotificationDecision(Relation r, NotificationAction a);

RecordParties PartiesOf(const Notification& n);
Decision DecideOnNotification(const PartyActor& who, const Notification& n, NotificationAction a);
// As a Status; hidden is NotFound("No such notification.").
Status AuthorizeOnNotification(const PartyActor& who, const Notification& n,
                               NotificationAction a);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_NOTIFICATION_POLICY_H_
