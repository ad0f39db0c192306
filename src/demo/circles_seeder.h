// Seeder: a match round in "Northwind Growth Circles", run and published three weeks ago by the
// coordinator; in name order, most matches accepted on both sides, every sixth waiting for the
// lead's answer, the next for both. Goes through the use cases (PutMatchingSettings,
// RunMatchRound, PublishMatchRound, RespondToRelationship) as the people who would act in
// production, each in its own transaction, so scores, both-side explanations and notifications
// are exactly the production ones. Runs after the base demo is committed.
#ifndef TANDEM_DEMO_CIRCLES_SEEDER_H_
#define TANDEM_DEMO_CIRCLES_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Counts the round, its relationships and the active ones in summary. Errors: whatever a use
// case answers (a bug in the data, or a rule the demo no longer fits).
Status SeedGrowthCircles(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_CIRCLES_SEEDER_H_
