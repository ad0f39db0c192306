#include "store/open_store.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <cctype>
#include <mutex>
#include <vector>

#include "store/session_pool.h"
#include "store/soci_errors.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// 'value' with \ and ' escaped, as libpq's keyword syntax wants.
std::string QuoteConnValue(const char* value) {
  std::string out = "'";
  for (const char* c = value; *c; ++c) {
    if (*c == '\\' || *c == '\'') out += '\\';
    out += *c;
  }
  return out + "'";
}

// True for "host=... dbname=..." rather than "user@host/db".
bool LooksLikeKeywordForm(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && std::isspace(static_cast<unsigned char>(rest[i]))) ++i;
  size_t start = i;
  while (i < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '_'))
    ++i;
  while (i < rest.size() && rest[i] == ' ') ++i;
  return i > start && i < rest.size() && rest[i] == '=';
}

struct SqliteTarget {
  std::string path;
  bool in_memory = false;
};

std::optional<SqliteTarget> ParseSqliteUrl(const std::string& url) {
  std::string path;
  if (StartsWith(url, "sqlite3://db=")) {
    path = url.substr(13);  // the form STACK.md documents for SOCI
  } else if (StartsWith(url, "sqlite://")) {
    path = url.substr(9);
  } else if (StartsWith(url, "sqlite:")) {
    path = url.substr(7);
  } else {
    return std::nullopt;
  }
  return SqliteTarget{path, path == ":memory:"};
}

// SQLite keeps allocation statistics by default, behind one process-wide mutex that every
// allocation takes; Tandem never reads them. Switched off once, before the first connection
// initialises the library (afterwards SQLite refuses the change, and the statistics stay on:
// slower, never wrong).
void SkipSqliteMemoryStatistics() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

std::unique_ptr<soci::session> OpenSqliteSession(const std::string& path) {
  SkipSqliteMemoryStatistics();
  // SOCI's sqlite3 backend reads "key=value" pairs when the string contains '='; quote paths
  // that do, and pass plain paths through untouched (spaces included).
  std::string conn = path.find('=') == std::string::npos ? path : "db=\"" + path + "\"";
  return std::make_unique<soci::session>(soci::sqlite3, conn);
}

Result<std::vector<std::unique_ptr<soci::session>>> OpenSessions(Dialect dialect,
                                                                 const std::string& target,
                                                                 int count) {
  std::vector<std::unique_ptr<soci::session>> sessions;
  try {
    for (int i = 0; i < count; ++i) {
      sessions.push_back(dialect == Dialect::kSqlite
                             ? OpenSqliteSession(target)
                             : std::make_unique<soci::session>(soci::postgresql, target));
      InitSession(*sessions.back(), dialect);
    }
  } catch (const std::exception& e) {
    Status status = TranslateError(e, "connect", nullptr, dialect);
    // Failing to open at all is the database being unreachable, whatever the driver says.
    if (status.code() == StatusCode::kInternal)
      return Unavailable("Cannot open the " + std::string(DialectName(dialect)) + " database.");
    return status;
  }
  return sessions;
}

}  // namespace

Result<std::string> PostgresConnInfo(const std::string& url) {
  std::string rest;
  if (StartsWith(url, "postgresql://"))
    rest = url.substr(13);
  else if (StartsWith(url, "postgres://"))
    rest = url.substr(11);
  else
    return InvalidArgument("Not a PostgreSQL URL.");
  // Let libpq parse both forms; then rebuild one canonical keyword string from its options.
  std::string input = LooksLikeKeywordForm(rest) ? rest : "postgresql://" + rest;
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(input.c_str(), &error);
  if (options == nullptr) {
    std::string message = error ? error : "unparsable";
    PQfreemem(error);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return InvalidArgument("Invalid PostgreSQL connection string: " + message);
  }
  std::string conninfo;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    if (!conninfo.empty()) conninfo += ' ';
    conninfo += std::string(o->keyword) + "=" + QuoteConnValue(o->val);
  }
  PQconninfoFree(options);
  return conninfo;
}

Result<std::unique_ptr<SociStore>> OpenStore(const std::string& url, int pool_size,
                                             MigrationPolicy policy) {
  if (pool_size < 1) return InvalidArgument("The connection pool needs at least one connection.");
  Dialect dialect;
  std::string target;
  if (std::optional<SqliteTarget> sqlite = ParseSqliteUrl(url)) {
    if (sqlite->path.empty()) return InvalidArgument("The SQLite URL names no file.");
    dialect = Dialect::kSqlite;
    target = sqlite->path;
    if (sqlite->in_memory) pool_size = 1;
  } else if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://")) {
    dialect = Dialect::kPostgres;
    ASSIGN_OR_RETURN(target, PostgresConnInfo(url));
  } else {
    return InvalidArgument("Unknown database URL; expected sqlite:PATH or postgresql://...");
  }

  ASSIGN_OR_RETURN(auto sessions, OpenSessions(dialect, target, pool_size));
  auto store =
      std::make_unique<SociStore>(dialect, std::make_unique<SessionPool>(std::move(sessions)));
  if (policy == MigrationPolicy::kMigrate) RETURN_IF_ERROR(store->Migrate());
  spdlog::info("store: opened {} with {} connection(s)", DialectName(dialect), pool_size);
  return store;
}

}  // namespace tandem::store
