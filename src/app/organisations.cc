#include "app/organisations.h"

#include "app/participation.h"

#include "app/audit.h"
#include "app/emails.h"
#include "app/invitations.h"
#include "base/ids.h"
#include "base/strings.h"

namespace tandem::app {

using domain::Action;

Status InsertOrganisationWithDefaults(Tx& tx, const domain::Organisation& org) {
  RETURN_IF_ERROR(tx.InsertOrganisation(org));
  for (const auto& s : domain::DefaultSkills())
    RETURN_IF_ERROR(
        tx.InsertTaxonomyTerm({NewId(), org.id, domain::TaxonomyTerm::Kind::kSkill, s}));
  for (const auto& s : domain::DefaultInterests())
    RETURN_IF_ERROR(
        tx.InsertTaxonomyTerm({NewId(), org.id, domain::TaxonomyTerm::Kind::kInterest, s}));
  return Status::Ok();
}

Result<Page<domain::Organisation>> ListOrganisations(const Context& ctx, const Caller& caller,
                                                     const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("organisations", page));
  using Out = Page<domain::Organisation>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    const std::string member_id = caller.is_platform_admin ? "" : caller.person_id;
    ASSIGN_OR_RETURN(auto rows, tx.ListOrganisations(member_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

namespace {

std::string JoinRoles(const domain::RoleSet& roles) {
  std::string out;
  for (const std::string& r : domain::RoleNames(roles)) out += (out.empty() ? "" : ",") + r;
  return out;
}

}  // namespace

Result<CreatedOrganisation> CreateOrganisation(const Context& ctx, const Caller& caller,
                                               NewOrganisation input) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    Action::kCreateOrganisation));
  domain::Organisation& org = input.organisation;
  org.name = Trim(org.name);
  org.slug = Trim(org.slug);
  RETURN_IF_ERROR(domain::ValidateOrganisation(org));
  const std::string email = NormalizeEmail(input.first_admin_email);
  if (!IsValidEmail(email)) return FieldInvalid("admin_email", "must be an email address");
  org.id = NewId();
  org.created_at = ctx.clock.Now();
  const std::string token = ctx.tokens.NewToken();
  return InTx<CreatedOrganisation>(ctx.store, [&](Tx& tx) -> Result<CreatedOrganisation> {
    Status st = InsertOrganisationWithDefaults(tx, org);
    if (st.code() == StatusCode::kAlreadyExists)
      return Status(StatusCode::kAlreadyExists, "The slug \"" + org.slug + "\" is taken.",
                    {{"slug", "is already used by another organisation"}});
    RETURN_IF_ERROR(st);
    RETURN_IF_ERROR(RecordAudit(
        tx, NewAuditEntry(ctx, caller, domain::AuditAction::kOrganisationCreated, org.id, "",
                          {{"name", org.name},
                           {"slug", org.slug},
                           {"kind", std::string(domain::OrganisationKindName(org.kind))}})));
    CreatedOrganisation out{org, email, false, ""};
    ASSIGN_OR_RETURN(auto existing, tx.FindPersonByEmail(email));
    if (existing) {
      // An existing account is appointed at once; they are told, and accept nothing.
      RETURN_IF_ERROR(tx.SetRoles(org.id, existing->id, {domain::Role::kOrgAdmin}));
      RETURN_IF_ERROR(QueueEmail(tx, email, existing->locale, domain::EmailKind::kAdminAppointed,
                                 {{"org_name", org.name}, {"login_link", ctx.public_url + "/login"}},
                                 ctx.clock.Now()));
      RETURN_IF_ERROR(RecordAudit(
          tx, NewAuditEntry(ctx, caller, domain::AuditAction::kFirstAdminAppointed, org.id,
                            existing->id, {{"roles", "org_admin"}})));
      out.first_admin_appointed = true;
      return out;
    }
    ASSIGN_OR_RETURN(domain::Person inviter, tx.GetPerson(caller.person_id));
    InvitationRequest req{email, {domain::Role::kOrgAdmin}, "", std::nullopt};
    ASSIGN_OR_RETURN(CreatedInvitation inv, InsertInvitation(tx, ctx, org, inviter, req, "", token));
    RETURN_IF_ERROR(RecordAudit(
        tx, NewAuditEntry(ctx, caller, domain::AuditAction::kFirstAdminInvited, org.id, "",
                          {{"email", email},
                           {"invitation_id", inv.invitation.id},
                           {"roles", "org_admin"}})));
    out.invitation_link = inv.link;
    return out;
  });
}

Result<domain::Organisation> GetOrganisation(const Context& ctx, const Caller& caller,
                                             const std::string& org_id) {
  return InReadTx<domain::Organisation>(ctx.store, [&](Tx& tx) -> Result<domain::Organisation> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kViewOrganisation).status());
    return tx.GetOrganisation(org_id);
  });
}

Result<Page<domain::Member>> ListMembers(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const MemberFilter& filter,
                                         const PageRequest& page) {
  using Out = Page<domain::Member>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kListMembers).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("members", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListMembers(org_id, filter, pager.query()));
    return pager.Close(std::move(rows));
  });
}

namespace {

// The member's roles, read under the organisation's lock (Tx::LockOrganisation), after the
// checks every change of membership shares: NotFound for a non-member; FailedPrecondition when
// the change (`keeps_admin` false: they stop being an administrator) would take away the
// caller's own administrator role or the organisation's last administrator.
Result<domain::RoleSet> LockedMemberRoles(Tx& tx, const Caller& caller, const std::string& org_id,
                                          const std::string& person_id, bool keeps_admin) {
  RETURN_IF_ERROR(tx.LockOrganisation(org_id));
  ASSIGN_OR_RETURN(auto current, tx.FindRoles(org_id, person_id));
  if (!current) return NotFound("No such member.");
  if (keeps_admin || !current->count(domain::Role::kOrgAdmin)) return *current;
  RETURN_IF_ERROR(domain::CheckOwnMembershipChange(caller.person_id, person_id,
                                                   domain::MembershipChange::kDropAdminRole));
  MemberFilter admins;
  admins.role = domain::Role::kOrgAdmin;
  ASSIGN_OR_RETURN(auto all_admins, tx.ListMembers(org_id, admins));
  if (all_admins.size() <= 1)
    return FailedPrecondition(
        "This is the organisation's last administrator; appoint another one first.");
  return *current;
}

}  // namespace

Result<domain::Member> SetMemberRoles(const Context& ctx, const Caller& caller,
                                      const std::string& org_id, const std::string& person_id,
                                      const domain::RoleSet& roles) {
  const Millis now = ctx.clock.Now();
  return InTx<domain::Member>(ctx.store, [&](Tx& tx) -> Result<domain::Member> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditMemberRoles).status());
    ASSIGN_OR_RETURN(domain::RoleSet current,
                     LockedMemberRoles(tx, caller, org_id, person_id,
                                       roles.count(domain::Role::kOrgAdmin) > 0));
    // Losing the mentor or mentee role ends that side of their participation everywhere in
    // the organisation.
    for (domain::ProgramRole side : {domain::ProgramRole::kMentor, domain::ProgramRole::kMentee}) {
      domain::Role role = domain::ToRole(side);
      if (!current.count(role) || roles.count(role)) continue;
      ParticipationScope scope{org_id, person_id, std::nullopt, side,
                               domain::kEndReasonRoleRemoved};
      RETURN_IF_ERROR(EndParticipation(tx, now, scope).status());
    }
    RETURN_IF_ERROR(tx.SetRoles(org_id, person_id, roles));
    if (current != roles)
      RETURN_IF_ERROR(RecordAudit(
          tx, NewAuditEntry(ctx, caller, domain::AuditAction::kMemberRolesChanged, org_id,
                            person_id, {{"from", JoinRoles(current)}, {"to", JoinRoles(roles)}})));
    ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(person_id));
    return domain::Member{p.id, p.name, p.email, roles};
  });
}

Status RemoveMember(const Context& ctx, const Caller& caller, const std::string& org_id,
                    const std::string& person_id) {
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditMemberRoles).status());
    RETURN_IF_ERROR(domain::CheckOwnMembershipChange(caller.person_id, person_id,
                                                     domain::MembershipChange::kRemove));
    RETURN_IF_ERROR(LockedMemberRoles(tx, caller, org_id, person_id, false).status());
    ParticipationScope scope{org_id, person_id, std::nullopt, std::nullopt,
                             domain::kEndReasonMemberRemoved};
    RETURN_IF_ERROR(EndParticipation(tx, now, scope).status());
    // An invitation still waiting for them would let them straight back in.
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(person_id));
    ASSIGN_OR_RETURN(auto invitations, tx.ListInvitations(org_id));
    for (const auto& inv : invitations)
      if (inv.status == domain::InvitationStatus::kPending &&
          ToLower(inv.email) == ToLower(person.email))
        RETURN_IF_ERROR(tx.SetInvitationStatus(org_id, inv.id, domain::InvitationStatus::kRevoked));
    RETURN_IF_ERROR(tx.DeleteMembership(org_id, person_id));
    return RecordAudit(
        tx, NewAuditEntry(ctx, caller, domain::AuditAction::kMemberRemoved, org_id, person_id, {}));
  });
}

Result<Page<domain::TaxonomyTerm>> ListTaxonomy(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                std::optional<domain::TaxonomyTerm::Kind> kind,
                                                const PageRequest& page) {
  using Out = Page<domain::TaxonomyTerm>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kViewTaxonomy).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("taxonomy", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListTaxonomy(org_id, kind, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Result<domain::TaxonomyTerm> AddTaxonomyTerm(const Context& ctx, const Caller& caller,
                                             const std::string& org_id,
                                             domain::TaxonomyTerm::Kind kind,
                                             const std::string& raw_label) {
  std::string label = Trim(raw_label);
  if (label.empty()) return FieldInvalid("label", "is required");
  if (Utf8Length(label) > 80) return FieldInvalid("label", "must be at most 80 characters");
  domain::TaxonomyTerm term{NewId(), org_id, kind, label};
  return InTx<domain::TaxonomyTerm>(ctx.store, [&](Tx& tx) -> Result<domain::TaxonomyTerm> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditTaxonomy).status());
    Status st = tx.InsertTaxonomyTerm(term);
    if (st.code() == StatusCode::kAlreadyExists)
      return Status(StatusCode::kAlreadyExists, "\"" + label + "\" is already in the taxonomy.",
                    {{"label", "already exists"}});
    RETURN_IF_ERROR(st);
    return term;
  });
}

Status DeleteTaxonomyTerm(const Context& ctx, const Caller& caller, const std::string& org_id,
                          const std::string& term_id) {
  return ctx.store.Transact([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditTaxonomy).status());
    return tx.DeleteTaxonomyTerm(org_id, term_id);
  });
}

}  // namespace tandem::app
