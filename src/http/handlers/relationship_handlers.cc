#include <string>
#include <utility>

#include "app/relationships.h"
#include "http/handlers/common.h"
#include "http/json/relationship_codec.h"

namespace tandem::http {

void RegisterRelationshipRoutes(Router& router, const app::Context& ctx) {
  router.Add("GET", "/api/v1/me/relationships", [&ctx](RequestContext& rc) {
    return RespondPage(app::ListMyRelationships(ctx, rc.caller, PageFrom(rc)),
                       json::RelationshipViewJson);
  });
  for (auto [verb, accept] : {std::pair{"accept", true}, std::pair{"decline", false}}) {
    router.Add("POST", "/api/v1/organisations/{org}/relationships/{relationship}/" + std::string(verb),
               [&ctx, accept = accept](RequestContext& rc) {
                 return Respond(app::RespondToRelationship(ctx, rc.caller, rc.Param("org"),
                                                           rc.Param("relationship"), accept),
                                json::RelationshipViewJson);
               });
  }
}

}  // namespace tandem::http
