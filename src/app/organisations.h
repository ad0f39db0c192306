// Organisations, their members and roles, and their skill/interest taxonomy.
#ifndef TANDEM_APP_ORGANISATIONS_H_
#define TANDEM_APP_ORGANISATIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/organisation.h"

namespace tandem::app {

// Those the caller belongs to; every organisation for a platform admin. By name.
Result<Page<domain::Organisation>> ListOrganisations(const Context& ctx, const Caller& caller,
                                                     const PageRequest& page);
struct NewOrganisation {
  domain::Organisation organisation;  // name, slug, kind
  std::string first_admin_email;
};
struct CreatedOrganisation {
  domain::Organisation organisation;
  std::string first_admin_email;  // normalised
  // An existing account is appointed org_admin at once (and told by email); any other address
  // gets an org_admin invitation, whose link (with its secret token) is here for the command
  // line to print. The HTTP edge never returns it.
  bool first_admin_appointed = false;
  std::string invitation_link;
};
// Platform admins only (the creator does not become a member). Seeds the default taxonomy,
// appoints or invites the first admin, and writes the audit entries, all in one transaction.
// InvalidArgument naming the field; AlreadyExists when the slug is taken.
Result<CreatedOrganisation> CreateOrganisation(const Context& ctx, const Caller& caller,
                                               NewOrganisation input);
Result<domain::Organisation> GetOrganisation(const Context& ctx, const Caller& caller,
                                             const std::string& org_id);

// By name; `filter` applies to every page.
Result<Page<domain::Member>> ListMembers(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const MemberFilter& filter,
                                         const PageRequest& page);
// Replaces a member's roles. NotFound for a non-member; FailedPrecondition when an admin
// would remove their own org_admin role, or the organisation's last administrator would lose
// it (an organisation must not lose its last way in). Taking away the mentor or mentee role
// ends that side of the member's participation in every program (EndParticipation).
Result<domain::Member> SetMemberRoles(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& person_id,
                                      const domain::RoleSet& roles);
// Org admins only. Ends the member's participation in every program of the organisation
// (EndParticipation, reason member_removed), revokes invitations still pending for their
// address, then removes the membership and its roles; the person's account and their other
// organisations are untouched. NotFound for a non-member;
// FailedPrecondition for the caller themselves or the last administrator.
Status RemoveMember(const Context& ctx, const Caller& caller, const std::string& org_id,
                    const std::string& person_id);

// By label; every kind when `kind` is unset.
Result<Page<domain::TaxonomyTerm>> ListTaxonomy(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                std::optional<domain::TaxonomyTerm::Kind> kind,
                                                const PageRequest& page);
Result<domain::TaxonomyTerm> AddTaxonomyTerm(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             domain::TaxonomyTerm::Kind kind,
                                             const std::string& label);
Status DeleteTaxonomyTerm(const Context& ctx, const Caller& caller, const std::string& org_id,
                          const std::string& term_id);

// Inserts the organisation and its default taxonomy (used by CreateOrganisation and seeding).
Status InsertOrganisationWithDefaults(Tx& tx, const domain::Organisation& org);

}  // namespace tandem::app

#endif  // TANDEM_APP_ORGANISATIONS_H_
