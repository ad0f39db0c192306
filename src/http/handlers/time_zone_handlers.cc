#include "base/time_zone.h"
#include "http/handlers/common.h"

namespace tandem::http {

// The time zone names a profile may hold (base/time_zone.h): the web app offers them and starts
// a new profile in the browser's zone only when it is one of them.
void RegisterTimeZoneRoutes(Router& router, const app::Context&) {
  router.Add("GET", "/api/v1/time-zones", [](RequestContext& rc) {
    if (rc.caller.anonymous()) return ProblemResponse(Unauthenticated("Sign in to continue."));
    json::Json names = json::Json::array();
    for (const std::string& name : TimeZoneNames()) names.push_back(name);
    return JsonResponse(200, {{"names", std::move(names)}});
  });
}

}  // namespace tandem::http
