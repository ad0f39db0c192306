#include "app/auth.h"

#include "base/ids.h"
#include "base/strings.h"
#include "domain/access.h"

namespace tandem::app {

namespace {

using domain::kLoginWindow;

std::string AccountKey(const std::string& email) { return "account:" + email; }
std::string AddressKey(const std::string& address) { return "address:" + address; }

// A valid argon2id hash of a random string, verified against when the account does not exist
// so that unknown emails cost the same time as wrong passwords.
const std::string& DummyHash(const PasswordHasher& hasher) {
  static const std::string hash = [&] {
    auto h = hasher.Hash("tandem-dummy-password-for-timing");
    return h.ok() ? *h : std::string();
  }();
  return hash;
}

Status TooManyAttempts() {
  return ResourceExhausted(
             "Too many failed sign-in attempts. Wait 15 minutes or reset your password.")
      .WithRetryAfter(static_cast<int>(kLoginWindow / kSecond));
}

}  // namespace

Result<MeView> LoadMe(Tx& tx, const std::string& person_id) {
  ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(person_id));
  ASSIGN_OR_RETURN(auto memberships, tx.ListMembershipsOfPerson(person_id));
  return MeView{std::move(person), std::move(memberships)};
}

Result<SessionGrant> StartSession(const Context& ctx, const std::string& person_id) {
  SessionGrant grant;
  grant.session_token = ctx.tokens.NewToken();
  grant.csrf_token = ctx.tokens.NewToken();
  Millis now = ctx.clock.Now();
  grant.expires_at = now + domain::kSessionLifetime;
  domain::Session s{ctx.tokens.HashToken(grant.session_token), person_id, grant.csrf_token, now,
                    grant.expires_at};
  ASSIGN_OR_RETURN(grant.me, InTx<MeView>(ctx.store, [&](Tx& tx) -> Result<MeView> {
                     RETURN_IF_ERROR(tx.InsertSession(s));
                     return LoadMe(tx, person_id);
                   }));
  return grant;
}

Result<SessionGrant> Login(const Context& ctx, const std::string& raw_email,
                           const std::string& password, const std::string& remote_address) {
  const std::string email = NormalizeEmail(raw_email);
  if (email.empty()) return FieldInvalid("email", "is required");
  if (password.empty()) return FieldInvalid("password", "is required");
  const Millis now = ctx.clock.Now();

  // 1. Throttle, and find the account (short read transaction).
  struct Lookup {
    std::optional<domain::Person> person;
    bool throttled = false;
  };
  ASSIGN_OR_RETURN(Lookup found, InReadTx<Lookup>(ctx.store, [&](Tx& tx) -> Result<Lookup> {
                     Lookup l;
                     ASSIGN_OR_RETURN(int by_account,
                                      tx.CountLoginFailures(AccountKey(email), now - kLoginWindow));
                     ASSIGN_OR_RETURN(int by_address, tx.CountLoginFailures(
                                                          AddressKey(remote_address),
                                                          now - kLoginWindow));
                     l.throttled = by_account >= domain::kMaxFailuresPerAccount ||
                                   by_address >= domain::kMaxFailuresPerAddress;
                     ASSIGN_OR_RETURN(l.person, tx.FindPersonByEmail(email));
                     return l;
                   }));
  if (found.throttled) return TooManyAttempts();

  // 2. Verify outside any transaction: argon2 is slow by design.
  bool ok = false;
  if (found.person && !found.person->password_hash.empty()) {
    ok = ctx.hasher.Verify(found.person->password_hash, password);
  } else {
    (void)ctx.hasher.Verify(DummyHash(ctx.hasher), password);
  }

  if (!ok) {
    RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.RecordLoginFailure(AccountKey(email), now));
      return tx.RecordLoginFailure(AddressKey(remote_address), now);
    }));
    return Unauthenticated("Wrong email or password.");
  }
  RETURN_IF_ERROR(ctx.store.Transact(
      [&](Tx& tx) -> Status { return tx.ClearLoginFailures(AccountKey(email)); }));
  return StartSession(ctx, found.person->id);
}

Status Logout(const Context& ctx, const std::string& session_token) {
  if (session_token.empty()) return Status::Ok();
  std::string hash = ctx.tokens.HashToken(session_token);
  return ctx.store.Transact([&](Tx& tx) { return tx.DeleteSession(hash); });
}

Result<std::optional<AuthenticatedSession>> Authenticate(const Context& ctx,
                                                         const std::string& session_token) {
  using Out = std::optional<AuthenticatedSession>;
  if (session_token.empty() || session_token.size() > 100) return Out{};
  std::string hash = ctx.tokens.HashToken(session_token);
  Millis now = ctx.clock.Now();
  // Runs on every API request, so it only reads; expired rows are left for housekeeping.
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto session, tx.FindSession(hash));
    if (!session || session->expires_at <= now) return Out{};
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(session->person_id));
    return Out{AuthenticatedSession{Caller{person.id, person.is_platform_admin},
                                    session->csrf_token}};
  });
}

Status RequestPasswordReset(const Context& ctx, const std::string& raw_email) {
  const std::string email = NormalizeEmail(raw_email);
  if (!IsValidEmail(email)) return FieldInvalid("email", "must be an email address");
  const std::string token = ctx.tokens.NewToken();
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto person, tx.FindPersonByEmail(email));
    if (!person) return Status::Ok();  // say nothing about unknown accounts
    RETURN_IF_ERROR(tx.InsertPasswordReset(domain::PasswordReset{
        ctx.tokens.HashToken(token), person->id, now + domain::kPasswordResetLifetime, false}));
    std::string link = ctx.public_url + "/reset-password?token=" + token;
    return tx.InsertOutboxMessage(domain::OutboxMessage{
        NewId(), email, "Reset your Tandem password",
        "Hello " + person->name +
            ",\n\nSomeone asked to reset the password of your Tandem account. If it was you, "
            "open this link within an hour:\n\n" +
            link + "\n\nIf it was not you, ignore this message; your password stays the same.\n",
        now});
  });
}

Status ConfirmPasswordReset(const Context& ctx, const std::string& token,
                            const std::string& new_password) {
  RETURN_IF_ERROR(domain::ValidatePassword(new_password));
  if (token.empty()) return FieldInvalid("token", "is required");
  const std::string hash = ctx.tokens.HashToken(token);
  const Millis now = ctx.clock.Now();
  // Hash first (slow), then apply atomically with the token check.
  ASSIGN_OR_RETURN(std::string password_hash, ctx.hasher.Hash(new_password));
  return ctx.store.Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto reset, tx.FindPasswordReset(hash));
    if (!reset || reset->used || reset->expires_at <= now)
      return FieldInvalid("token",
                          "this reset link is invalid or has expired; ask for a new one");
    // Claim the token first: of two confirmations at once, the second finds it used.
    Status claimed = tx.MarkPasswordResetUsed(hash);
    if (claimed.code() == StatusCode::kFailedPrecondition)
      return FieldInvalid("token", "this reset link is invalid or has expired; ask for a new one");
    RETURN_IF_ERROR(claimed);
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPersonForUpdate(reset->person_id));
    person.password_hash = password_hash;
    RETURN_IF_ERROR(tx.UpdatePerson(person));
    RETURN_IF_ERROR(tx.ClearLoginFailures(AccountKey(person.email)));
    return tx.DeleteSessionsOfPerson(person.id);
  });
}

}  // namespace tandem::app
