#include "http/json/invitation_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

Json InvitationJson(const domain::Invitation& inv, Millis now, const std::string& link) {
  Json out = {{"id", inv.id},
              {"organisation_id", inv.organisation_id},
              {"email", inv.email},
              {"roles", RolesJson(inv.roles)},
              {"program_id", inv.program_id.empty() ? Json(nullptr) : Json(inv.program_id)},
              {"program_role", inv.program_role
                                   ? Json(std::string(domain::ProgramRoleName(*inv.program_role)))
                                   : Json(nullptr)},
              {"status", domain::InvitationStatusName(inv.EffectiveStatus(now))},
              {"invited_by_name", inv.invited_by_name},
              {"created_at", TimeJson(inv.created_at)},
              {"expires_at", TimeJson(inv.expires_at)}};
  if (!link.empty()) out["link"] = link;
  return out;
}

Json InvitationPreviewJson(const app::InvitationPreview& p) {
  const auto& inv = p.invitation;
  return {{"organisation_name", p.organisation_name},
          {"program_name", p.program_name.empty() ? Json(nullptr) : Json(p.program_name)},
          {"email", inv.email},
          {"roles", RolesJson(inv.roles)},
          {"program_role", inv.program_role
                               ? Json(std::string(domain::ProgramRoleName(*inv.program_role)))
                               : Json(nullptr)},
          {"account_exists", p.account_exists},
          {"status", domain::InvitationStatusName(p.status)}};
}

Result<app::InvitationRequest> DecodeInvitationRequest(const Json& body) {
  ObjectReader r(body);
  app::InvitationRequest req;
  if (auto v = r.String("email", 1000)) req.email = *v;
  if (auto roles = ReadRoles(r, "roles", false)) req.roles = *roles;
  if (body.is_object() && body.contains("program_id") && !body["program_id"].is_null()) {
    if (auto v = r.String("program_id", 200)) req.program_id = *v;
  } else {
    r.OptionalString("program_id");
  }
  if (body.is_object() && body.contains("program_role") && !body["program_role"].is_null()) {
    if (auto v = r.String("program_role")) {
      if (auto role = domain::ParseProgramRole(*v)) req.program_role = role;
      else r.AddError("program_role", "must be mentor or mentee");
    }
  } else {
    r.OptionalString("program_role");
  }
  RETURN_IF_ERROR(r.Finish());
  return req;
}

}  // namespace tandem::http::json
