// The matching codec (src/http/json/{matching_settings,match_round}_codec.cc). The first byte picks the request type:
// even = matching settings (PUT .../matching-settings), odd = match round request (POST
// .../rounds); the rest is the body. Settings that decode are validated by the domain, encoded
// as GET answers them, and must decode back to the same settings.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/matching_settings.h"
#include "fuzz/fuzz_check.h"
#include "http/json/match_round_codec.h"
#include "http/json/matching_settings_codec.h"

namespace json = tandem::http::json;

namespace {

void Settings(const json::Json& body) {
  auto s = json::DecodeMatchingSettings(body);
  if (!s.ok()) {
    FUZZ_CHECK(!s.status().fields().empty(), s.status().message());
    return;
  }
  (void)tandem::domain::ValidateMatchingSettings(s.value());
  const json::Json out = json::MatchingSettingsJson(s.value());
  auto again = json::DecodeMatchingSettings(out);
  FUZZ_CHECK(again.ok(), again.status().message() + " for " + out.dump());
  FUZZ_CHECK(json::MatchingSettingsJson(again.value()) == out,
             "matching settings do not round-trip: " + out.dump());
}

void Round(const json::Json& body) {
  auto req = json::DecodeRoundRequest(body);
  if (!req.ok()) {
    FUZZ_CHECK(!req.status().fields().empty(), req.status().message());
    return;
  }
  FUZZ_CHECK(req->candidates_per_mentee >= -1 && req->candidates_per_mentee <= 100000,
             "candidates_per_mentee escaped its clamp");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  auto body = json::ParseBody(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  if (!body.ok()) return 0;
  if (data[0] % 2 == 0) Settings(body.value());
  else Round(body.value());
  return 0;
}
