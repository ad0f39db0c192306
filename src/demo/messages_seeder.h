// Seeder: message threads for the demo's active pairs, so a visitor finds the Messages section
// in use. For the active pair of "Career Pathways Mentoring" (Lincoln High School, a youth
// program) and the first two active pairs of "Northwind Growth Circles" (by the mentee's
// email): a short exchange over the last days (data_messages.h), read by both sides except the
// mentor's last message, which the mentee has not read yet. In the school pair the mentee also
// gives a phone number, which the screening flags for the coordinators. Acts only through the
// use cases (app/messages.h) as the mentee and the mentor, on a clock moved back
// (shifted_clock.h). Changes no relationship.
#ifndef TANDEM_DEMO_MESSAGES_SEEDER_H_
#define TANDEM_DEMO_MESSAGES_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Errors: whatever a use case answers.
Status SeedMessages(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_MESSAGES_SEEDER_H_
