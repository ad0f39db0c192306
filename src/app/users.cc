#include "app/users.h"

#include "app/audit.h"
#include "base/ids.h"
#include "base/strings.h"

namespace tandem::app {

Result<domain::Person> CreateUser(const Context& ctx, NewUser user) {
  user.email = NormalizeEmail(user.email);
  if (!IsValidEmail(user.email)) return FieldInvalid("email", "must be an email address");
  RETURN_IF_ERROR(domain::ValidatePersonName(user.name));
  RETURN_IF_ERROR(domain::ValidatePassword(user.password));
  if (!user.roles.empty() && user.organisation_slug.empty())
    return FieldInvalid("org", "is required when roles are given");
  ASSIGN_OR_RETURN(std::string hash, ctx.hasher.Hash(user.password));
  domain::Person p;
  p.id = NewId();
  p.email = user.email;
  p.name = Trim(user.name);
  p.password_hash = hash;
  p.is_platform_admin = user.platform_admin;
  p.created_at = ctx.clock.Now();
  return InTx<domain::Person>(ctx.store, [&](Tx& tx) -> Result<domain::Person> {
    ASSIGN_OR_RETURN(auto existing, tx.FindPersonByEmail(p.email));
    if (existing) return AlreadyExists("An account with email " + p.email + " already exists.");
    RETURN_IF_ERROR(tx.InsertPerson(p));
    // The command line is the actor (no person): an operator who holds the database.
    const Caller command_line{"", false, true};
    if (p.is_platform_admin)
      RETURN_IF_ERROR(RecordAudit(tx, NewAuditEntry(ctx, command_line,
                                                    domain::AuditAction::kPlatformAdminGranted,
                                                    "", p.id, {{"email", p.email}})));
    if (!user.organisation_slug.empty()) {
      ASSIGN_OR_RETURN(auto orgs, tx.ListOrganisations());
      const domain::Organisation* org = nullptr;
      for (const auto& o : orgs)
        if (o.slug == user.organisation_slug) org = &o;
      if (!org) return NotFound("No organisation with slug \"" + user.organisation_slug + "\".");
      RETURN_IF_ERROR(tx.SetRoles(org->id, p.id, user.roles));
      std::string to;
      for (const std::string& r : domain::RoleNames(user.roles)) to += (to.empty() ? "" : ",") + r;
      RETURN_IF_ERROR(RecordAudit(tx, NewAuditEntry(ctx, command_line,
                                                    domain::AuditAction::kMemberRolesChanged,
                                                    org->id, p.id, {{"from", ""}, {"to", to}})));
    }
    return p;
  });
}

}  // namespace tandem::app
