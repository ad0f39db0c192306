#include "app/notifications.h"
#include "http/handlers/common.h"
#include "http/json/notification_codec.h"

namespace tandem::http {

void RegisterNotificationRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/me/notifications", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListMyNotifications(ctx, rc.caller, PageFrom(rc)),
                       json::NotificationJson);
  });
  router.Add("POST", "/api/v1/me/notifications/{id}/read", [&ctx](RequestContext& rc) {
    return RespondStatus(app::MarkNotificationRead(ctx, rc.caller, rc.Param("id")));
  });
}

}  // namespace tandem::http
