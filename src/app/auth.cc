#include "app/auth.h"

#include "app/emails.h"
#include "app/password_check.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/access.h"
#include "domain/password_guard.h"

namespace tandem::app {

namespace {

std::string AccountKey(const std::string& email) { return "account:" + email; }
std::string AddressKey(const std::string& address) { return "address:" + address; }

Status InvalidResetToken() {
  return FieldInvalid("token", "this reset link is invalid or has expired; ask for a new one");
}

bool Usable(const std::optional<domain::PasswordReset>& reset, Millis now) {
  return reset && !reset->used && reset->expires_at > now;
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
  ASSIGN_OR_RETURN(domain::Person person, CheckPassword(ctx, email, password, remote_address));
  return StartSession(ctx, person.id);
}

Status Logout(const Context& ctx, const std::string& session_token) {
  if (session_token.empty()) return Status::Ok();
  std::string hash = ctx.tokens.HashToken(session_token);
  Status s = ctx.store.Transact([&](Tx& tx) { return tx.DeleteSession(hash); });
  if (s.ok() && ctx.live != nullptr) ctx.live->SessionEnded(session_token);
  return s;
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
    Caller caller{person.id, person.is_platform_admin};
    caller.session_key = hash.substr(0, 32);
    return Out{AuthenticatedSession{std::move(caller), session->csrf_token}};
  });
}

Status RequestPasswordReset(const Context& ctx, const std::string& raw_email,
                            const std::string& remote_address) {
  const std::string email = NormalizeEmail(raw_email);
  if (!IsValidEmail(email)) return FieldInvalid("email", "must be an email address");
  const std::string address = domain::ThrottleAddress(remote_address);
  const std::string token = ctx.tokens.NewToken();
  const Millis now = ctx.clock.Now();
  const Millis since = now - domain::kResetRequestWindow;
  return ctx.store.Transact([&](Tx& tx) -> Status {
    // Under both throttle locks, so concurrent requests are counted one after another.
    RETURN_IF_ERROR(tx.LockThrottleKey(AccountKey(email)));
    RETURN_IF_ERROR(tx.LockThrottleKey(AddressKey(address)));
    // Per address, whatever the emails: refusing says nothing about any account.
    ASSIGN_OR_RETURN(auto from_address,
                     tx.ListPasswordResetRequestTimesFromAddress(address, since));
    Millis wait = domain::WaitForRoom(from_address, domain::kMaxResetRequestsPerAddress,
                                      domain::kResetRequestWindow, now);
    if (wait > 0)
      return ResourceExhausted(
                 "Too many password-reset requests from your network. Please wait "
                 "a while and try again.")
          .WithRetryAfter(static_cast<int>((wait + kSecond - 1) / kSecond));
    domain::PasswordResetRequest request{email, address, now, false};
    ASSIGN_OR_RETURN(auto person, tx.FindPersonByEmail(email));
    // Unknown accounts get no mail (and the answer does not say so); an account that already
    // received its share of links this hour gets no more: the owner has working ones.
    if (person) {
      ASSIGN_OR_RETURN(int mailed, tx.CountPasswordResetMails(email, since));
      request.mailed = mailed < domain::kMaxResetMailsPerAccount;
    }
    RETURN_IF_ERROR(tx.InsertPasswordResetRequest(request));
    if (!request.mailed) return Status::Ok();
    RETURN_IF_ERROR(tx.InsertPasswordReset(domain::PasswordReset{
        ctx.tokens.HashToken(token), person->id, now + domain::kPasswordResetLifetime, false}));
    std::string link = ctx.public_url + "/reset-password?token=" + token;
    return QueueEmail(tx, email, person->locale, domain::EmailKind::kPasswordReset,
                      {{"name", person->name}, {"link", link}}, now);
  });
}

Status ConfirmPasswordReset(const Context& ctx, const std::string& token,
                            const std::string& new_password) {
  RETURN_IF_ERROR(domain::ValidatePassword(new_password));
  if (token.empty()) return FieldInvalid("token", "is required");
  const std::string hash = ctx.tokens.HashToken(token);
  const Millis now = ctx.clock.Now();
  // Cheap check first: nobody makes the server hash a password for a token that cannot work.
  ASSIGN_OR_RETURN(bool usable, InReadTx<bool>(ctx.store, [&](Tx& tx) -> Result<bool> {
                     ASSIGN_OR_RETURN(auto reset, tx.FindPasswordReset(hash));
                     return Usable(reset, now);
                   }));
  if (!usable) return InvalidResetToken();
  // Hash outside any transaction (slow), then check again and apply atomically.
  ASSIGN_OR_RETURN(std::string password_hash, ctx.hasher.Hash(new_password));
  return ctx.store.Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto reset, tx.FindPasswordReset(hash));
    if (!Usable(reset, now)) return InvalidResetToken();
    // Claim the token first: of two confirmations at once, the second finds it used.
    Status claimed = tx.MarkPasswordResetUsed(hash);
    if (claimed.code() == StatusCode::kFailedPrecondition) return InvalidResetToken();
    RETURN_IF_ERROR(claimed);
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPersonForUpdate(reset->person_id));
    person.password_hash = password_hash;
    RETURN_IF_ERROR(tx.UpdatePerson(person));
    // The other links mailed to this account stop working, and so do its sessions. Its
    // guessing failures are forgotten: whoever holds the mailbox may sign in from anywhere.
    RETURN_IF_ERROR(tx.MarkPasswordResetsOfPersonUsed(person.id));
    RETURN_IF_ERROR(tx.DeletePasswordFailures(person.email, ""));
    return tx.DeleteSessionsOfPerson(person.id);
  });
}

}  // namespace tandem::app
