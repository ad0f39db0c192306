// What `tandem seed` reports: the named accounts and how many of each record the demo made.
#ifndef TANDEM_DEMO_SEED_SUMMARY_H_
#define TANDEM_DEMO_SEED_SUMMARY_H_

#include <string>
#include <string_view>
#include <vector>

namespace tandem::demo {

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

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_SEED_SUMMARY_H_
