// Whether a program is there for an actor: the use cases that act inside a program read it here.
#ifndef TANDEM_APP_PROGRAM_VISIBILITY_H_
#define TANDEM_APP_PROGRAM_VISIBILITY_H_

#include <string>

#include "app/context.h"
#include "app/store.h"
#include "base/status.h"
#include "domain/policy.h"
#include "domain/program.h"

namespace tandem::app {

// The program if `actor` may see it, else NotFound("No such program."): a draft only for those
// who may view drafts (staff), so a draft is never confirmed to anyone else. Other store errors
// pass through.
Result<domain::Program> VisibleProgram(Tx& tx, const domain::Actor& actor,
                                       const std::string& org_id, const std::string& program_id);

// The caller's organisation role must allow `action` (Authorized), then VisibleProgram.
Result<domain::Program> ReadableProgram(Tx& tx, const Caller& caller, const std::string& org_id,
                                        const std::string& program_id, domain::Action action);

}  // namespace tandem::app

#endif  // TANDEM_APP_PROGRAM_VISIBILITY_H_
