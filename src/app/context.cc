#include "app/context.h"

namespace tandem::app {

Result<domain::Actor> ActorIn(Tx& tx, const Caller& caller, const std::string& org_id) {
  domain::Actor actor{caller.person_id, caller.is_platform_admin, false, {}};
  if (caller.anonymous()) return actor;
  // The organisation must exist; GetOrganisation answers NotFound otherwise.
  auto org = tx.GetOrganisation(org_id);
  if (!org.ok()) return org.status();
  ASSIGN_OR_RETURN(auto roles, tx.FindRoles(org_id, caller.person_id));
  if (roles) {
    actor.is_member = true;
    actor.roles = *roles;
  }
  return actor;
}

Result<domain::PartyActor> PartyActorIn(Tx& tx, const Caller& caller, const std::string& org_id) {
  // The command line's operator acts as Authorized() treats them: staff of every organisation.
  if (caller.is_system)
    return domain::PartyActor{
        domain::Actor{"system", true, true, {domain::Role::kOrgAdmin, domain::Role::kCoordinator}},
        {}};
  // A record of no organisation (a platform-wide notification) gives no roles.
  if (org_id.empty())
    return domain::PartyActor{domain::Actor{caller.person_id, caller.is_platform_admin, false, {}},
                              {}};
  ASSIGN_OR_RETURN(domain::Actor actor, ActorIn(tx, caller, org_id));
  return domain::PartyActor{std::move(actor), {}};
}

Result<domain::Actor> Authorized(Tx& tx, const Caller& caller, const std::string& org_id,
                                 domain::Action action, std::string_view what) {
  if (caller.is_system) {
    auto org = tx.GetOrganisation(org_id);
    if (!org.ok()) return NotFound("No such " + std::string(what) + ".");
    return domain::Actor{"system", true, true, {domain::Role::kOrgAdmin, domain::Role::kCoordinator}};
  }
  if (caller.anonymous()) return domain::Authorize(domain::Actor{}, action, what);
  auto actor = ActorIn(tx, caller, org_id);
  if (!actor.ok()) {
    if (actor.status().code() == StatusCode::kNotFound)
      return NotFound("No such " + std::string(what) + ".");
    return actor.status();
  }
  RETURN_IF_ERROR(domain::Authorize(*actor, action, what));
  return actor;
}

}  // namespace tandem::app
