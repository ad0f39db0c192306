// Roles a person holds within one organisation, and the program roles of an enrollment.
#ifndef TANDEM_DOMAIN_ROLE_H_
#define TANDEM_DOMAIN_ROLE_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::domain {

enum class Role { kOrgAdmin, kCoordinator, kMentor, kMentee };
enum class ProgramRole { kMentor, kMentee };

std::string_view RoleName(Role r);  // "org_admin", "coordinator", "mentor", "mentee"
std::optional<Role> ParseRole(std::string_view s);
std::string_view ProgramRoleName(ProgramRole r);  // "mentor", "mentee"
std::optional<ProgramRole> ParseProgramRole(std::string_view s);
Role ToRole(ProgramRole r);

using RoleSet = std::set<Role>;
std::vector<std::string> RoleNames(const RoleSet& roles);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_ROLE_H_
