// The single table from Status codes to process exit codes (sysexits-style where one fits).
#ifndef TANDEM_CLI_EXIT_CODES_H_
#define TANDEM_CLI_EXIT_CODES_H_

#include "base/status.h"

namespace tandem::cli {

inline constexpr int kExitUsage = 2;

int ExitCodeFor(StatusCode code);

}  // namespace tandem::cli

#endif  // TANDEM_CLI_EXIT_CODES_H_
