// Seeder: Lincoln High's 150 generated students (student001..150@lincoln-high.example): most
// are minors with a guardian, most are active mentees in Career Pathways (a few applied and
// wait, a few are not enrolled), many seniors join the College Application Sprint. Writes
// through the base transaction (writer.h says why). Needs the named accounts.
#ifndef TANDEM_DEMO_STUDENTS_SEEDER_H_
#define TANDEM_DEMO_STUDENTS_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Fills cast().students (those with an active Career Pathways place). Errors: the store's,
// Internal for a profile that does not validate.
Status SeedStudents(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_STUDENTS_SEEDER_H_
