// The one place where database exceptions become Status values (the adapter's edge).
//
//   unique violation            -> AlreadyExists naming the duplicate (email, slug, ...)
//   foreign-key violation       -> NotFound ("a record it refers to does not exist")
//   lost/refused connection,    -> Unavailable
//   SQLite busy/locked/IO, PostgreSQL serialization failure or deadlock
//   undecodable row (CorruptRow) and anything else -> Internal
//
// Messages are safe to show to users: never SQL text, parameters or server detail lines. The
// database's own message goes to the log (spdlog, warn), with PostgreSQL's DETAIL line (which
// can quote key values such as emails) cut off. Thread-safe.
#ifndef TANDEM_STORE_SOCI_ERRORS_H_
#define TANDEM_STORE_SOCI_ERRORS_H_

#include <exception>
#include <string_view>

#include "base/status.h"
#include "store/dialect.h"

namespace soci {
class session;
}

namespace tandem::store {

// `operation` names what failed for the log ("InsertPerson", "begin transaction").
// `sql` (may be null) lets a PostgreSQL connection's state decide "connection lost".
Status TranslateError(const std::exception& error, std::string_view operation, soci::session* sql,
                      Dialect dialect);

}  // namespace tandem::store

#endif  // TANDEM_STORE_SOCI_ERRORS_H_
