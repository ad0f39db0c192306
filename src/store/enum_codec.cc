#include "store/enum_codec.h"

#include "base/strings.h"

namespace tandem::store {

std::optional<domain::InvitationStatus> ParseInvitationStatus(std::string_view s) {
  using domain::InvitationStatus;
  for (InvitationStatus status : {InvitationStatus::kPending, InvitationStatus::kAccepted,
                                  InvitationStatus::kRevoked, InvitationStatus::kExpired})
    if (domain::InvitationStatusName(status) == s) return status;
  return std::nullopt;
}

std::string EncodeRoles(const domain::RoleSet& roles) {
  return Join(domain::RoleNames(roles), ",");
}

domain::RoleSet DecodeRoles(std::string_view text) {
  domain::RoleSet roles;
  if (text.empty()) return roles;
  for (const std::string& name : Split(text, ',')) {
    roles.insert(DecodeOrThrow(domain::ParseRole(name), "invitations.roles"));
  }
  return roles;
}

}  // namespace tandem::store
