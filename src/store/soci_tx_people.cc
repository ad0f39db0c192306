// SociTx: people (global).
#include <soci/soci.h>

#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kPersonColumns[] =
    "id, email, name, password_hash, locale, is_platform_admin, created_at";

void IntoPerson(Query& q, domain::Person& p) {
  q.Into(p.id).Into(p.email).Into(p.name).Into(p.password_hash).Into(p.locale);
  q.Into(p.is_platform_admin).Into(p.created_at);
}

}  // namespace

Status SociTx::InsertPerson(const domain::Person& p) {
  return Run("InsertPerson", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO people (") + kPersonColumns +
                        ") VALUES (:id, :email, :name, :hash, :locale, :admin, :created_at)"
                        " ON CONFLICT DO NOTHING")
            .Use("id", p.id)
            .Use("email", p.email)
            .Use("name", p.name)
            .Use("hash", p.password_hash)
            .Use("locale", p.locale)
            .UseBool("admin", p.is_platform_admin)
            .UseInt("created_at", p.created_at)
            .Exec();
    if (inserted == 1) return Status::Ok();
    if (Exists("SELECT COUNT(*) FROM people WHERE id = :id", p.id))
      return AlreadyExists("A person with this id already exists.");
    return AlreadyExists("A person with this email already exists.");
  });
}

Status SociTx::UpdatePerson(const domain::Person& p) {
  return Run("UpdatePerson", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE people SET name = :name, locale = :locale,"
                              " password_hash = :hash, is_platform_admin = :admin WHERE id = :id")
                            .Use("name", p.name)
                            .Use("locale", p.locale)
                            .Use("hash", p.password_hash)
                            .UseBool("admin", p.is_platform_admin)
                            .Use("id", p.id)
                            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The person does not exist.");
  });
}

Result<domain::Person> SociTx::GetPerson(const std::string& id) {
  return Run("GetPerson", [&]() -> Result<domain::Person> {
    domain::Person p;
    Query q(sql_, std::string("SELECT ") + kPersonColumns + " FROM people WHERE id = :id");
    q.Use("id", id);
    IntoPerson(q, p);
    if (!q.Next()) return NotFound("The person does not exist.");
    return p;
  });
}

Result<domain::Person> SociTx::GetPersonForUpdate(const std::string& id) {
  return Run("GetPersonForUpdate", [&]() -> Result<domain::Person> {
    domain::Person p;
    std::string select = std::string("SELECT ") + kPersonColumns + " FROM people WHERE id = :id";
    if (dialect_ == Dialect::kPostgres) select += " FOR UPDATE";
    Query q(sql_, select);
    q.Use("id", id);
    IntoPerson(q, p);
    if (!q.Next()) return NotFound("The person does not exist.");
    return p;
  });
}

Result<std::optional<domain::Person>> SociTx::FindPersonByEmail(const std::string& email) {
  return Run("FindPersonByEmail", [&]() -> Result<std::optional<domain::Person>> {
    domain::Person p;
    Query q(sql_, std::string("SELECT ") + kPersonColumns +
                      " FROM people WHERE lower(email) = lower(CAST(:email AS TEXT))");
    q.Use("email", email);
    IntoPerson(q, p);
    if (!q.Next()) return std::optional<domain::Person>();
    return std::optional<domain::Person>(std::move(p));
  });
}

Result<std::vector<domain::Person>> SociTx::ListPlatformAdmins() {
  return Run("ListPlatformAdmins", [&]() -> Result<std::vector<domain::Person>> {
    std::vector<domain::Person> out;
    domain::Person p;
    Query q(sql_, std::string("SELECT ") + kPersonColumns +
                      " FROM people WHERE is_platform_admin = 1 ORDER BY lower(email), id");
    IntoPerson(q, p);
    while (q.Next()) out.push_back(p);
    return out;
  });
}

}  // namespace tandem::store
