// Invitations by email: an admin or coordinator invites an address into an organisation
// (with roles) and optionally into a program (as mentor or mentee); the invitee opens the
// link, sets up an account (or proves they own the existing one) and is signed in.
#ifndef TANDEM_APP_INVITATIONS_H_
#define TANDEM_APP_INVITATIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/context.h"
#include "app/pagination.h"
#include "domain/access.h"

namespace tandem::app {

struct InvitationRequest {
  std::string email;
  domain::RoleSet roles;
  std::string program_id;  // empty = organisation only
  std::optional<domain::ProgramRole> program_role;
};

struct CreatedInvitation {
  domain::Invitation invitation;
  // Contains the secret token. CreateInvitation returns it (shown once to the inviter) only in
  // development mail mode; with SMTP delivery it is empty.
  std::string link;
};

// org_admin may grant any role; a coordinator may only invite into a program as mentor or
// mentee (PermissionDenied otherwise). The email goes to the outbox.
Result<CreatedInvitation> CreateInvitation(const Context& ctx, const Caller& caller,
                                           const std::string& org_id, InvitationRequest req);
// The invitation record and its email (to the outbox), inside tx, with no authorisation: for
// use cases that have already decided the caller may invite (CreateInvitation, and
// CreateOrganisation's first admin). token is the secret the link carries (TokenSource).
Result<CreatedInvitation> InsertInvitation(Tx& tx, const Context& ctx,
                                           const domain::Organisation& org,
                                           const domain::Person& inviter,
                                           const InvitationRequest& req,
                                           const std::string& program_name,
                                           const std::string& token);
// Newest first.
Result<Page<domain::Invitation>> ListInvitations(const Context& ctx, const Caller& caller,
                                                 const std::string& org_id,
                                                 const PageRequest& page);
// FailedPrecondition unless pending.
Status RevokeInvitation(const Context& ctx, const Caller& caller, const std::string& org_id,
                        const std::string& invitation_id);

struct InvitationPreview {
  std::string organisation_name;
  std::string program_name;  // empty when none
  domain::Invitation invitation;
  bool account_exists = false;
  domain::InvitationStatus status = domain::InvitationStatus::kPending;
};
// NotFound for unknown tokens (any status is shown for known ones).
Result<InvitationPreview> PreviewInvitation(const Context& ctx, const std::string& token);

struct AcceptInput {
  std::optional<std::string> name;
  std::optional<std::string> password;
};
// New account: name and password required. Existing account: the caller must be signed in as
// the invited email or give that account's password, which is checked by CheckPassword
// (app/password_check.h) from `remote_address`, spending the same guessing budget as sign-in
// (Unauthenticated when wrong, ResourceExhausted when the budget is spent). Grants the roles
// and enrollment, marks the invitation accepted, and starts a new session.
// FailedPrecondition when not pending, or when the account changed between the check and the
// acceptance (e.g. a concurrent acceptance of another invitation to the same address created
// it): whether the account exists is decided inside the acceptance's transaction, so nobody is
// signed in to an account they did not prove.
Result<SessionGrant> AcceptInvitation(const Context& ctx, const Caller& caller,
                                      const std::string& token, const AcceptInput& input,
                                      const std::string& remote_address);

}  // namespace tandem::app

#endif  // TANDEM_APP_INVITATIONS_H_
