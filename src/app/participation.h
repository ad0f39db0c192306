// Ending someone's participation: the one place where a person stops taking part in an
// organisation's programs, whichever door they leave by — a coordinator ends their enrollment
// in one program, an admin takes away their mentor or mentee role, or an admin removes them
// from the organisation. Everything that hangs on the enrollment ends with it in the same
// transaction, so nobody is left half-removed.
#ifndef TANDEM_APP_PARTICIPATION_H_
#define TANDEM_APP_PARTICIPATION_H_

#include <optional>
#include <string>
#include <string_view>

#include "app/store.h"
#include "base/time.h"
#include "domain/role.h"

namespace tandem::app {

struct ParticipationScope {
  std::string organisation_id;
  std::string person_id;
  std::optional<std::string> program_id;    // every program of the organisation when unset
  std::optional<domain::ProgramRole> role;  // both roles when unset (always both in peer
                                            // programs, where a pair has no sides)
  std::string_view reason;  // domain::kEndReasonMemberRemoved or kEndReasonEnrollmentEnded
};

// Runs inside the caller's transaction. For each program in scope where the person has an
// enrollment:
//   - takes the locks: the program's draft match rounds (ascending id), then the person's
//     participant lock (Tx::LockParticipants), so a concurrent acceptance, request or publish
//     either commits first (and is then undone here) or runs after and finds nothing to take;
//   - ends the person's pending and active enrollments in scope (status ended, kept for the
//     history; re-applying then always needs a coordinator's approval, see ApplyToProgram);
//   - withdraws their pending requests (as mentee or as mentor);
//   - ends their proposed and active relationships with end_reason = scope.reason;
//   - drops their proposals from draft rounds, keeping each round's totals and unmatched list
//     consistent (a mentee who loses their only proposal becomes unmatched);
//   - notifies every other party (and the person) in the app.
// Callers that also change memberships take Tx::LockOrganisation first. Returns the number of
// enrollments ended.
Result<int> EndParticipation(Tx& tx, Millis now, const ParticipationScope& scope);

}  // namespace tandem::app

#endif  // TANDEM_APP_PARTICIPATION_H_
