// Seeder: the Career Pathways coordinator's cohort labels and a draft round to act on (issue 9,
// point 9). Every active student mentee gets their grade and an advisory group on their
// enrollment, so a round can be scoped by filters; then a draft round over the whole program
// waits on the round page with its unmatched mentees grouped by reason (every suitable mentor
// taken; the student whose request was accepted already has her mentor), each with its actions.
// Through the use cases, as the coordinator, on a clock moved back a day. Runs after the other
// use-case seeders.
#ifndef TANDEM_DEMO_COHORTS_SEEDER_H_
#define TANDEM_DEMO_COHORTS_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// The advisory group of the k-th generated student (k from 0): "Advisory A" to "Advisory D".
std::string AdvisoryOf(size_t k);

// Errors: whatever a use case answers (a bug in the data, or a rule the demo no longer fits).
Status SeedCareerCohorts(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_COHORTS_SEEDER_H_
