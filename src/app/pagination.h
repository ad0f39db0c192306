// Paging: the one way every list of the API is read a page at a time.
//
// A list is ordered by a sort key that ends in something unique (an id), so its order is
// total. A page is "the first `limit` rows whose key comes after the key in the cursor"
// (keyset paging): a row inserted or removed between two requests neither shifts the next
// page nor makes it repeat or skip a row, and a deep page costs the database what the first
// one does (see store/keyset.h for the SQL).
//
// The layers:
//   http   PageFrom(rc) reads ?limit= and ?cursor= into a PageRequest.
//   app    Pager::Open(list, request) checks it and decodes the cursor into the PageQuery that
//          the store reads; pager.Close(rows) turns the store's PageRows into the Page the use
//          case answers, with the cursor of the next page.
//   store  every paged Tx list takes a PageQuery and answers PageRows.
//
// A cursor is base64url (no padding) of a versioned text holding the list's name and the
// values of the last row's sort key. Cursors are not secret and not signed: a cursor only
// says where to start reading a list that the caller is authorised to read on every page
// anyway, so a forged one reveals nothing. One that is malformed, belongs to another list or
// does not fit the list's sort key is refused with InvalidArgument naming "cursor".
//
// Pure values and functions; thread-safe.
#ifndef TANDEM_APP_PAGINATION_H_
#define TANDEM_APP_PAGINATION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "base/status.h"

namespace tandem::app {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 200;

// What a client asks for.
struct PageRequest {
  int limit = kDefaultPageSize;  // 1..kMaxPageSize, else InvalidArgument naming "limit"
  std::string cursor;            // empty = the first page; else next_cursor of the previous one
};

// One value of a sort key: a number (an instant, a sequence number) or text (a name, an id).
using SortValue = std::variant<std::int64_t, std::string>;
// A row's place in its list: the values of its sort key, in the list's order.
using SortKey = std::vector<SortValue>;

// What a paged store list reads: at most `limit` rows (0 = every row) strictly after `after`
// in the list's order (from the start when unset).
struct PageQuery {
  int limit = 0;
  std::optional<SortKey> after;
};
// Every row: for use cases that check a whole list (not for what an endpoint answers).
inline const PageQuery kEveryRow{};

// What a paged store list answers: the page's rows, and when more rows follow, the sort key of
// the last one (the next page starts after it).
template <typename T>
struct PageRows {
  std::vector<T> items;
  std::optional<SortKey> next;
};

// What a use case answers.
template <typename T>
struct Page {
  std::vector<T> items;
  std::string next_cursor;  // empty on the last page
};

// The cursor of `list` that starts after `key`.
std::string EncodeCursor(std::string_view list, const SortKey& key);
// The key in a cursor of `list`; nullopt for anything EncodeCursor(list, ...) did not produce
// (including cursors of other lists). Text values are valid UTF-8 without NUL bytes.
std::optional<SortKey> DecodeCursor(std::string_view list, std::string_view cursor);

namespace internal {
template <typename R>
struct ResultOf;
template <typename V>
struct ResultOf<Result<V>> {
  using type = V;
};
}  // namespace internal

// One request for one page of the list named `list` (a short constant such as "members"; it
// is written into the list's cursors so that a cursor of one list is refused by every other).
class Pager {
 public:
  // InvalidArgument naming "limit" (outside 1..kMaxPageSize) or "cursor" (not a cursor of
  // this list).
  static Result<Pager> Open(std::string_view list, const PageRequest& request);

  const PageQuery& query() const { return query_; }

  template <typename T>
  Page<T> Close(PageRows<T> rows) const {
    return Page<T>{std::move(rows.items), NextCursor(rows)};
  }
  // Each row through `view` (const T& -> Result<V>), which may read more (names, counts); the
  // first error is returned.
  template <typename T, typename ViewFn,
            typename V = typename internal::ResultOf<std::invoke_result_t<ViewFn, const T&>>::type>
  Result<Page<V>> Close(PageRows<T> rows, ViewFn view) const {
    Page<V> page;
    page.items.reserve(rows.items.size());
    for (const T& row : rows.items) {
      ASSIGN_OR_RETURN(V v, view(row));
      page.items.push_back(std::move(v));
    }
    page.next_cursor = NextCursor(rows);
    return page;
  }

 private:
  Pager(std::string list, PageQuery query) : list_(std::move(list)), query_(std::move(query)) {}
  template <typename T>
  std::string NextCursor(const PageRows<T>& rows) const {
    return rows.next ? EncodeCursor(list_, *rows.next) : std::string();
  }

  std::string list_;
  PageQuery query_;
};

// The rows of a list read with kEveryRow.
template <typename T>
Result<std::vector<T>> EveryRow(Result<PageRows<T>> rows) {
  if (!rows.ok()) return rows.status();
  return std::move(rows->items);
}

}  // namespace tandem::app

#endif  // TANDEM_APP_PAGINATION_H_
