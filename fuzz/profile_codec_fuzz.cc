// The profile codec (src/http/json/profile_codec.cc): a request body decoded as a profile, then
// validated by the domain; what decodes is encoded as GET /me/profile answers it, and that
// answer (minus the server-side fields) must decode to the same profile.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/profile.h"
#include "fuzz/fuzz_check.h"
#include "http/json/profile_codec.h"

namespace json = tandem::http::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto body = json::ParseBody(std::string(reinterpret_cast<const char*>(data), size));
  if (!body.ok()) return 0;
  auto input = json::DecodeProfileInput(body.value());
  if (!input.ok()) {
    FUZZ_CHECK(!input.status().fields().empty(), input.status().message());
    return 0;
  }
  (void)tandem::domain::ValidateProfile(input->profile);

  const json::Json first = json::ProfileJson({input->name, input->profile});
  json::Json out = first;
  for (const char* server_side : {"person_id", "updated_at"}) out.erase(server_side);
  auto again = json::DecodeProfileInput(out);
  FUZZ_CHECK(again.ok(), again.status().message() + " for " + out.dump());
  FUZZ_CHECK(json::ProfileJson({again->name, again->profile}) == first,
             "profile does not round-trip: " + out.dump());
  return 0;
}
