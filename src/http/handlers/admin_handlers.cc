#include "app/admin.h"
#include "http/handlers/common.h"
#include "http/json/outbox_codec.h"

namespace tandem::http {

void RegisterAdminRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/admin/outbox", [&ctx](RequestContext& rc) {
    return Respond(app::ListOutbox(ctx, rc.caller, PageFrom(rc)), json::OutboxJson);
  });
  // Public: whether this server delivers mail, so the web app can say when it does not (the
  // forgot-password and invitation screens). Reveals nothing else.
  router.Add("GET", "/api/v1/mail/status", [&ctx](RequestContext&) {
    return JsonResponse(200, json::MailStatusJson(ctx.mail_mode));
  });
}

}  // namespace tandem::http
