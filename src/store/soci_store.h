// SociStore: app::Store on SQLite or PostgreSQL through SOCI. Create one with OpenStore()
// (store/open_store.h); main/ wires it into the use cases.
//
// Thread-safety: all methods are thread-safe. Each Transact borrows one pooled connection
// for its whole duration and returns it afterwards; a Transact callback must not call
// Transact again (with a pool of one that would wait forever).
//
// Transactions: SQLite starts every transaction with BEGIN IMMEDIATE (the write lock is taken
// up front, so two writers cannot deadlock upgrading read locks; they queue for up to the
// 5 s busy timeout instead) and commits durably (WAL, synchronous=FULL). PostgreSQL uses
// READ COMMITTED; uniqueness races are caught by unique indexes and reported as
// AlreadyExists, and check-then-write decisions take row locks first (Tx::LockParticipants,
// LockRound, LockInvitation; see docs/architecture.md, "Concurrency"). A deadlock the lock
// order did not prevent is reported as Unavailable (503, "try again"). A PostgreSQL connection
// found broken is reconnected once before BEGIN (or Ping); a failure in the middle of a
// transaction is reported as Unavailable, never retried (the callback may not be idempotent).
#ifndef TANDEM_STORE_SOCI_STORE_H_
#define TANDEM_STORE_SOCI_STORE_H_

#include <functional>
#include <memory>
#include <vector>

#include "app/store.h"
#include "base/status.h"
#include "store/dialect.h"
#include "store/migrations.h"

namespace soci {
class session;
}

namespace tandem::store {

class SessionPool;

class SociStore final : public app::Store {
 public:
  // Takes an open pool. Use OpenStore() rather than this constructor.
  SociStore(Dialect dialect, std::unique_ptr<SessionPool> pool);
  ~SociStore() override;
  SociStore(const SociStore&) = delete;
  SociStore& operator=(const SociStore&) = delete;

  // Commits when fn returns OK, rolls back otherwise and returns fn's status. Also rolls back
  // when a database error happened inside fn even if fn returned OK (that error is
  // returned); an Unavailable database error (busy, deadlock victim, connection lost) is
  // returned even when fn returned another error. Exceptions thrown by fn are caught:
  // rollback, Internal.
  Status Transact(const std::function<Status(app::Tx&)>& fn) override;
  // BEGIN (deferred: WAL readers take no write lock) on SQLite, BEGIN READ ONLY on PostgreSQL.
  Status TransactRead(const std::function<Status(app::Tx&)>& fn) override;
  // SELECT 1 on a pooled connection. Unavailable when the database cannot be reached.
  Status Ping() override;

  // Applies the migrations built into this binary (see migrations.h). Idempotent.
  Status Migrate();
  // Same with an explicit list: for tests and tools.
  Status MigrateWith(const std::vector<Migration>& migrations);
  // The applied schema version (0 for an empty database).
  Result<int> SchemaVersion();

  Dialect dialect() const { return dialect_; }

 private:
  // Runs `action` on `sql`; on PostgreSQL reconnects once when the connection is (or turns
  // out to be) broken, then retries. Any error becomes a Status.
  Status WithReconnect(soci::session& sql, const char* operation,
                       const std::function<void()>& action);
  // Commits when `result` is OK (a failed COMMIT replaces it), otherwise rolls back.
  void Finish(soci::session& sql, Status& result);
  Status Run(const char* begin, const std::function<Status(app::Tx&)>& fn);

  Dialect dialect_;
  std::unique_ptr<SessionPool> pool_;
};

}  // namespace tandem::store

#endif  // TANDEM_STORE_SOCI_STORE_H_
