#include "store/soci_errors.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // also brings sqlite3.h (SQLITE_* codes)
#include <spdlog/spdlog.h>

#include <string>

#include "store/sql.h"

namespace tandem::store {
namespace {

// What each unique constraint protects, as users would name it. `needle` is found in
// PostgreSQL messages (constraint name) and in SQLite messages (index name for expression
// indexes, "table.column" otherwise).
struct UniqueKey {
  const char* needle;
  const char* what;
};
constexpr UniqueKey kUniqueKeys[] = {
    {"people_email_key", "email"},
    {"organisations_slug_key", "slug"},
    {"taxonomy_terms_label_key", "label"},
    {"enrollments_person_role_key", "enrollment of this person in this role"},
    {"enrollments.organisation_id, enrollments.program_id",
     "enrollment of this person in this role"},
    {"invitations_token_hash_key", "invitation token"},
    {"invitations.token_hash", "invitation token"},
    {"relationships_open_pair_key", "mentee and mentor in an open relationship of this program"},
    {"relationships.organisation_id, relationships.program_id",
     "mentee and mentor in an open relationship of this program"},
    {"mentor_requests_pending_pair_key", "mentee and mentor in a pending request of this program"},
    {"mentor_requests.organisation_id, mentor_requests.program_id",
     "mentee and mentor in a pending request of this program"},
    {"proposals_pkey", "mentee and mentor in this round"},
    {"proposals.organisation_id, proposals.round_id", "mentee and mentor in this round"},
    {"unmatched_pkey", "mentee in this round"},
    {"unmatched.organisation_id, unmatched.round_id", "mentee in this round"},
    {"outbox_id_key", "id"},
    {"outbox.id", "id"},
    {"_pkey", "id"},
    {".id", "id"},
    {".person_id", "id"},
    {".id_hash", "id"},
    {".token_hash", "token"},
};

Status DescribeDuplicate(const std::string& message) {
  for (const UniqueKey& key : kUniqueKeys)
    if (message.find(key.needle) != std::string::npos)
      return AlreadyExists(std::string("A record with the same ") + key.what + " already exists.");
  return AlreadyExists("A record with the same key already exists.");
}

Status MissingReference() { return NotFound("A record it refers to does not exist."); }

// The database's message without PostgreSQL's DETAIL/HINT lines, which quote row values.
std::string LoggableMessage(const std::exception& error) {
  std::string message;
  if (auto* soci_error = dynamic_cast<const soci::soci_error*>(&error))
    message = soci_error->get_error_message();  // without the query and its parameters
  else
    message = error.what();
  size_t cut = message.find("DETAIL:");
  if (cut != std::string::npos) message.resize(cut);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

std::optional<Status> FromPostgres(const soci::postgresql_soci_error& error) {
  std::string state = error.sqlstate();
  if (state == "23505") return DescribeDuplicate(error.get_error_message());
  if (state == "23503") return MissingReference();
  if (state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03" ||
      state == "53300")
    return Unavailable("The database is unavailable; try again later.");
  if (state == "40001" || state == "40P01") return Unavailable("The database was busy; try again.");
  return std::nullopt;
}

std::optional<Status> FromSqlite(const soci::sqlite3_soci_error& error) {
  std::string message = error.get_error_message();
  int primary = error.result() & 0xff;
  if (primary == SQLITE_CONSTRAINT || message.find("constraint failed") != std::string::npos) {
    if (message.find("UNIQUE constraint failed") != std::string::npos ||
        message.find("PRIMARY KEY") != std::string::npos)
      return DescribeDuplicate(message);
    if (message.find("FOREIGN KEY constraint failed") != std::string::npos)
      return MissingReference();
    return std::nullopt;
  }
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED ||
      message.find("database is locked") != std::string::npos)
    return Unavailable("The database was busy; try again.");
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL ||
      primary == SQLITE_READONLY)
    return Unavailable("The database cannot be written; try again later.");
  return std::nullopt;
}

}  // namespace

Status TranslateError(const std::exception& error, std::string_view operation, soci::session* sql,
                      Dialect dialect) {
  std::optional<Status> status;
  if (dynamic_cast<const CorruptRow*>(&error)) {
    status = Internal("The database holds data this version of Tandem cannot read.");
  } else if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    status = FromPostgres(*pg);
  } else if (auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
    status = FromSqlite(*lite);
  } else if (auto* other = dynamic_cast<const soci::soci_error*>(&error)) {
    if (other->get_error_category() == soci::soci_error::connection_error)
      status = Unavailable("The database is unavailable; try again later.");
  }
  if (!status && sql != nullptr && !ConnectionLooksHealthy(*sql, dialect))
    status = Unavailable("The connection to the database was lost; try again.");
  if (!status) status = Internal("The database operation failed.");

  // Expected outcomes (a duplicate, a missing reference) are not worth a warning.
  auto level =
      status->code() == StatusCode::kAlreadyExists || status->code() == StatusCode::kNotFound
          ? spdlog::level::debug
          : spdlog::level::warn;
  spdlog::log(level, "store: {} failed ({}): {}", operation, DialectName(dialect),
              LoggableMessage(error));
  return *status;
}

}  // namespace tandem::store
