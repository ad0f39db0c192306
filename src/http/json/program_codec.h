// JSON codec for programs and enrollments. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_PROGRAM_CODEC_H_
#define TANDEM_HTTP_JSON_PROGRAM_CODEC_H_

#include "app/programs.h"
#include "domain/access.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// Programs.
Json ProgramJson(const app::ProgramView& v);
// `status` is optional in the body; `absent_status` is used when it is missing (a new program
// starts as a draft; an update without it keeps the old default, open).
Result<domain::Program> DecodeProgramInput(const Json& body, domain::ProgramStatus absent_status);
Json EnrollmentJson(const domain::EnrollmentView& v);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_PROGRAM_CODEC_H_
