// Seeder: "Northwind Growth Circles" gets its norms, a mentoring agreement and a plan template,
// so a visitor finds relationships at every agreement stage and plans in use. Twenty-five days
// ago the coordinator saved the norms (meetings every 14 days) and a one-goal plan template;
// twenty days ago they published agreement version 1, which asked every active pair to accept
// it. Of the active pairs by the mentee's email, in fours: the first two have both accepted, the
// third has only the mentee's acceptance (waiting for the mentor), the fourth neither. The first
// four pairs who both accepted wrote a goal with two milestones in their plan, and have moved it on
// to different points (one milestone done, one in progress, the goal done...). Acts only
// through the use cases (app/agreements.h, app/plans.h) as the people who would, on a clock
// moved back (shifted_clock.h). Changes no relationship's status.
#ifndef TANDEM_DEMO_AGREEMENTS_SEEDER_H_
#define TANDEM_DEMO_AGREEMENTS_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Errors: whatever a use case answers.
Status SeedCirclesAgreements(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_AGREEMENTS_SEEDER_H_
