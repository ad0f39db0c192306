#include "cli/exit_codes.h"

namespace tandem::cli {

int ExitCodeFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 0;
    case StatusCode::kInvalidArgument: return 65;     // EX_DATAERR: bad input data
    case StatusCode::kNotFound: return 66;            // EX_NOINPUT
    case StatusCode::kAlreadyExists: return 73;       // EX_CANTCREAT
    case StatusCode::kPermissionDenied: return 77;    // EX_NOPERM
    case StatusCode::kUnauthenticated: return 77;
    case StatusCode::kFailedPrecondition: return 78;  // EX_CONFIG
    case StatusCode::kResourceExhausted: return 75;   // EX_TEMPFAIL
    case StatusCode::kUnavailable: return 69;         // EX_UNAVAILABLE
    case StatusCode::kInternal: return 70;            // EX_SOFTWARE
  }
  return 1;
}

}  // namespace tandem::cli
