// Keyset paging in SQL: how every paged list of the adapter reads one page (app/pagination.h).
//
// A list is ordered by a few columns, all ascending or all descending, the last of them
// unique, so the order is total. A page after a row with key (k1, k2, k3) is
//
//   SELECT … WHERE <filters> AND c1 >= :k1 AND (c1, c2, c3) > (:k1, :k2, :k3)
//   ORDER BY c1, c2, c3 LIMIT <page size + 1>          ('<=', '<' and DESC when descending)
//
// where the extra row only tells whether another page follows. Both SQLite (3.15+) and
// PostgreSQL turn the bounds into a range of an index on (equality filters…, c1, c2, c3), and
// stop reading after the limit: page 1000 reads as few rows as page 1. (The bound on c1 alone
// is implied by the row comparison; SQLite needs it to seek when c1 is an expression.)
// Migration 0013 adds those indexes; a filter that is not part of the index (a text search, a
// status) only makes the scan skip rows.
//
// A column may compare with lower() of a key value: lists by name are ordered by
// (lower(name), name, id) and their key holds (name, id); the database lowers the value
// itself, so the comparison and the ORDER BY agree on what lower case is on either database.
//
// Not thread-safe state: a Keyset is an immutable description; use it from any thread.
#ifndef TANDEM_STORE_KEYSET_H_
#define TANDEM_STORE_KEYSET_H_

#include <string>
#include <utility>
#include <vector>

#include "app/pagination.h"
#include "store/sql.h"

namespace tandem::store {

class Keyset {
 public:
  enum class Order { kAscending, kDescending };
  enum class Type { kNumber, kText };
  struct Column {
    std::string sql;       // the ORDER BY expression, e.g. "lower(p.name)" or "a.created_at"
    size_t key = 0;        // the sort-key value it compares with
    bool lowered = false;  // compare with lower(value) (the column is lower(something))
  };

  // `types`: the kinds of the sort key's values, in order; every column's `key` indexes it.
  Keyset(Order order, std::vector<Type> types, std::vector<Column> columns)
      : order_(order), types_(std::move(types)), columns_(std::move(columns)) {}

  // OK, or InvalidArgument naming "cursor" when page.after does not fit this key (another
  // number of values, or a value of the wrong kind). Call before building the query.
  Status Check(const app::PageQuery& page) const;
  // " AND c1 >= :keyset_first AND (c1, c2) > (:keyset_0, :keyset_1)" on a later page; "" on
  // the first.
  std::string Condition(const app::PageQuery& page) const;
  // " ORDER BY c1, c2" (each DESC when descending), then " LIMIT :keyset_limit" when the page
  // has a limit (one more than page.limit; see TakePage).
  std::string OrderBy(const app::PageQuery& page) const;
  // Binds the parameters Condition and OrderBy wrote. page must have passed Check.
  void Bind(Query& q, const app::PageQuery& page) const;

 private:
  Order order_;
  std::vector<Type> types_;
  std::vector<Column> columns_;
};

// The two orders most lists use.
// Newest first: (<prefix>created_at, <prefix>id) descending; key (created_at, id).
Keyset NewestFirst(const std::string& prefix = "");
// By name: (lower(<name>), <name>, <id>) ascending; key (name, id).
Keyset ByName(const std::string& name, const std::string& id);

// The page out of the rows a query read with Keyset::OrderBy (at most page.limit + 1): the
// first page.limit, and the key of the last of them when a row was left over. `key_of(row)`
// answers a row's app::SortKey.
template <typename T, typename KeyOf>
app::PageRows<T> TakePage(std::vector<T> rows, const app::PageQuery& page, KeyOf key_of) {
  app::PageRows<T> out;
  if (page.limit > 0 && rows.size() > static_cast<size_t>(page.limit)) {
    rows.resize(page.limit);
    out.next = key_of(rows.back());
  }
  out.items = std::move(rows);
  return out;
}

}  // namespace tandem::store

#endif  // TANDEM_STORE_KEYSET_H_
