// SociTx: password guessing (failures, known addresses, alerts). Everything here is global
// and keyed by normalised email or client address, not by organisation.
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// The first key of pg_advisory_xact_lock(int, int) for throttle keys: any constant will do,
// as long as nothing else uses it.
constexpr char kThrottleLockClass[] = "7402";

}  // namespace

Status SociTx::LockThrottleKey(const std::string& key) {
  return Run("LockThrottleKey", [&]() -> Status {
    if (dialect_ != Dialect::kPostgres) return Status::Ok();
    Query(sql_, std::string("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(") +
                    kThrottleLockClass + ", hashtext(:key))) AS l")
        .Use("key", key)
        .Scalar();
    return Status::Ok();
  });
}

Status SociTx::InsertPasswordFailure(const domain::PasswordFailure& f) {
  return Run("InsertPasswordFailure", [&]() -> Status {
    Query(sql_, "DELETE FROM password_failures WHERE at < :cutoff")
        .UseInt("cutoff", f.at - domain::kPasswordFailureRetention)
        .Exec();
    long long inserted = Query(sql_,
                               "INSERT INTO password_failures (id, account, address, at)"
                               " VALUES (:id, :account, :address, :at) ON CONFLICT DO NOTHING")
                             .Use("id", f.id)
                             .Use("account", f.account)
                             .Use("address", f.address)
                             .UseInt("at", f.at)
                             .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("A password failure with this id already exists.");
  });
}

Result<std::vector<domain::PasswordFailure>> SociTx::ListPasswordFailuresOfAccount(
    const std::string& account, Millis since) {
  return Run("ListPasswordFailuresOfAccount",
             [&]() -> Result<std::vector<domain::PasswordFailure>> {
               domain::PasswordFailure f;
               Query q(sql_,
                       "SELECT id, account, address, at FROM password_failures"
                       " WHERE account = :account AND at >= :since ORDER BY at, id");
               q.Use("account", account).UseInt("since", since);
               q.Into(f.id).Into(f.account).Into(f.address).Into(f.at);
               std::vector<domain::PasswordFailure> out;
               while (q.Next()) out.push_back(f);
               return out;
             });
}

Result<std::vector<Millis>> SociTx::ListPasswordFailureTimesFromAddress(const std::string& address,
                                                                        Millis since) {
  return Run("ListPasswordFailureTimesFromAddress", [&]() -> Result<std::vector<Millis>> {
    Query q(sql_,
            "SELECT at FROM password_failures WHERE address = :address AND at >= :since"
            " ORDER BY at");
    q.Use("address", address).UseInt("since", since);
    return q.Integers();
  });
}

Status SociTx::DeletePasswordFailures(const std::string& account, const std::string& address) {
  return Run("DeletePasswordFailures", [&]() -> Status {
    if (address.empty()) {
      Query(sql_, "DELETE FROM password_failures WHERE account = :account")
          .Use("account", account)
          .Exec();
    } else {
      Query(sql_, "DELETE FROM password_failures WHERE account = :account AND address = :address")
          .Use("account", account)
          .Use("address", address)
          .Exec();
    }
    return Status::Ok();
  });
}

Status SociTx::TouchKnownAddress(const std::string& person_id, const std::string& address,
                                 Millis at) {
  return Run("TouchKnownAddress", [&]() -> Status {
    Query(sql_,
          "INSERT INTO known_addresses (person_id, address, last_seen_at)"
          " VALUES (:person, :address, :at) ON CONFLICT (person_id, address) DO UPDATE"
          " SET last_seen_at = excluded.last_seen_at"
          " WHERE known_addresses.last_seen_at < excluded.last_seen_at")
        .Use("person", person_id)
        .Use("address", address)
        .UseInt("at", at)
        .Exec();
    Query(sql_, "DELETE FROM known_addresses WHERE person_id = :person AND last_seen_at < :cutoff")
        .Use("person", person_id)
        .UseInt("cutoff", at - domain::kKnownAddressLifetime)
        .Exec();
    return Status::Ok();
  });
}

Result<bool> SociTx::IsKnownAddress(const std::string& person_id, const std::string& address,
                                    Millis since) {
  return Run("IsKnownAddress", [&]() -> Result<bool> {
    return Query(sql_,
                 "SELECT COUNT(*) FROM known_addresses WHERE person_id = :person"
                 " AND address = :address AND last_seen_at >= :since")
               .Use("person", person_id)
               .Use("address", address)
               .UseInt("since", since)
               .Scalar() > 0;
  });
}

Result<bool> SociTx::ClaimPasswordAlert(const std::string& person_id, Millis at, Millis since) {
  return Run("ClaimPasswordAlert", [&]() -> Result<bool> {
    return Query(sql_,
                 "INSERT INTO password_alerts (person_id, sent_at) VALUES (:person, :at)"
                 " ON CONFLICT (person_id) DO UPDATE SET sent_at = excluded.sent_at"
                 " WHERE password_alerts.sent_at < :since")
               .Use("person", person_id)
               .UseInt("at", at)
               .UseInt("since", since)
               .Exec() == 1;
  });
}

}  // namespace tandem::store
