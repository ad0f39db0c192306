#include "store/batch_insert.h"

#include <soci/soci.h>

#include <algorithm>
#include <stdexcept>

#include "store/sql.h"

namespace tandem::store {
namespace {

// Parameters per PostgreSQL statement: far below its 65,535 limit; 10,000 seven-column rows
// take 8 statements. (Measured: 2,000 or 30,000 make no difference worth having; the server's
// index and foreign-key work dominates.)
constexpr size_t kMaxParametersPerStatement = 10'000;

}  // namespace

BatchInsert::BatchInsert(soci::session& sql, Dialect dialect, std::string table,
                         std::vector<std::string> columns)
    : sql_(sql), dialect_(dialect), table_(std::move(table)) {
  for (std::string& name : columns) columns_.push_back(Column{std::move(name)});
}

BatchInsert::Column& BatchInsert::Next() {
  Column& column = columns_.at(added_ % columns_.size());
  ++added_;
  return column;
}

BatchInsert& BatchInsert::Add(std::string_view value) {
  Column& column = Next();
  if (column.is_int) throw std::logic_error("BatchInsert: text value in integer column");
  column.texts.emplace_back(value);
  return *this;
}

BatchInsert& BatchInsert::AddInt(std::int64_t value) {
  Column& column = Next();
  if (!column.is_int && column.texts.empty()) column.is_int = true;  // first value decides
  if (!column.is_int) throw std::logic_error("BatchInsert: integer value in text column");
  column.ints.push_back(value);
  return *this;
}

long long BatchInsert::Exec() {
  if (added_ % columns_.size() != 0) throw std::logic_error("BatchInsert: incomplete last row");
  if (rows() == 0) return 0;
  return dialect_ == Dialect::kSqlite ? ExecSqlite() : ExecPostgres();
}

long long BatchInsert::ExecSqlite() {
  std::vector<std::string_view> names;
  for (const Column& c : columns_) names.push_back(c.name);
  soci::statement st(sql_);
  for (size_t c = 0; c < columns_.size(); ++c) {
    if (columns_[c].is_int)
      st.exchange(soci::use(columns_[c].ints, Cell(0, c)));
    else
      st.exchange(soci::use(columns_[c].texts, Cell(0, c)));
  }
  st.alloc();
  st.prepare(MultiRowInsert(table_, names, 1));
  st.define_and_bind();
  st.execute(true);
  return static_cast<long long>(rows());
}

long long BatchInsert::ExecPostgres() {
  std::vector<std::string_view> names;
  for (const Column& c : columns_) names.push_back(c.name);
  const size_t chunk = std::max<size_t>(1, kMaxParametersPerStatement / columns_.size());
  long long inserted = 0;
  for (size_t begin = 0; begin < rows(); begin += chunk) {
    size_t end = std::min(rows(), begin + chunk);
    Query q(sql_, MultiRowInsert(table_, names, end - begin));
    for (size_t r = begin; r < end; ++r) {
      for (size_t c = 0; c < columns_.size(); ++c) {
        const Column& column = columns_[c];
        if (column.is_int)
          q.UseInt(Cell(r - begin, c), column.ints[r]);
        else
          q.Use(Cell(r - begin, c), column.texts[r]);
      }
    }
    inserted += q.Exec();
  }
  return inserted;
}

}  // namespace tandem::store
