#include "http/handlers/common.h"

namespace tandem::http {

void RegisterHealthRoutes(Router& router, const app::Context& ctx, std::string openapi_yaml) {
  router.Add("GET", "/healthz", [](RequestContext&) {
    return JsonResponse(200, {{"status", "ok"}});
  });
  router.Add("GET", "/readyz", [&ctx](RequestContext&) {
    Status s = ctx.store.Ping();
    if (!s.ok()) return ProblemResponse(Unavailable("The database is not reachable."));
    return JsonResponse(200, {{"status", "ready"}});
  });
  router.Add("GET", "/api/v1/openapi.yaml", [spec = std::move(openapi_yaml)](RequestContext&) {
    HttpResponse r;
    r.SetHeader("Content-Type", "application/yaml; charset=utf-8");
    r.SetHeader("Cache-Control", "no-cache");
    r.body = spec;
    return r;
  });
}

}  // namespace tandem::http
