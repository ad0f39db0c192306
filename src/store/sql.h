// Query: a small builder over soci::statement for the adapter's statements, plus helpers that
// need the native connection (multi-statement scripts, connection health).
//
// Every Query runs as a SOCI "one-time" statement: on PostgreSQL that is a single
// PQexecParams round trip (no server-side PREPARE/DEALLOCATE), on SQLite a fresh prepare.
// Parameters use portable `:name` placeholders; each name may appear only once in a query
// (SOCI's PostgreSQL backend binds repeated names unreliably). Values passed to Use* are
// copied, so temporaries are fine. Into* targets are written after each fetched row and must
// outlive the Query. SOCI traps avoided here: no std::optional binding (indicators instead),
// integers bound through `long long`/`int` variables, no dynamic row API.
//
// Errors surface as exceptions (soci::soci_error, CorruptRow); SociTx::Run turns them into
// Status. Not thread-safe: a Query belongs to the thread that owns its session.
#ifndef TANDEM_STORE_SQL_H_
#define TANDEM_STORE_SQL_H_

#include <soci/soci.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/dialect.h"
#include "store/enum_codec.h"

namespace tandem::store {

class Query {
 public:
  Query(soci::session& sql, std::string text);
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& Use(const std::string& name, std::string_view value);
  // Binds NULL for an empty value (optional references and dates).
  Query& UseNullable(const std::string& name, std::string_view value);
  Query& UseInt(const std::string& name, std::int64_t value);
  // Binds NULL for 0 (instants that have not happened yet: published_at, read_at, ...).
  Query& UseNullableInt(const std::string& name, std::int64_t value);
  Query& UseBool(const std::string& name, bool value);  // stored as 0/1

  Query& Into(std::string& target);
  Query& IntoNullable(std::string& target);  // NULL reads as ""
  Query& Into(int& target);
  Query& Into(std::int64_t& target);
  Query& IntoNullable(std::int64_t& target);  // NULL reads as 0
  Query& Into(bool& target);
  // Reads an enum stored as its domain name; an unknown name throws CorruptRow.
  template <typename E>
  Query& IntoEnum(E& target, std::optional<E> (*parse)(std::string_view), const char* column) {
    std::string& text = strings_.emplace_back();
    st_.exchange(soci::into(text));
    after_fetch_.push_back(
        [&target, &text, parse, column] { target = DecodeOrThrow(parse(text), column); });
    return *this;
  }
  // Reads a text column and sets target = decode(text) after each fetch (JSON columns);
  // decode throws CorruptRow on text it cannot read.
  template <typename T, typename F>
  Query& IntoDecoded(T& target, F decode) {
    std::string& text = strings_.emplace_back();
    st_.exchange(soci::into(text));
    after_fetch_.push_back([&target, &text, decode] { target = decode(text); });
    return *this;
  }

  // Runs a statement that returns no rows; returns the number of rows it changed.
  long long Exec();
  // Runs the query on the first call; each call fetches the next row into the targets and
  // returns false when there are no more rows.
  bool Next();
  // Runs a query whose single row holds one integer (COUNT(*) and the like).
  std::int64_t Scalar();
  // Runs a query whose rows hold one integer each; returns them in row order.
  std::vector<std::int64_t> Integers();

 private:
  void Run();

  soci::session& sql_;
  std::string text_;
  soci::statement st_;
  bool executed_ = false;
  // Deques: element addresses stay valid as bindings are added.
  std::deque<std::string> strings_;
  std::deque<long long> longs_;
  std::deque<int> ints_;
  std::deque<soci::indicator> indicators_;
  std::vector<std::function<void()>> after_fetch_;
};

// Placeholder name for a multi-row insert cell, e.g. "r3c1".
std::string Cell(size_t row, size_t column);
// "INSERT INTO table (a, b) VALUES (:r0c0, :r0c1), (:r1c0, :r1c1)" for `rows` rows: one
// statement (one round trip) however many rows. rows must be at least 1.
std::string MultiRowInsert(std::string_view table, const std::vector<std::string_view>& columns,
                           size_t rows);

// A LIKE pattern matching `needle` anywhere, with %, _ and \ escaped; use with ESCAPE '\'.
std::string ContainsPattern(std::string_view needle);

// Runs a script of several statements through the native API (SOCI runs one statement per
// call). Throws soci::soci_error on failure.
void ExecScript(soci::session& sql, Dialect dialect, const std::string& script);

// False when the PostgreSQL connection is known to be broken, or gone after a failed
// reconnect (no round trip). Always true on SQLite. Nothing but a reconnect may be run on a
// session for which this is false.
bool ConnectionLooksHealthy(soci::session& sql, Dialect dialect);

// Per-connection settings applied after every (re)connect: SQLite pragmas (WAL, synchronous
// FULL, foreign keys, busy timeout), PostgreSQL notice routing to the log.
void InitSession(soci::session& sql, Dialect dialect);

}  // namespace tandem::store

#endif  // TANDEM_STORE_SQL_H_
