// SociTx: password-reset tokens (global, stored as hashes) and the reset requests counted
// against abuse.
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {

Status SociTx::InsertPasswordReset(const domain::PasswordReset& r) {
  return Run("InsertPasswordReset", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO password_resets (token_hash, person_id, expires_at, used)"
              " VALUES (:token_hash, :person, :expires_at, :used) ON CONFLICT DO NOTHING")
            .Use("token_hash", r.token_hash)
            .Use("person", r.person_id)
            .UseInt("expires_at", r.expires_at)
            .UseBool("used", r.used)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("A password reset with this token already exists.");
  });
}

Result<std::optional<domain::PasswordReset>> SociTx::FindPasswordReset(
    const std::string& token_hash) {
  return Run("FindPasswordReset", [&]() -> Result<std::optional<domain::PasswordReset>> {
    domain::PasswordReset r;
    Query q(sql_,
            "SELECT token_hash, person_id, expires_at, used FROM password_resets"
            " WHERE token_hash = :token_hash");
    q.Use("token_hash", token_hash).Into(r.token_hash).Into(r.person_id).Into(r.expires_at);
    q.Into(r.used);
    if (!q.Next()) return std::optional<domain::PasswordReset>();
    return std::optional<domain::PasswordReset>(std::move(r));
  });
}

Status SociTx::MarkPasswordResetUsed(const std::string& token_hash) {
  return Run("MarkPasswordResetUsed", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE password_resets SET used = 1 WHERE token_hash = :token_hash"
                              " AND used = 0")
                            .Use("token_hash", token_hash)
                            .Exec();
    if (updated == 1) return Status::Ok();
    if (Exists("SELECT COUNT(*) FROM password_resets WHERE token_hash = :id", token_hash))
      return FailedPrecondition("The password reset has already been used.");
    return NotFound("The password reset does not exist.");
  });
}

Status SociTx::MarkPasswordResetsOfPersonUsed(const std::string& person_id) {
  return Run("MarkPasswordResetsOfPersonUsed", [&]() -> Status {
    Query(sql_, "UPDATE password_resets SET used = 1 WHERE person_id = :person AND used = 0")
        .Use("person", person_id)
        .Exec();
    return Status::Ok();
  });
}

Status SociTx::InsertPasswordResetRequest(const domain::PasswordResetRequest& r) {
  return Run("InsertPasswordResetRequest", [&]() -> Status {
    Query(sql_, "DELETE FROM password_reset_requests WHERE at < :cutoff")
        .UseInt("cutoff", r.at - domain::kResetRequestRetention)
        .Exec();
    Query(sql_,
          "INSERT INTO password_reset_requests (account, address, at, mailed)"
          " VALUES (:account, :address, :at, :mailed)")
        .Use("account", r.account)
        .Use("address", r.address)
        .UseInt("at", r.at)
        .UseBool("mailed", r.mailed)
        .Exec();
    return Status::Ok();
  });
}

Result<std::vector<Millis>> SociTx::ListPasswordResetRequestTimesFromAddress(
    const std::string& address, Millis since) {
  return Run("ListPasswordResetRequestTimesFromAddress", [&]() -> Result<std::vector<Millis>> {
    Query q(sql_,
            "SELECT at FROM password_reset_requests WHERE address = :address AND at >= :since"
            " ORDER BY at");
    q.Use("address", address).UseInt("since", since);
    return q.Integers();
  });
}

Result<int> SociTx::CountPasswordResetMails(const std::string& account, Millis since) {
  return Run("CountPasswordResetMails", [&]() -> Result<int> {
    return static_cast<int>(Query(sql_,
                                  "SELECT COUNT(*) FROM password_reset_requests"
                                  " WHERE account = :account AND at >= :since AND mailed = 1")
                                .Use("account", account)
                                .UseInt("since", since)
                                .Scalar());
  });
}

}  // namespace tandem::store
