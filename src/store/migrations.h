// Schema migrations: numbered .sql files under migrations/<dialect>/, embedded into the binary
// at build time (embed_migrations.cmake generates migrations_embedded.cc), so a deployed
// binary carries exactly the schema it was built for.
//
// Rules for migration files: named NNNN_lower_case_name.sql; written for both dialects with the
// same versions and names (the build fails otherwise); never edited once released (add a new
// one); no BEGIN/COMMIT inside (the runner wraps each file in its own transaction); on SQLite
// avoid statements that cannot run in a transaction (PRAGMA foreign_keys, VACUUM).
//
// The runner records applied versions in schema_migrations(version, name, applied_at). It is
// idempotent, safe to run from several processes at once (PostgreSQL: an advisory lock;
// SQLite: BEGIN IMMEDIATE), and refuses a database whose version is newer than the newest
// migration it knows (FailedPrecondition): an older binary must not write to a newer schema.
#ifndef TANDEM_STORE_MIGRATIONS_H_
#define TANDEM_STORE_MIGRATIONS_H_

#include <vector>

#include "base/status.h"
#include "store/dialect.h"

namespace soci {
class session;
}

namespace tandem::store {

struct Migration {
  int version;       // NNNN from the file name
  const char* name;  // file name without .sql, e.g. "0001_initial"
  const char* sql;   // the file's contents
};

// The migrations built into this binary, ascending by version.
const std::vector<Migration>& EmbeddedMigrations(Dialect dialect);

// Applies every migration in `migrations` (ascending versions) not yet recorded, each in its
// own transaction; a failing migration is rolled back and stops the run (earlier ones stay).
// Returns FailedPrecondition when the database is newer than the last of `migrations`,
// Unavailable/Internal on database errors. Uses `sql` outside of any open transaction.
Status RunMigrations(soci::session& sql, Dialect dialect, const std::vector<Migration>& migrations);

// The highest applied version; 0 for an empty database.
Result<int> ReadSchemaVersion(soci::session& sql, Dialect dialect);

}  // namespace tandem::store

#endif  // TANDEM_STORE_MIGRATIONS_H_
