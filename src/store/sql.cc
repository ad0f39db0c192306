#include "store/sql.h"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

namespace tandem::store {

Query::Query(soci::session& sql, std::string text) : sql_(sql), text_(std::move(text)), st_(sql) {}

Query& Query::Use(const std::string& name, std::string_view value) {
  st_.exchange(soci::use(strings_.emplace_back(value), name));
  return *this;
}

Query& Query::UseNullable(const std::string& name, std::string_view value) {
  soci::indicator& ind = indicators_.emplace_back(value.empty() ? soci::i_null : soci::i_ok);
  st_.exchange(soci::use(strings_.emplace_back(value), ind, name));
  return *this;
}

Query& Query::UseInt(const std::string& name, std::int64_t value) {
  st_.exchange(soci::use(longs_.emplace_back(value), name));
  return *this;
}

Query& Query::UseNullableInt(const std::string& name, std::int64_t value) {
  soci::indicator& ind = indicators_.emplace_back(value == 0 ? soci::i_null : soci::i_ok);
  st_.exchange(soci::use(longs_.emplace_back(value), ind, name));
  return *this;
}

Query& Query::UseBool(const std::string& name, bool value) {
  st_.exchange(soci::use(ints_.emplace_back(value ? 1 : 0), name));
  return *this;
}

Query& Query::Into(std::string& target) {
  st_.exchange(soci::into(target));
  return *this;
}

Query& Query::IntoNullable(std::string& target) {
  std::string& text = strings_.emplace_back();
  soci::indicator& ind = indicators_.emplace_back(soci::i_ok);
  st_.exchange(soci::into(text, ind));
  after_fetch_.push_back([&target, &text, &ind] { target = ind == soci::i_null ? "" : text; });
  return *this;
}

Query& Query::Into(int& target) {
  st_.exchange(soci::into(target));
  return *this;
}

Query& Query::Into(std::int64_t& target) {
  long long& value = longs_.emplace_back(0);
  st_.exchange(soci::into(value));
  after_fetch_.push_back([&target, &value] { target = value; });
  return *this;
}

Query& Query::IntoNullable(std::int64_t& target) {
  long long& value = longs_.emplace_back(0);
  soci::indicator& ind = indicators_.emplace_back(soci::i_ok);
  st_.exchange(soci::into(value, ind));
  after_fetch_.push_back([&target, &value, &ind] { target = ind == soci::i_null ? 0 : value; });
  return *this;
}

Query& Query::Into(bool& target) {
  int& value = ints_.emplace_back(0);
  st_.exchange(soci::into(value));
  after_fetch_.push_back([&target, &value] { target = value != 0; });
  return *this;
}

void Query::Run() {
  st_.alloc();
  st_.prepare(text_, soci::details::st_one_time_query);
  st_.define_and_bind();
  executed_ = true;
}

long long Query::Exec() {
  Run();
  st_.execute(true);
  return st_.get_affected_rows();
}

bool Query::Next() {
  bool got;
  if (!executed_) {
    Run();
    got = st_.execute(true);
  } else {
    got = st_.fetch();
  }
  if (got)
    for (auto& copy : after_fetch_) copy();
  return got;
}

std::int64_t Query::Scalar() {
  std::int64_t value = 0;
  Into(value);
  if (!Next()) throw CorruptRow("scalar query returned no row");
  return value;
}

std::vector<std::int64_t> Query::Integers() {
  std::int64_t value = 0;
  Into(value);
  std::vector<std::int64_t> out;
  while (Next()) out.push_back(value);
  return out;
}

std::string Cell(size_t row, size_t column) {
  return "r" + std::to_string(row) + "c" + std::to_string(column);
}

std::string MultiRowInsert(std::string_view table, const std::vector<std::string_view>& columns,
                           size_t rows) {
  std::string out = "INSERT INTO ";
  out += table;
  out += " (";
  for (size_t c = 0; c < columns.size(); ++c) {
    if (c) out += ", ";
    out += columns[c];
  }
  out += ") VALUES ";
  for (size_t r = 0; r < rows; ++r) {
    out += r ? ", (" : "(";
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out += ", ";
      out += ":" + Cell(r, c);
    }
    out += ")";
  }
  return out;
}

std::string ContainsPattern(std::string_view needle) {
  std::string out = "%";
  for (char ch : needle) {
    if (ch == '%' || ch == '_' || ch == '\\') out += '\\';
    out += ch;
  }
  out += '%';
  return out;
}

namespace {

// SOCI includes sqlite3.h inside namespace sqlite_api; the C API is reached through it.
sqlite_api::sqlite3* SqliteHandle(soci::session& sql) {
  return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

PGconn* PostgresHandle(soci::session& sql) {
  return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}

void SqliteExec(soci::session& sql, const std::string& script) {
  char* error = nullptr;
  int rc = sqlite_api::sqlite3_exec(SqliteHandle(sql), script.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : sqlite_api::sqlite3_errstr(rc);
    sqlite_api::sqlite3_free(error);
    throw soci::sqlite3_soci_error(message, rc);
  }
}

void PostgresExec(soci::session& sql, const std::string& script) {
  PGconn* conn = PostgresHandle(sql);
  PGresult* result = PQexec(conn, script.c_str());
  ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    PQclear(result);
    return;
  }
  std::string message = PQerrorMessage(conn);
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string sqlstate = state ? state : "";
  PQclear(result);
  // Carry the SQLSTATE so that soci_errors.cc classifies it like any other statement error.
  throw soci::postgresql_soci_error(message, sqlstate.size() == 5 ? sqlstate.c_str() : "XX000");
}

void LogNotice(void* /*arg*/, const char* message) { spdlog::debug("postgres: {}", message); }

}  // namespace

void ExecScript(soci::session& sql, Dialect dialect, const std::string& script) {
  if (dialect == Dialect::kSqlite)
    SqliteExec(sql, script);
  else
    PostgresExec(sql, script);
}

bool ConnectionLooksHealthy(soci::session& sql, Dialect dialect) {
  if (dialect == Dialect::kSqlite) return true;
  // A failed session::reconnect() leaves the session without a backend.
  if (sql.get_backend() == nullptr) return false;
  PGconn* conn = PostgresHandle(sql);
  return conn != nullptr && PQstatus(conn) == CONNECTION_OK;
}

void InitSession(soci::session& sql, Dialect dialect) {
  if (dialect == Dialect::kPostgres) {
    PQsetNoticeProcessor(PostgresHandle(sql), &LogNotice, nullptr);
    return;
  }
  // synchronous=FULL: in WAL mode NORMAL may lose the last acknowledged transactions on power
  // loss; a write acknowledged to a client must be durable. busy_timeout makes a connection
  // wait for another's write lock instead of failing with "database is locked".
  SqliteExec(sql,
             "PRAGMA journal_mode = WAL;"
             "PRAGMA synchronous = FULL;"
             "PRAGMA foreign_keys = ON;"
             "PRAGMA busy_timeout = 5000;");
}

}  // namespace tandem::store
