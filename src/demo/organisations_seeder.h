// Seeder: the three organisations (data_programs.h, kOrganisations), each with its default
// taxonomy, created over a year ago. Writes through the base transaction (writer.h says why).
#ifndef TANDEM_DEMO_ORGANISATIONS_SEEDER_H_
#define TANDEM_DEMO_ORGANISATIONS_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Fills cast().lincoln, northwind and alumni. Errors: the store's.
Status SeedOrganisations(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_ORGANISATIONS_SEEDER_H_
