// Wiring for the subcommands that need concrete adapters: open the store (SQLite or
// PostgreSQL), build the libsodium ports and the HTTP server, and run.
#ifndef TANDEM_MAIN_SERVE_H_
#define TANDEM_MAIN_SERVE_H_

#include <ostream>

#include "cli/args.h"

namespace tandem {

// Each returns the process exit code.
int RunServe(const cli::Parsed& args, std::ostream& err);
int RunMigrate(const cli::Parsed& args, std::ostream& out, std::ostream& err);
// Opens the store, migrates, and runs `user create` or `seed` with real adapters.
int RunWithContext(const cli::Parsed& args, std::ostream& out, std::ostream& err);

}  // namespace tandem

#endif  // TANDEM_MAIN_SERVE_H_
