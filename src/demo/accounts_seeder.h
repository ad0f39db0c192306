// Seeder: the named accounts of the contract (data_accounts.h) with their roles, profiles and
// enrollments. Writes through the base transaction (writer.h says why). Needs the
// organisations and programs; comes before every generated person, so that the coordinators
// can clear mentors and generated people never take a named account's name or e-mail.
#ifndef TANDEM_DEMO_ACCOUNTS_SEEDER_H_
#define TANDEM_DEMO_ACCOUNTS_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Fills the named Person slots of cast() and summary().accounts, in contract order. Errors: the
// store's, Internal for a profile that does not validate.
Status SeedNamedAccounts(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_ACCOUNTS_SEEDER_H_
