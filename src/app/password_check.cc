#include "app/password_check.h"

#include <optional>

#include "app/emails.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/password_guard.h"

namespace tandem::app {

namespace {

using domain::GuessLimit;
using domain::GuessVerdict;

std::string AccountKey(const std::string& account) { return "account:" + account; }
std::string AddressKey(const std::string& address) { return "address:" + address; }

// A valid argon2id hash of a fixed string, verified against when the account does not exist
// (or has no password) so that unknown emails cost the same time as wrong passwords.
const std::string& DummyHash(const PasswordHasher& hasher) {
  static const std::string hash = [&] {
    auto h = hasher.Hash("tandem-dummy-password-for-timing");
    return h.ok() ? *h : std::string();
  }();
  return hash;
}

Status TooManyAttempts(const GuessVerdict& verdict) {
  const int seconds = static_cast<int>((verdict.retry_after + kSecond - 1) / kSecond);
  const int minutes = (seconds + 59) / 60;
  const std::string wait =
      "wait " + std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
  std::string message =
      verdict.limit == GuessLimit::kAccount
          ? "Too many failed sign-in attempts for this account. Sign in where you usually do, " +
                wait + ", or reset your password."
          : "Too many failed sign-in attempts. Please " + wait + " or reset your password.";
  return ResourceExhausted(std::move(message)).WithRetryAfter(seconds);
}

// The owner is told in their own language (domain/email_templates.h).
Status QueueGuessingAlert(Tx& tx, const Context& ctx, const domain::Person& person, int failures,
                          Millis now) {
  return QueueEmail(tx, person.email, person.locale, domain::EmailKind::kPasswordGuessingAlert,
                    {{"name", person.name},
                     {"email", person.email},
                     {"failures", std::to_string(failures)},
                     {"forgot_link", ctx.public_url + "/forgot-password"}},
                    now);
}

}  // namespace

Result<domain::Person> CheckPassword(const Context& ctx, const std::string& email,
                                     std::string_view password, const std::string& client_address) {
  const std::string account = NormalizeEmail(email);
  const std::string address = domain::ThrottleAddress(client_address);
  const Millis now = ctx.clock.Now();

  // 1. Judge the attempt and, when allowed, record it as a failure before verifying, all under
  //    the account's and the address's throttle locks: concurrent guesses are counted one after
  //    another, so none slips past the limits. A refused attempt records nothing.
  struct Charge {
    std::optional<domain::Person> person;
    GuessVerdict verdict;
    int account_failures = 0;  // before this attempt, within the ceiling window
  };
  ASSIGN_OR_RETURN(
      Charge charge, InTx<Charge>(ctx.store, [&](Tx& tx) -> Result<Charge> {
        RETURN_IF_ERROR(tx.LockThrottleKey(AccountKey(account)));
        RETURN_IF_ERROR(tx.LockThrottleKey(AddressKey(address)));
        Charge c;
        domain::GuessHistory history;
        ASSIGN_OR_RETURN(history.of_account, tx.ListPasswordFailuresOfAccount(
                                                 account, now - domain::kAccountCeilingWindow));
        ASSIGN_OR_RETURN(history.from_address, tx.ListPasswordFailureTimesFromAddress(
                                                   address, now - domain::kGuessWindow));
        ASSIGN_OR_RETURN(c.person, tx.FindPersonByEmail(account));
        if (c.person) {
          ASSIGN_OR_RETURN(
              history.known_address,
              tx.IsKnownAddress(c.person->id, address, now - domain::kKnownAddressLifetime));
        }
        c.verdict = domain::JudgeGuess(history, address, now);
        c.account_failures = static_cast<int>(history.of_account.size());
        if (!c.verdict.allowed()) return c;
        RETURN_IF_ERROR(tx.InsertPasswordFailure({NewId(), account, address, now}));
        return c;
      }));
  if (!charge.verdict.allowed()) return TooManyAttempts(charge.verdict);

  // 2. Verify outside any transaction: argon2 is slow by design.
  const domain::Person* person =
      charge.person && !charge.person->password_hash.empty() ? &*charge.person : nullptr;
  bool ok;
  if (person) {
    ok = ctx.hasher.Verify(person->password_hash, password);
  } else {
    (void)ctx.hasher.Verify(DummyHash(ctx.hasher), password);
    ok = false;
  }

  // 3. Settle: a right password refunds the charge (and this address's earlier failures for
  //    the account) and makes the address known; a wrong one stays recorded, and when it brings
  //    the account to its ceiling the owner is told.
  if (ok) {
    RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.DeletePasswordFailures(account, address));
      return tx.TouchKnownAddress(person->id, address, now);
    }));
    return *person;
  }
  if (person && domain::AccountCeilingReached(charge.account_failures + 1)) {
    RETURN_IF_ERROR(ctx.store.Transact([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(bool claimed,
                       tx.ClaimPasswordAlert(person->id, now, now - domain::kGuessAlertInterval));
      if (!claimed) return Status::Ok();
      return QueueGuessingAlert(tx, ctx, *person, charge.account_failures + 1, now);
    }));
  }
  return Unauthenticated("Wrong email or password.");
}

}  // namespace tandem::app
