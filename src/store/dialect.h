// The two SQL dialects the SOCI adapter speaks. Statements are shared; the few places that
// differ (DDL in migrations/, transaction start, native multi-statement execution, catalogue
// queries) switch on this value.
#ifndef TANDEM_STORE_DIALECT_H_
#define TANDEM_STORE_DIALECT_H_

#include <string_view>

namespace tandem::store {

enum class Dialect { kSqlite, kPostgres };

inline std::string_view DialectName(Dialect d) {
  return d == Dialect::kSqlite ? "sqlite" : "postgres";
}

}  // namespace tandem::store

#endif  // TANDEM_STORE_DIALECT_H_
