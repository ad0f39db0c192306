// The program codec (src/http/json/program_codec.cc): a request body decoded as a program, then
// validated by the domain; what decodes is encoded as the API would answer it, and the editable
// fields of that answer must decode to the same program (PUT what you GET).
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/program.h"
#include "fuzz/fuzz_check.h"
#include "http/json/program_codec.h"

namespace json = tandem::http::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto body = json::ParseBody(std::string(reinterpret_cast<const char*>(data), size));
  if (!body.ok()) return 0;
  auto program = json::DecodeProgramInput(body.value(), tandem::domain::ProgramStatus::kDraft);
  if (!program.ok()) {
    FUZZ_CHECK(!program.status().fields().empty(), program.status().message());
    return 0;
  }
  (void)tandem::domain::ValidateProgram(program.value());

  json::Json out = json::ProgramJson({program.value(), {}});
  for (const char* server_side : {"id", "organisation_id", "created_at", "counts"})
    out.erase(server_side);
  auto again = json::DecodeProgramInput(out, tandem::domain::ProgramStatus::kDraft);
  FUZZ_CHECK(again.ok(), again.status().message() + " for " + out.dump());
  FUZZ_CHECK(json::ProgramJson({again.value(), {}}) == json::ProgramJson({program.value(), {}}),
             "program does not round-trip: " + out.dump());
  return 0;
}
