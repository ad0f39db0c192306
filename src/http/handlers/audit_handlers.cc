#include "app/audit.h"
#include "http/handlers/common.h"
#include "http/json/audit_codec.h"

namespace tandem::http {

void RegisterAuditRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations/{org}/audit", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListAuditLog(ctx, rc.caller, rc.Param("org"), PageFrom(rc)),
                       json::AuditEntryJson);
  });

  router.Add("GET", "/api/v1/admin/audit", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListPlatformAuditLog(ctx, rc.caller, PageFrom(rc)),
                       json::AuditEntryJson);
  });
}

}  // namespace tandem::http
