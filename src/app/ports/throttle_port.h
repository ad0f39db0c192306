// Password guessing (domain/password_guard.h): failures, known addresses, owner alerts.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_THROTTLE_PORT_H_
#define TANDEM_APP_PORTS_THROTTLE_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/password_guard.h"

namespace tandem::app {

class ThrottlePort {
 public:
  virtual ~ThrottlePort() = default;

  // Password guessing (domain/password_guard.h). Accounts are normalised emails, whether or not
  // a person has one; addresses are domain::ThrottleAddress keys.
  //
  // Serialises throttling decisions about `key` (e.g. "account:<email>") until the transaction
  // ends (PostgreSQL: a transaction-scoped advisory lock on a hash of the key; SQLite: nothing
  // to do, write transactions are serial). Inside Transact only. Lock order: at most one
  // account key, then at most one address key, before any other lock.
  virtual Status LockThrottleKey(const std::string& key) = 0;

  // Also deletes every failure older than domain::kPasswordFailureRetention (any account).
  virtual Status InsertPasswordFailure(const domain::PasswordFailure& f) = 0;  // AlreadyExists: id

  // The account's failures (any address) at or after `since`, oldest first.
  virtual Result<std::vector<domain::PasswordFailure>> ListPasswordFailuresOfAccount(
      const std::string& account, Millis since) = 0;

  // When the failures from `address` (any account) at or after `since` happened, oldest first.
  virtual Result<std::vector<Millis>> ListPasswordFailureTimesFromAddress(
      const std::string& address, Millis since) = 0;

  // Deletes the account's failures from one address, or from every address when `address` is
  // empty. OK when there were none.
  virtual Status DeletePasswordFailures(const std::string& account, const std::string& address) = 0;

  // Records a successful sign-in of the person from `address` at `at` (insert, or move
  // last_seen_at forward), and deletes the person's addresses last seen before
  // at - domain::kKnownAddressLifetime.
  virtual Status TouchKnownAddress(const std::string& person_id, const std::string& address,
                                   Millis at) = 0;

  // True when the person signed in from `address` at or after `since`.
  virtual Result<bool> IsKnownAddress(const std::string& person_id, const std::string& address,
                                      Millis since) = 0;

  // Records an alert to the person at `at` unless one was recorded at or after `since`: true
  // when this call recorded it (so of two concurrent calls at most one answers true).
  virtual Result<bool> ClaimPasswordAlert(const std::string& person_id, Millis at,
                                          Millis since) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_THROTTLE_PORT_H_
