#include "store/migrations.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <string>

#include "base/time.h"
#include "store/soci_errors.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// Any constant will do; it only has to be the same for every Tandem process.
constexpr char kLockStatement[] = "SELECT pg_advisory_xact_lock(23750552523662701)";

constexpr char kCreateBookkeeping[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER NOT NULL PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at BIGINT NOT NULL)";

// Runs body inside BEGIN..COMMIT, serialised against other migrators. body returns a Status;
// a non-OK Status or an exception rolls back.
template <typename Body>
Status InMigrationTransaction(soci::session& sql, Dialect dialect, const char* operation,
                              Body body) {
  try {
    ExecScript(sql, dialect, dialect == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  } catch (const std::exception& e) {
    return TranslateError(e, operation, &sql, dialect);
  }
  Status status;
  try {
    if (dialect == Dialect::kPostgres) ExecScript(sql, dialect, kLockStatement);
    status = body();
    if (status.ok()) ExecScript(sql, dialect, "COMMIT");
  } catch (const std::exception& e) {
    status = TranslateError(e, operation, &sql, dialect);
  }
  if (!status.ok()) {
    try {
      ExecScript(sql, dialect, "ROLLBACK");
    } catch (const std::exception& e) {
      spdlog::warn("store: rollback after failed {} failed: {}", operation, e.what());
    }
  }
  return status;
}

bool BookkeepingTableExists(soci::session& sql, Dialect dialect) {
  const char* query =
      dialect == Dialect::kSqlite
          ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
          : "SELECT COUNT(*) FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = 'schema_migrations'";
  return Query(sql, query).Scalar() > 0;
}

int MaxVersion(soci::session& sql) {
  return static_cast<int>(
      Query(sql, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scalar());
}

Status TooNew(int current, int latest) {
  return FailedPrecondition("The database schema is at version " + std::to_string(current) +
                            ", newer than this build of Tandem supports (" +
                            std::to_string(latest) + "). Run a newer Tandem.");
}

}  // namespace

Status RunMigrations(soci::session& sql, Dialect dialect,
                     const std::vector<Migration>& migrations) {
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  RETURN_IF_ERROR(InMigrationTransaction(sql, dialect, "prepare migrations", [&]() -> Status {
    ExecScript(sql, dialect, kCreateBookkeeping);
    int current = MaxVersion(sql);
    return current > latest ? TooNew(current, latest) : Status::Ok();
  }));

  for (const Migration& migration : migrations) {
    bool applied = false;
    std::string operation = std::string("migration ") + migration.name;
    RETURN_IF_ERROR(InMigrationTransaction(sql, dialect, operation.c_str(), [&]() -> Status {
      // Re-read under the lock: another process may have migrated meanwhile.
      int current = MaxVersion(sql);
      if (current > latest) return TooNew(current, latest);
      std::string applied_name;
      Query done(sql, "SELECT name FROM schema_migrations WHERE version = :version");
      done.UseInt("version", migration.version).Into(applied_name);
      if (done.Next()) {
        if (applied_name != migration.name)
          spdlog::warn("store: schema version {} was applied as '{}', this build calls it '{}'",
                       migration.version, applied_name, migration.name);
        return Status::Ok();
      }
      ExecScript(sql, dialect, migration.sql);
      Query(sql,
            "INSERT INTO schema_migrations (version, name, applied_at)"
            " VALUES (:version, :name, :applied_at)")
          .UseInt("version", migration.version)
          .Use("name", migration.name)
          .UseInt("applied_at", SystemClock().Now())
          .Exec();
      applied = true;
      return Status::Ok();
    }));
    if (applied)
      spdlog::info("store: applied migration {} ({})", migration.name, DialectName(dialect));
  }
  return Status::Ok();
}

Result<int> ReadSchemaVersion(soci::session& sql, Dialect dialect) {
  try {
    if (!BookkeepingTableExists(sql, dialect)) return 0;
    return MaxVersion(sql);
  } catch (const std::exception& e) {
    return TranslateError(e, "read schema version", &sql, dialect);
  }
}

}  // namespace tandem::store
