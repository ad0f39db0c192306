// Reading enrollment rows, shared by the ports that select enrollments (enrollments and the
// match data): the column list of table alias `e` and the matching Into bindings.
#ifndef TANDEM_STORE_ENROLLMENT_ROWS_H_
#define TANDEM_STORE_ENROLLMENT_ROWS_H_

#include "domain/program.h"
#include "store/sql.h"

namespace tandem::store {

// Columns of enrollments e, in IntoEnrollment order.
extern const char kEnrollmentColumns[];

// Binds q's next columns (kEnrollmentColumns, in order) to e.
void IntoEnrollment(Query& q, domain::Enrollment& e);

}  // namespace tandem::store

#endif  // TANDEM_STORE_ENROLLMENT_ROWS_H_
