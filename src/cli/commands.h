// The subcommands of `tandem`, their options, and the ones that only need use cases
// (user create, seed). `serve` and `migrate` are run by main/, which owns the adapters.
#ifndef TANDEM_CLI_COMMANDS_H_
#define TANDEM_CLI_COMMANDS_H_

#include <ostream>
#include <vector>

#include "app/context.h"
#include "cli/args.h"

namespace tandem::cli {

const std::vector<CommandSpec>& Commands();

// Each returns the process exit code and writes its report to out, errors to err.
int RunUserCreate(const app::Context& ctx, const Parsed& args, std::ostream& out,
                  std::ostream& err);
// `org create`: runs as a platform administrator (--by, or the only one there is).
int RunOrgCreate(const app::Context& ctx, const Parsed& args, std::ostream& out,
                 std::ostream& err);
int RunSeed(const app::Context& ctx, const Parsed& args, std::ostream& out, std::ostream& err);
// `match --edges …` needs no database; `match --program ID` runs a draft round.
int RunMatchFiles(const Parsed& args, std::ostream& out, std::ostream& err);
int RunMatch(const app::Context& ctx, const Parsed& args, std::ostream& out, std::ostream& err);

}  // namespace tandem::cli

#endif  // TANDEM_CLI_COMMANDS_H_
