// The invitation codec (src/http/json/invitation_codec.cc, with ReadRoles from
// common_codec.cc): a request body decoded as an invitation request; what decodes is encoded as
// an invitation and its request fields must decode to the same request.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "http/json/common_codec.h"
#include "http/json/invitation_codec.h"

namespace json = tandem::http::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto body = json::ParseBody(std::string(reinterpret_cast<const char*>(data), size));
  if (!body.ok()) return 0;
  auto req = json::DecodeInvitationRequest(body.value());
  if (!req.ok()) {
    FUZZ_CHECK(!req.status().fields().empty(), req.status().message());
    return 0;
  }
  tandem::domain::Invitation inv;
  inv.email = req->email;
  inv.roles = req->roles;
  inv.program_id = req->program_id;
  inv.program_role = req->program_role;
  const json::Json encoded = json::InvitationJson(inv, /*now=*/0);
  json::Json out = json::Json::object();
  // InvitationInput (api/openapi.yaml) has no nulls: an absent program is an absent field.
  for (const char* field : {"email", "roles", "program_id", "program_role"})
    if (!encoded.at(field).is_null()) out[field] = encoded.at(field);
  auto again = json::DecodeInvitationRequest(out);
  FUZZ_CHECK(again.ok(), again.status().message() + " for " + out.dump());
  FUZZ_CHECK(again->email == req->email && again->roles == req->roles &&
                 again->program_id == req->program_id && again->program_role == req->program_role,
             "invitation request does not round-trip: " + out.dump());
  return 0;
}
