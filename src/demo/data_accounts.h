// The named accounts of the contract (api/CONTRACT.md, "Demo data"): browser journeys and API
// tests sign in with them, so their e-mails, names, roles, profiles and enrollments stay as they
// are whatever the seed. Plain rows; accounts_seeder.h writes them in table order.
#ifndef TANDEM_DEMO_DATA_ACCOUNTS_H_
#define TANDEM_DEMO_DATA_ACCOUNTS_H_

#include <array>
#include <span>
#include <string_view>

#include "demo/data_programs.h"
#include "domain/profile.h"

namespace tandem::demo {

struct NamedMembership {
  OrganisationSlot organisation;  // nullptr = none
  domain::Role role;
};

// An active enrollment, by invitation.
struct NamedEnrollment {
  ProgramSlot program;  // nullptr = none
  domain::ProgramRole role;
  bool cleared;  // screened and trained (by the program's coordinator, in the audit log)
};

struct NamedAccount {
  PersonSlot slot;
  std::string_view email, name;
  std::string_view description;  // what `tandem seed` prints beside the e-mail
  bool platform_admin;
  std::array<NamedMembership, 2> memberships;
  domain::Profile (*profile)();  // nullptr = no profile
  std::array<NamedEnrollment, 2> enrollments;
};
extern const std::span<const NamedAccount> kNamedAccounts;

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_ACCOUNTS_H_
