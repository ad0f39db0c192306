// SociTx: sign-in sessions (global), stored by the hash of their id.
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

void IntoSession(Query& q, domain::Session& s) {
  q.Into(s.id_hash).Into(s.person_id).Into(s.csrf_token).Into(s.created_at).Into(s.expires_at);
}

}  // namespace

Status SociTx::InsertSession(const domain::Session& s) {
  return Run("InsertSession", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO sessions (id_hash, person_id, csrf_token, created_at, expires_at)"
              " VALUES (:id_hash, :person, :csrf, :created_at, :expires_at) ON CONFLICT DO NOTHING")
            .Use("id_hash", s.id_hash)
            .Use("person", s.person_id)
            .Use("csrf", s.csrf_token)
            .UseInt("created_at", s.created_at)
            .UseInt("expires_at", s.expires_at)
            .Exec();
    return inserted == 1 ? Status::Ok() : AlreadyExists("A session with this id already exists.");
  });
}

Result<std::optional<domain::Session>> SociTx::FindSession(const std::string& id_hash) {
  return Run("FindSession", [&]() -> Result<std::optional<domain::Session>> {
    domain::Session s;
    Query q(sql_,
            "SELECT id_hash, person_id, csrf_token, created_at, expires_at FROM sessions"
            " WHERE id_hash = :id_hash");
    q.Use("id_hash", id_hash);
    IntoSession(q, s);
    if (!q.Next()) return std::optional<domain::Session>();
    return std::optional<domain::Session>(std::move(s));
  });
}

Status SociTx::DeleteSession(const std::string& id_hash) {
  return Run("DeleteSession", [&]() -> Status {
    Query(sql_, "DELETE FROM sessions WHERE id_hash = :id_hash").Use("id_hash", id_hash).Exec();
    return Status::Ok();
  });
}

Status SociTx::DeleteSessionsOfPerson(const std::string& person_id) {
  return Run("DeleteSessionsOfPerson", [&]() -> Status {
    Query(sql_, "DELETE FROM sessions WHERE person_id = :person").Use("person", person_id).Exec();
    return Status::Ok();
  });
}

}  // namespace tandem::store
