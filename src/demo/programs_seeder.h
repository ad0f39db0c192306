// Seeder: the five programs (data_programs.h, kPrograms): one of every type, one a draft,
// created 120 days ago and validated as the programs use case does. Writes through the base
// transaction (writer.h says why). Needs the organisations.
#ifndef TANDEM_DEMO_PROGRAMS_SEEDER_H_
#define TANDEM_DEMO_PROGRAMS_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Fills cast().career, sprint, draft, circles and peer. Errors: the store's, or
// InvalidArgument for a program that does not validate.
Status SeedPrograms(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_PROGRAMS_SEEDER_H_
