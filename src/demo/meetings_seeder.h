// Seeder: meetings on a few active relationships of the demo, so a visitor finds the Meetings
// section in use. For the active pair of "Career Pathways Mentoring" and the first two active
// pairs of "Northwind Growth Circles" (by the mentee's email): a first meeting about twelve
// days ago, proposed by the mentor, accepted, and logged as held by the mentee with shared
// notes, with a private note of the mentor's; Tandem's proposal of the next one at the program's
// rhythm (still proposed, ahead: youth 14 days, adults 30); and one the mentee proposed two days
// ago for later this week, which the mentor accepted. Acts only through the use cases
// (app/meetings.h) as the mentee and the mentor, on a clock moved back (shifted_clock.h). Changes
// no relationship.
#ifndef TANDEM_DEMO_MEETINGS_SEEDER_H_
#define TANDEM_DEMO_MEETINGS_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Errors: whatever a use case answers.
Status SeedMeetings(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_MEETINGS_SEEDER_H_
