// The demo's relationship care (issue 10, point 7): the Northwind Growth Circles pairs, managed
// by Northwind's demo coordinator, started four months ago with meetings, check-ins and pulse
// answers chosen so the caseload shows every health status with its reasons (data_caseload.h).
// Runs after the meetings seeder (whose two pairs it keeps on track).
#ifndef TANDEM_DEMO_CASELOAD_SEEDER_H_
#define TANDEM_DEMO_CASELOAD_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

Status SeedCaseload(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_CASELOAD_SEEDER_H_
