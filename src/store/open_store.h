// OpenStore: the one way to obtain a SociStore from a connection URL.
//
// URLs:
//   sqlite:PATH                      a database file (created when missing); also sqlite://PATH
//   sqlite::memory:                  a private in-memory database (tests; the pool is forced to 1
//                                    connection, since each connection would see its own database)
//   postgresql://host=H port=P dbname=D user=U [password=...]    libpq keyword form
//   postgresql://user[:password]@host[:port]/dbname[?param=...]  libpq URI form
//   (postgres:// is accepted as a synonym of postgresql://)
//
// pool_size (>= 1) connections are opened up front. SQLite connections get WAL, foreign keys,
// synchronous=FULL and a 5 s busy timeout. With MigrationPolicy::kMigrate (the default) the
// schema is brought up to date before the store is returned.
//
// Errors: InvalidArgument for a malformed URL or pool size, Unavailable when the database
// cannot be opened or reached, FailedPrecondition when the database's schema is newer than
// this binary, Internal otherwise. Thread-safe.
#ifndef TANDEM_STORE_OPEN_STORE_H_
#define TANDEM_STORE_OPEN_STORE_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "store/soci_store.h"

namespace tandem::store {

enum class MigrationPolicy {
  kMigrate,  // apply pending migrations (start-up of a server or CLI)
  kSkip,     // open only (tools inspecting a database, migration tests)
};

Result<std::unique_ptr<SociStore>> OpenStore(const std::string& url, int pool_size,
                                             MigrationPolicy policy = MigrationPolicy::kMigrate);

// The libpq keyword/value connection string for a postgresql:// or postgres:// URL (either
// form above), with values quoted. InvalidArgument for anything else. Exposed for tests and
// tools that talk to the same server.
Result<std::string> PostgresConnInfo(const std::string& url);

}  // namespace tandem::store

#endif  // TANDEM_STORE_OPEN_STORE_H_
