#include "store/soci_store.h"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "store/session_pool.h"
#include "store/soci_errors.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// How long a caller waits for a free connection before giving up with Unavailable.
constexpr std::chrono::seconds kAcquireTimeout{30};

Status PoolExhausted() { return Unavailable("All database connections are busy; try again."); }

}  // namespace

SociStore::SociStore(Dialect dialect, std::unique_ptr<SessionPool> pool)
    : dialect_(dialect), pool_(std::move(pool)) {}

SociStore::~SociStore() = default;

Status SociStore::WithReconnect(soci::session& sql, const char* operation,
                                const std::function<void()>& action) {
  bool reconnected = false;
  while (true) {
    try {
      if (!reconnected && !ConnectionLooksHealthy(sql, dialect_)) {
        reconnected = true;
        spdlog::warn("store: reconnecting a broken {} connection", DialectName(dialect_));
        sql.reconnect();
        InitSession(sql, dialect_);
      }
      action();
      return Status::Ok();
    } catch (const std::exception& e) {
      // A dead server socket is often only noticed by the first statement sent on it.
      if (!reconnected && !ConnectionLooksHealthy(sql, dialect_)) continue;
      return TranslateError(e, operation, &sql, dialect_);
    }
  }
}

Status SociStore::Transact(const std::function<Status(app::Tx&)>& fn) {
  return Run(dialect_ == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN", fn);
}

Status SociStore::TransactRead(const std::function<Status(app::Tx&)>& fn) {
  return Run(dialect_ == Dialect::kSqlite ? "BEGIN" : "BEGIN READ ONLY", fn);
}

Status SociStore::Run(const char* begin, const std::function<Status(app::Tx&)>& fn) {
  std::optional<SessionPool::Lease> lease = pool_->Acquire(kAcquireTimeout);
  if (!lease) return PoolExhausted();
  soci::session& sql = **lease;
  RETURN_IF_ERROR(
      WithReconnect(sql, "begin transaction", [&] { ExecScript(sql, dialect_, begin); }));

  SociTx tx(sql, dialect_);
  Status result;
  try {
    result = fn(tx);
  } catch (const std::exception& e) {
    spdlog::error("store: transaction callback threw: {}", e.what());
    result = Internal("An unexpected error occurred.");
  } catch (...) {
    spdlog::error("store: transaction callback threw a non-standard exception");
    result = Internal("An unexpected error occurred.");
  }
  // A database error poisons the transaction. When the database was busy or unreachable (a
  // deadlock victim, a lost connection) that is the answer even if fn turned the failed call
  // into another status (e.g. "not found" for a read that never completed): the client should
  // try again, not be told something about the data.
  const Status& failure = tx.failure();
  if (!failure.ok() && (result.ok() || failure.code() == StatusCode::kUnavailable))
    result = failure;
  Finish(sql, result);
  return result;
}

void SociStore::Finish(soci::session& sql, Status& result) {
  if (result.ok()) {
    try {
      ExecScript(sql, dialect_, "COMMIT");
      return;
    } catch (const std::exception& e) {
      result = TranslateError(e, "commit", &sql, dialect_);
    }
  }
  try {
    ExecScript(sql, dialect_, "ROLLBACK");
  } catch (const std::exception& e) {
    // Nothing more to do: a broken connection is reconnected by the next Transact.
    spdlog::warn("store: rollback failed: {}", e.what());
  }
}

Status SociStore::Ping() {
  std::optional<SessionPool::Lease> lease = pool_->Acquire(kAcquireTimeout);
  if (!lease) return PoolExhausted();
  soci::session& sql = **lease;
  return WithReconnect(sql, "ping", [&] { Query(sql, "SELECT 1").Scalar(); });
}

Status SociStore::Migrate() { return MigrateWith(EmbeddedMigrations(dialect_)); }

Status SociStore::MigrateWith(const std::vector<Migration>& migrations) {
  std::optional<SessionPool::Lease> lease = pool_->Acquire(kAcquireTimeout);
  if (!lease) return PoolExhausted();
  soci::session& sql = **lease;
  RETURN_IF_ERROR(WithReconnect(sql, "connect", [] {}));
  return RunMigrations(sql, dialect_, migrations);
}

Result<int> SociStore::SchemaVersion() {
  std::optional<SessionPool::Lease> lease = pool_->Acquire(kAcquireTimeout);
  if (!lease) return PoolExhausted();
  soci::session& sql = **lease;
  RETURN_IF_ERROR(WithReconnect(sql, "connect", [] {}));
  return ReadSchemaVersion(sql, dialect_);
}

}  // namespace tandem::store
