#include "demo/invitations_seeder.h"

#include "app/invitations.h"
#include "demo/data_programs.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {

Status SeedInvitations(DemoWriter& w) {
  const Cast& cast = w.cast();
  for (const InvitationRow& row : kInvitations) {
    // The invitation use case stamps its records with ctx.clock: sent days_ago days ago.
    FakeClock sent(w.now() - row.days_ago * kDay);
    const app::Context ctx = WithClock(w.ctx(), sent);
    const domain::Program* program = row.program ? &(cast.*row.program) : nullptr;
    app::InvitationRequest req{std::string(row.email),
                               {row.role},
                               program ? program->id : std::string(),
                               row.program_role};
    ASSIGN_OR_RETURN(
        auto created,
        app::InsertInvitation(w.tx(), ctx, cast.*row.organisation, cast.*row.inviter, req,
                              program ? program->name : std::string(), ctx.tokens.NewToken()));
    (void)created;
    ++w.summary().invitations;
    ++w.summary().outbox_messages;
  }
  return Status::Ok();
}

}  // namespace tandem::demo
