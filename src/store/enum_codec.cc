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

std::string EncodePriorities(const std::vector<std::pair<std::string, std::string>>& priorities) {
  std::vector<std::string> entries;
  for (const auto& [criterion, priority] : priorities)
    entries.push_back(criterion + "=" + priority);
  return Join(entries, ";");
}

std::vector<std::pair<std::string, std::string>> DecodePriorities(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  if (text.empty()) return out;
  for (const std::string& entry : Split(text, ';')) {
    size_t eq = entry.find('=');
    if (eq == std::string::npos) throw CorruptRow("malformed matching_settings.priorities");
    out.emplace_back(entry.substr(0, eq), entry.substr(eq + 1));
  }
  return out;
}

std::string EncodeIdList(const std::vector<std::string>& ids) { return Join(ids, ","); }

std::vector<std::string> DecodeIdList(std::string_view text) {
  if (text.empty()) return {};
  return Split(text, ',');
}

}  // namespace tandem::store
