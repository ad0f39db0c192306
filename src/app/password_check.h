// The one way to verify a person's password. Every endpoint that checks a password (sign-in,
// invitation acceptance for an existing account, any later one) calls CheckPassword, so every
// guess spends the same budget (domain/password_guard.h); nothing else calls
// PasswordHasher::Verify on a stored hash.
//
// All state lives in the database, so the budget holds across several servers sharing it.
// Thread-safe.
#ifndef TANDEM_APP_PASSWORD_CHECK_H_
#define TANDEM_APP_PASSWORD_CHECK_H_

#include <string>
#include <string_view>

#include "app/context.h"
#include "domain/organisation.h"

namespace tandem::app {

// The person whose email is `email` (normalised here) when `password` is theirs.
//
// Unauthenticated("Wrong email or password.") when no account has the email, the account has
// no password yet, or the password is wrong: the three cost the same (one argon2 verification,
// run outside any transaction) and answer alike. ResourceExhausted with a retry-after when the
// guessing budget for this account or client address is spent: then nothing is verified and
// nothing counted. On success the failures of this account from this address are forgotten and
// the address becomes one of the account's known addresses. When a failure brings the account
// to its ceiling, the owner gets an email (at most one a day) that holds no secret.
Result<domain::Person> CheckPassword(const Context& ctx, const std::string& email,
                                     std::string_view password, const std::string& client_address);

}  // namespace tandem::app

#endif  // TANDEM_APP_PASSWORD_CHECK_H_
