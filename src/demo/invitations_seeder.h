// Seeder: three invitations waiting to be accepted (data_programs.h, kInvitations), each with
// its e-mail in the outbox, as the invitations use case writes them. Writes through the base
// transaction (writer.h says why): CreateInvitation takes its own transaction.
#ifndef TANDEM_DEMO_INVITATIONS_SEEDER_H_
#define TANDEM_DEMO_INVITATIONS_SEEDER_H_

#include "demo/writer.h"

namespace tandem::demo {

// Errors: the store's.
Status SeedInvitations(DemoWriter& w);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_INVITATIONS_SEEDER_H_
