// The demo data behind `tandem seed`: three organisations (a high school, a company and an
// alumni association), about 260 people with full mentoring profiles, five programs and
// their enrollments, a few pending invitations. The named accounts are part of the API
// contract (api/CONTRACT.md, "Demo data"); browser journeys and API tests sign in with them.
//
// Deterministic: the same seed gives the same people, names, profiles, memberships and
// enrollments on every platform (only generated ids, the password hash salt and invitation
// tokens differ; timestamps derive from ctx.clock). Random numbers come from the raw output of
// std::mt19937_64, whose sequence the standard fixes, never from std distributions, whose
// algorithms differ between standard libraries.
//
// Thread-safe as long as the ports are; one call is one transaction.
#ifndef TANDEM_APP_SEED_DEMO_H_
#define TANDEM_APP_SEED_DEMO_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"

namespace tandem::app {

// Every demo account signs in with this password.
inline constexpr std::string_view kDemoPassword = "tandem-demo-2026";

struct DemoAccount {
  std::string email;
  std::string description;  // e.g. "Lincoln High School: coordinator"
};

struct SeedSummary {
  std::vector<DemoAccount> accounts;  // the named accounts of the contract, in contract order
  int organisations = 0;
  int people = 0;
  int programs = 0;
  int enrollments = 0;
  int pending_enrollments = 0;  // included in enrollments
  int profiles = 0;
  int invitations = 0;
  int outbox_messages = 0;
};

// Fills an empty database with the demo, in one transaction: all of it or nothing.
// FailedPrecondition when any organisation (or the platform admin account) already exists;
// Internal when a generated profile does not validate (a bug in the generator, named by
// person); otherwise the store's errors. Hashes kDemoPassword once with ctx.hasher.
Result<SeedSummary> SeedDemo(const Context& ctx, uint64_t seed = 2026);

}  // namespace tandem::app

#endif  // TANDEM_APP_SEED_DEMO_H_
