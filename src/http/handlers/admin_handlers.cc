#include "app/admin.h"
#include "http/handlers/common.h"

namespace tandem::http {

void RegisterAdminRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/admin/outbox", [&ctx](RequestContext& rc) {
    return RespondList(app::ListOutbox(ctx, rc.caller), json::OutboxMessageJson);
  });
}

}  // namespace tandem::http
