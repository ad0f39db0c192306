// Sign-in, sign-out, session lookup and password reset.
//
// Session tokens and reset tokens are random 256-bit values; only their hashes are stored.
// Password hashing runs outside database transactions so a slow hash never holds a lock.
#ifndef TANDEM_APP_AUTH_H_
#define TANDEM_APP_AUTH_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/organisation.h"

namespace tandem::app {

// The signed-in person and their organisations.
struct MeView {
  domain::Person person;
  std::vector<domain::Membership> memberships;
};

// What a successful sign-in hands to the edge: the cookie value (secret), the CSRF token and
// the person.
struct SessionGrant {
  std::string session_token;
  std::string csrf_token;
  Millis expires_at = 0;
  MeView me;
};

// A valid session found from its cookie value.
struct AuthenticatedSession {
  Caller caller;
  std::string csrf_token;
};

// Checks the password with CheckPassword (app/password_check.h): Unauthenticated ("Wrong email
// or password.") for unknown emails and wrong passwords alike; ResourceExhausted (with
// retry-after) when the guessing budget for the account or address is spent.
Result<SessionGrant> Login(const Context& ctx, const std::string& email,
                           const std::string& password, const std::string& remote_address);

// Creates a session for a person already verified (used by invitation acceptance).
Result<SessionGrant> StartSession(const Context& ctx, const std::string& person_id);

// Ends the session behind this cookie value; OK when there was none.
Status Logout(const Context& ctx, const std::string& session_token);

// The session behind a cookie value, or nullopt when unknown or expired.
Result<std::optional<AuthenticatedSession>> Authenticate(const Context& ctx,
                                                         const std::string& session_token);

Result<MeView> LoadMe(Tx& tx, const std::string& person_id);

// OK for a well-formed email whether or not the account exists; when it does, a reset link
// goes to the outbox, unless the account already received domain::kMaxResetMailsPerAccount
// links within the hour (still OK: the answer must not differ). InvalidArgument for a
// malformed email; ResourceExhausted (with retry-after) after
// domain::kMaxResetRequestsPerAddress requests from the client address within the hour, for
// any emails (so it reveals nothing about accounts).
Status RequestPasswordReset(const Context& ctx, const std::string& email,
                            const std::string& remote_address);

// InvalidArgument when the token is unknown, used or expired (checked before the new password
// is hashed), or the password is too weak. Ends every session of the person and invalidates
// the person's other outstanding reset links.
Status ConfirmPasswordReset(const Context& ctx, const std::string& token,
                            const std::string& new_password);

}  // namespace tandem::app

#endif  // TANDEM_APP_AUTH_H_
