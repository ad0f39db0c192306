// Youth safeguarding for coordinators: the program's paused matches, and resuming one.
// (Minor marks, screening and training are set on the enrollment: program_handlers.cc.)
#include "app/safeguarding.h"
#include "http/handlers/common.h"
#include "http/json/relationship_codec.h"

namespace tandem::http {

void RegisterSafeguardingRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/organisations/{org}/programs/{id}/paused-relationships",
             [&ctx](RequestContext& rc) {
               return RespondPage(app::ListPausedRelationships(ctx, rc.caller, rc.Param("org"),
                                                               rc.Param("id"), PageFrom(rc)),
                                  json::RelationshipViewJson);
             });
  router.Add("POST", "/api/v1/organisations/{org}/relationships/{relationship}/resume",
             [&ctx](RequestContext& rc) {
               return Respond(app::ResumeRelationship(ctx, rc.caller, rc.Param("org"),
                                                      rc.Param("relationship")),
                              json::RelationshipViewJson);
             });
}

}  // namespace tandem::http
