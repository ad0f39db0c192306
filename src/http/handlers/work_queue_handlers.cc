#include "app/work_queue.h"
#include "http/handlers/common.h"
#include "http/json/work_queue_codec.h"

namespace tandem::http {

void RegisterWorkQueueRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations/{org}/work-queue", [&ctx](RequestContext& rc) {
    return Respond(app::GetWorkQueue(ctx, rc.caller, rc.Param("org")), json::WorkQueueJson);
  });
}

}  // namespace tandem::http
