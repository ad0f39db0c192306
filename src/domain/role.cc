#include "domain/role.h"

namespace tandem::domain {

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kOrgAdmin: return "org_admin";
    case Role::kCoordinator: return "coordinator";
    case Role::kMentor: return "mentor";
    case Role::kMentee: return "mentee";
  }
  return "";
}

std::optional<Role> ParseRole(std::string_view s) {
  for (Role r : {Role::kOrgAdmin, Role::kCoordinator, Role::kMentor, Role::kMentee})
    if (RoleName(r) == s) return r;
  return std::nullopt;
}

std::string_view ProgramRoleName(ProgramRole r) {
  return r == ProgramRole::kMentor ? "mentor" : "mentee";
}

std::optional<ProgramRole> ParseProgramRole(std::string_view s) {
  if (s == "mentor") return ProgramRole::kMentor;
  if (s == "mentee") return ProgramRole::kMentee;
  return std::nullopt;
}

Role ToRole(ProgramRole r) { return r == ProgramRole::kMentor ? Role::kMentor : Role::kMentee; }

std::vector<std::string> RoleNames(const RoleSet& roles) {
  std::vector<std::string> out;
  for (Role r : roles) out.emplace_back(RoleName(r));
  return out;
}

}  // namespace tandem::domain
