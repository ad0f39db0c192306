// Seeder: 60 Northwind employees. Three in four are senior and mentor (some also at Lincoln
// High's Career Pathways, some lead a Growth Circle); the juniors join a circle (the last two
// have just applied); every third joins the peer program. Writes through the base transaction
// (writer.h says why). Needs the named accounts.
#ifndef TANDEM_DEMO_EMPLOYEES_SEEDER_H_
#define TANDEM_DEMO_EMPLOYEES_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Errors: the store's, Internal for a profile that does not validate.
Status SeedEmployees(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_EMPLOYEES_SEEDER_H_
