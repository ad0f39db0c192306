// The demo data behind `tandem seed`: three organisations (a high school, a company and an
// alumni association), about 260 people with full mentoring profiles, five programs and
// their enrollments, a few pending invitations, a published match round with its
// relationships (most active, a few still proposed) and a few open mentee requests. The named
// accounts are part of the API contract (api/CONTRACT.md, "Demo data"); browser journeys and API
// tests sign in with them.
//
// Deterministic: the same seed gives the same people, names, profiles, memberships and
// enrollments, relationships and requests on every platform (only generated ids, the password
// hash salt and invitation tokens differ; timestamps derive from ctx.clock). Random numbers come
// from the raw output of std::mt19937_64, whose sequence the standard fixes, never from std
// distributions, whose algorithms differ between standard libraries.
//
// Thread-safe as long as the ports are.
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
  int match_rounds = 0;          // published
  int relationships = 0;         // proposed or active
  int active_relationships = 0;  // included in relationships
  int pending_requests = 0;      // mentee requests waiting for a mentor's answer
};

// Fills an empty database with the demo. The organisations, people, profiles, programs,
// enrollments and invitations go in one transaction: all of them or nothing. Then the
// relationship side (seed_demo_matching.h: a published round in Northwind Growth Circles, a
// few requests in Career Pathways Mentoring) is made through the app's use cases, each in its
// own transaction as in production; should one of them fail, the base stays and the error is
// returned (`make demo` then starts again from an empty database).
// FailedPrecondition when any organisation (or the platform admin account) already exists;
// Internal when a generated profile does not validate (a bug in the generator, named by
// person); otherwise the store's or the use cases' errors. Hashes kDemoPassword once with
// ctx.hasher.
Result<SeedSummary> SeedDemo(const Context& ctx, uint64_t seed = 2026);

}  // namespace tandem::app

#endif  // TANDEM_APP_SEED_DEMO_H_
