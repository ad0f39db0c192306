// BatchInsert: many rows into one table with as few statements as each database wants.
//
//   PostgreSQL: one multi-row INSERT per chunk of rows, so one round trip (~40 µs) per chunk
//               rather than per row. (SOCI's vector binding would not help: its PostgreSQL
//               backend sends one PQexecParams per row.)
//   SQLite:     one prepared single-row INSERT executed once per row through SOCI's vector
//               binding (no round trips to save; a multi-row INSERT would cost more, because
//               SQLite looks named parameters up by linear search).
//
// Values are added row by row, column by column, in the order of `columns`; each column holds
// either text or integers (the first value decides). Errors surface as soci::soci_error from
// Exec, as with Query. Not thread-safe.
#ifndef TANDEM_STORE_BATCH_INSERT_H_
#define TANDEM_STORE_BATCH_INSERT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/dialect.h"

namespace soci {
class session;
}

namespace tandem::store {

class BatchInsert {
 public:
  BatchInsert(soci::session& sql, Dialect dialect, std::string table,
              std::vector<std::string> columns);

  // Append the next value (the column after the previous value's, wrapping to a new row).
  BatchInsert& Add(std::string_view value);
  BatchInsert& AddInt(std::int64_t value);
  BatchInsert& AddBool(bool value) { return AddInt(value ? 1 : 0); }

  size_t rows() const { return columns_.empty() ? 0 : columns_.back().size(); }

  // Inserts every complete row added (the last row must be complete); returns the number of
  // rows inserted. Does nothing for no rows.
  long long Exec();

 private:
  struct Column {
    std::string name;
    bool is_int = false;
    std::vector<std::string> texts;
    std::vector<long long> ints;
    size_t size() const { return is_int ? ints.size() : texts.size(); }
  };
  Column& Next();
  long long ExecSqlite();
  long long ExecPostgres();

  soci::session& sql_;
  Dialect dialect_;
  std::string table_;
  std::vector<Column> columns_;
  size_t added_ = 0;  // values added, over all columns
};

}  // namespace tandem::store

#endif  // TANDEM_STORE_BATCH_INSERT_H_
