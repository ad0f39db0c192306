#include "app/invitations.h"

#include "app/emails.h"
#include "app/password_check.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "base/strings.h"

namespace tandem::app {

using domain::Action;
using domain::InvitationStatus;
using domain::Role;

namespace {

Status ValidateRequest(const InvitationRequest& req) {
  if (!IsValidEmail(req.email)) return FieldInvalid("email", "must be an email address");
  if (req.program_id.empty() != !req.program_role.has_value())
    return FieldInvalid(req.program_id.empty() ? "program_id" : "program_role",
                        "is required together with " +
                            std::string(req.program_id.empty() ? "program_role" : "program_id"));
  if (req.roles.empty() && req.program_id.empty())
    return FieldInvalid("roles", "must name at least one role, or invite into a program");
  return Status::Ok();
}

constexpr char kAccountCreated[] =
    "An account with this email was created meanwhile; accept the invitation again with its "
    "password.";
constexpr char kAccountChanged[] = "The account changed meanwhile; please try again.";

}  // namespace

Result<CreatedInvitation> CreateInvitation(const Context& ctx, const Caller& caller,
                                           const std::string& org_id, InvitationRequest req) {
  req.email = NormalizeEmail(req.email);
  RETURN_IF_ERROR(ValidateRequest(req));
  if (req.program_role) req.roles.insert(domain::ToRole(*req.program_role));
  const bool staff_roles = req.roles.count(Role::kOrgAdmin) || req.roles.count(Role::kCoordinator);
  const std::string token = ctx.tokens.NewToken();
  return InTx<CreatedInvitation>(ctx.store, [&](Tx& tx) -> Result<CreatedInvitation> {
    ASSIGN_OR_RETURN(domain::Actor actor, ActorIn(tx, caller, org_id));
    if (staff_roles || req.program_id.empty()) {
      // Organisation-level invitations (no program) are an administrator's job.
      RETURN_IF_ERROR(domain::Authorize(actor, Action::kInviteWithOrgRoles));
    } else {
      RETURN_IF_ERROR(domain::Authorize(actor, Action::kInviteToProgram));
    }
    ASSIGN_OR_RETURN(domain::Organisation org, tx.GetOrganisation(org_id));
    std::string program_name;
    if (!req.program_id.empty()) {
      auto p = tx.GetProgram(org_id, req.program_id);
      if (!p.ok()) return FieldInvalid("program_id", "is not a program of this organisation");
      if (p->status == domain::ProgramStatus::kClosed)
        return FailedPrecondition("\"" + p->name + "\" is closed.");
      program_name = p->name;
    }
    ASSIGN_OR_RETURN(domain::Person inviter, tx.GetPerson(caller.person_id));
    ASSIGN_OR_RETURN(CreatedInvitation created,
                     InsertInvitation(tx, ctx, org, inviter, req, program_name, token));
    // When mail is really delivered, the link reaches the invitee only: whoever else holds it
    // could accept in the invitee's name (create an account for their address).
    if (ctx.mail_mode == MailMode::kSmtp) created.link.clear();
    return created;
  });
}

Result<CreatedInvitation> InsertInvitation(Tx& tx, const Context& ctx,
                                           const domain::Organisation& org,
                                           const domain::Person& inviter,
                                           const InvitationRequest& req,
                                           const std::string& program_name,
                                           const std::string& token) {
  const Millis now = ctx.clock.Now();
  domain::Invitation inv;
  inv.id = NewId();
  inv.organisation_id = org.id;
  inv.email = req.email;
  inv.token_hash = ctx.tokens.HashToken(token);
  inv.roles = req.roles;
  inv.program_id = req.program_id;
  inv.program_role = req.program_role;
  inv.invited_by = inviter.id;
  inv.invited_by_name = inviter.name;
  inv.created_at = now;
  inv.expires_at = now + domain::kInvitationLifetime;
  RETURN_IF_ERROR(tx.InsertInvitation(inv));
  std::string link = ctx.public_url + "/invite/" + token;
  domain::EmailParams params = {
      {"org_name", org.name}, {"inviter_name", inviter.name}, {"link", link}};
  if (!program_name.empty()) params["program_name"] = program_name;
  ASSIGN_OR_RETURN(std::string locale, RecipientLocale(tx, inv.email, inviter.locale));
  RETURN_IF_ERROR(QueueEmail(tx, inv.email, locale,
                             program_name.empty() ? domain::EmailKind::kInvitation
                                                  : domain::EmailKind::kProgramInvitation,
                             params, now));
  return CreatedInvitation{inv, link};
}

Result<Page<domain::Invitation>> ListInvitations(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const PageRequest& page) {
  using Out = Page<domain::Invitation>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kListInvitations).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("invitations", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListInvitations(org_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Status RevokeInvitation(const Context& ctx, const Caller& caller, const std::string& org_id,
                        const std::string& invitation_id) {
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kRevokeInvitation).status());
    // Under the invitation's lock, so a revoke and an acceptance cannot both succeed.
    Status locked = tx.LockInvitation(org_id, invitation_id);
    if (locked.code() == StatusCode::kNotFound) return NotFound("No such invitation.");
    RETURN_IF_ERROR(locked);
    auto inv = tx.GetInvitation(org_id, invitation_id);
    if (!inv.ok()) return NotFound("No such invitation.");
    if (inv->EffectiveStatus(now) != InvitationStatus::kPending)
      return FailedPrecondition("Only pending invitations can be revoked; this one is " +
                                std::string(domain::InvitationStatusName(
                                    inv->EffectiveStatus(now))) +
                                ".");
    return tx.SetInvitationStatus(org_id, invitation_id, InvitationStatus::kRevoked);
  });
}

Result<InvitationPreview> PreviewInvitation(const Context& ctx, const std::string& token) {
  const std::string hash = ctx.tokens.HashToken(token);
  const Millis now = ctx.clock.Now();
  return InReadTx<InvitationPreview>(ctx.store, [&](Tx& tx) -> Result<InvitationPreview> {
    ASSIGN_OR_RETURN(auto inv, tx.FindInvitationByTokenHash(hash));
    if (!inv) return NotFound("This invitation link is not valid.");
    InvitationPreview out;
    ASSIGN_OR_RETURN(domain::Organisation org, tx.GetOrganisation(inv->organisation_id));
    out.organisation_name = org.name;
    if (!inv->program_id.empty()) {
      ASSIGN_OR_RETURN(domain::Program p, tx.GetProgram(inv->organisation_id, inv->program_id));
      out.program_name = p.name;
    }
    ASSIGN_OR_RETURN(auto person, tx.FindPersonByEmail(inv->email));
    out.account_exists = person.has_value() && !person->password_hash.empty();
    out.status = inv->EffectiveStatus(now);
    out.invitation = *inv;
    return out;
  });
}

Result<SessionGrant> AcceptInvitation(const Context& ctx, const Caller& caller,
                                      const std::string& token, const AcceptInput& input,
                                      const std::string& remote_address) {
  ASSIGN_OR_RETURN(InvitationPreview preview, PreviewInvitation(ctx, token));
  if (preview.status != InvitationStatus::kPending)
    return FailedPrecondition("This invitation has been " +
                              std::string(domain::InvitationStatusName(preview.status)) +
                              "; ask for a new one.");
  const domain::Invitation& inv = preview.invitation;

  // Establish what the caller proves, doing any slow hashing outside the transaction: either
  // that they own the existing account (`proven_id`), or the name and password hash of the
  // account they mean to create (or complete, when it has no password yet). The transaction
  // then checks that the account is still as seen here.
  std::string proven_id;
  std::string new_hash;
  if (preview.account_exists && !caller.anonymous()) {
    ASSIGN_OR_RETURN(auto existing, InReadTx<std::optional<domain::Person>>(ctx.store, [&](Tx& tx) {
                       return tx.FindPersonByEmail(inv.email);
                     }));
    RETURN_IF_ERROR(domain::CheckInvitationAcceptor(
        inv, existing ? std::optional<std::string>(existing->id) : std::nullopt, caller.person_id));
    proven_id = existing->id;
  } else if (preview.account_exists) {
    if (!input.password || input.password->empty())
      return FieldInvalid("password", "is required: an account with this email exists");
    // The same guessing budget as sign-in: an invitation is no back door for guessing.
    auto owner = CheckPassword(ctx, inv.email, *input.password, remote_address);
    if (owner.status().code() == StatusCode::kUnauthenticated)
      return Unauthenticated("Wrong password for " + inv.email + ".");
    if (!owner.ok()) return owner.status();
    proven_id = owner->id;
  } else {
    if (!input.name) return FieldInvalid("name", "is required to create your account");
    RETURN_IF_ERROR(domain::ValidatePersonName(*input.name));
    if (!input.password) return FieldInvalid("password", "is required to create your account");
    RETURN_IF_ERROR(domain::ValidatePassword(*input.password));
    ASSIGN_OR_RETURN(new_hash, ctx.hasher.Hash(*input.password));
  }

  const Millis now = ctx.clock.Now();
  ASSIGN_OR_RETURN(std::string person_id, InTx<std::string>(ctx.store, [&](Tx& tx) -> Result<std::string> {
    // Re-check under the invitation's lock: two tabs may accept at once, or an administrator
    // revoke it meanwhile; the second to get the lock sees the first's outcome.
    Status locked = tx.LockInvitation(inv.organisation_id, inv.id);
    if (locked.code() == StatusCode::kNotFound)
      return FailedPrecondition("This invitation has already been used.");
    RETURN_IF_ERROR(locked);
    ASSIGN_OR_RETURN(auto fresh, tx.FindInvitationByTokenHash(inv.token_hash));
    if (!fresh || fresh->EffectiveStatus(now) != InvitationStatus::kPending) {
      InvitationStatus status = fresh ? fresh->EffectiveStatus(now) : InvitationStatus::kRevoked;
      return FailedPrecondition("This invitation has been " +
                                std::string(domain::InvitationStatusName(status)) +
                                "; ask for a new one.");
    }
    // Decide here, not from what was read before: another invitation to the same address may
    // have created the account meanwhile, and its session is only for whoever proved it.
    ASSIGN_OR_RETURN(auto person, tx.FindPersonByEmail(inv.email));
    if (!proven_id.empty()) {
      if (!person || person->id != proven_id) return FailedPrecondition(kAccountChanged);
    } else if (!person) {
      domain::Person p;
      p.id = NewId();
      p.email = inv.email;
      p.name = Trim(*input.name);
      p.password_hash = new_hash;
      p.created_at = now;
      Status inserted = tx.InsertPerson(p);
      if (inserted.code() == StatusCode::kAlreadyExists) return FailedPrecondition(kAccountCreated);
      RETURN_IF_ERROR(inserted);
      person = p;
    } else {
      // An account without a password (never claimed): complete it, under the person's lock
      // (UpdatePerson writes every column), unless someone completed it meanwhile.
      ASSIGN_OR_RETURN(domain::Person locked_person, tx.GetPersonForUpdate(person->id));
      if (!locked_person.password_hash.empty()) return FailedPrecondition(kAccountCreated);
      locked_person.name = Trim(*input.name);
      locked_person.password_hash = new_hash;
      RETURN_IF_ERROR(tx.UpdatePerson(locked_person));
      person = locked_person;
    }
    ASSIGN_OR_RETURN(auto roles, tx.FindRoles(inv.organisation_id, person->id));
    domain::RoleSet merged = roles ? *roles : domain::RoleSet{};
    merged.insert(inv.roles.begin(), inv.roles.end());
    RETURN_IF_ERROR(tx.SetRoles(inv.organisation_id, person->id, merged));
    if (!inv.program_id.empty() && inv.program_role) {
      // An existing enrollment is rewritten whole: take its participant lock first (after
      // the invitation's, the documented order). None yet: the unique key guards the insert.
      Status enrolled = tx.LockParticipants(inv.organisation_id, inv.program_id, {person->id});
      if (!enrolled.ok() && enrolled.code() != StatusCode::kNotFound) return enrolled;
      ASSIGN_OR_RETURN(auto e, tx.FindEnrollment(inv.organisation_id, inv.program_id, person->id,
                                                 *inv.program_role));
      if (e) {
        e->status = domain::EnrollmentStatus::kActive;
        e->source = domain::EnrollmentSource::kInvitation;
        RETURN_IF_ERROR(tx.UpdateEnrollment(*e));
      } else {
        domain::Enrollment en;
        en.id = NewId();
        en.organisation_id = inv.organisation_id;
        en.program_id = inv.program_id;
        en.person_id = person->id;
        en.role = *inv.program_role;
        en.status = domain::EnrollmentStatus::kActive;
        en.source = domain::EnrollmentSource::kInvitation;
        en.created_at = now;
        ASSIGN_OR_RETURN(en.minor_marked, CarriedMinorMark(tx, inv.organisation_id, inv.program_id,
                                                           person->id, en.role));
        RETURN_IF_ERROR(tx.InsertEnrollment(en));
      }
    }
    RETURN_IF_ERROR(
        tx.SetInvitationStatus(inv.organisation_id, inv.id, InvitationStatus::kAccepted));
    return person->id;
  }));
  return StartSession(ctx, person_id);
}

}  // namespace tandem::app
