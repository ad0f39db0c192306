// The demo behind `tandem seed`: three organisations (a high school, a company and an alumni
// association), about 260 people with full mentoring profiles, five programs and their
// enrollments, a few pending invitations, a published match round with its relationships
// (most active, a few still proposed) and a few open mentee requests. The named accounts are
// part of the API contract (api/CONTRACT.md, "Demo data"); browser journeys and API tests sign
// in with them.
//
// How it is built: data apart from logic, one seeder per area.
// - data_*.{h,cc}: the tables (names, careers, jobs, goals, programs, named accounts,
//   invitations, request messages): plain structs and spans, no logic.
// - <area>_seeder.{h,cc}: one area each, with its own test (<area>_seeder_test.cc). Two kinds:
//   * base seeders, `Status SeedX(DemoWriter&)`, write in one transaction shared by all of them
//     (writer.h: all or nothing, and fast), drawing from one random stream in a fixed order;
//   * use-case seeders, `Status SeedX(const app::Context&, const Cast&, SeedSummary&)`, run
//     after the base is committed and act through the app's use cases as the people who would
//     in production, each call its own transaction.
// - SeedDemo (seed_demo.cc) runs the base seeders, then the use-case seeders, in the order of
//   its two tables. A new area adds a seeder (files, a test, one line in a table), at the end
//   of its table: a base seeder placed earlier draws random numbers before the others and
//   changes every generated person after it.
//
// Deterministic: the same seed gives the same people, names, profiles, memberships and
// enrollments, relationships and requests on every platform (only generated ids, the password
// hash salt and invitation tokens differ; timestamps derive from ctx.clock).
//
// Thread-safe as long as the ports are.
#ifndef TANDEM_DEMO_SEED_DEMO_H_
#define TANDEM_DEMO_SEED_DEMO_H_

#include <cstdint>

#include "app/context.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Fills an empty database with the demo. The base (organisations, programs, people, profiles,
// enrollments, invitations) goes in one transaction: all of it or nothing. Then the use-case
// seeders make the relationship side, each call in its own transaction as in production;
// should one fail, the base stays and the error is returned (`make demo` then starts again
// from an empty database).
// FailedPrecondition when any organisation (or the platform admin account) already exists;
// Internal when a generated profile does not validate (a bug in a seeder, named by person);
// otherwise the store's or the use cases' errors. Hashes kDemoPassword once with ctx.hasher.
Result<SeedSummary> SeedDemo(const app::Context& ctx, uint64_t seed = 2026);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_SEED_DEMO_H_
