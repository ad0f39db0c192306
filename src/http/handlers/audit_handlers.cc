#include "app/audit.h"
#include "http/handlers/common.h"
#include "http/json/audit_codec.h"

namespace tandem::http {

namespace {

// ?limit= (1..200, default 50) and ?cursor= (opaque, from the previous page).
Result<app::AuditPageRequest> PageFrom(const RequestContext& rc) {
  app::AuditPageRequest page;
  const std::string limit = rc.request.Query("limit");
  if (!limit.empty()) {
    if (limit.size() > 3 || limit.find_first_not_of("0123456789") != std::string::npos)
      return FieldInvalid("limit", "must be a whole number between 1 and " +
                                       std::to_string(app::kMaxPageSize));
    page.limit = std::stoi(limit);
  }
  page.cursor = rc.request.Query("cursor");
  return page;
}

}  // namespace

void RegisterAuditRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations/{org}/audit", [&ctx](RequestContext& rc) {
    auto page = PageFrom(rc);
    if (!page.ok()) return ProblemResponse(page.status());
    return Respond(app::ListAuditLog(ctx, rc.caller, rc.Param("org"), *page),
                   json::AuditPageJson);
  });

  router.Add("GET", "/api/v1/admin/audit", [&ctx](RequestContext& rc) {
    auto page = PageFrom(rc);
    if (!page.ok()) return ProblemResponse(page.status());
    return Respond(app::ListPlatformAuditLog(ctx, rc.caller, *page), json::AuditPageJson);
  });
}

}  // namespace tandem::http
