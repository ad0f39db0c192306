// Seeder: 40 Lincoln alumni who mentor in Career Pathways: most cleared and trained, some
// still in screening or training (matching must skip them), the last two only just applied;
// some also help in the College Application Sprint. Writes through the base transaction
// (writer.h says why). Needs the named accounts.
#ifndef TANDEM_DEMO_ALUMNI_SEEDER_H_
#define TANDEM_DEMO_ALUMNI_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Errors: the store's, Internal for a profile that does not validate.
Status SeedAlumni(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_ALUMNI_SEEDER_H_
