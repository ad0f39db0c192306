// Organisations (tenants), people (global accounts) and their memberships.
//
// A person is global: one account can belong to several organisations (an alumni mentor who
// also mentors in a school's program). Everything else is owned by one organisation.
#ifndef TANDEM_DOMAIN_ORGANISATION_H_
#define TANDEM_DOMAIN_ORGANISATION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/time.h"
#include "domain/role.h"

namespace tandem::domain {

enum class OrganisationKind { kSchool, kUniversity, kCompany, kAlumni, kNonprofit };
std::string_view OrganisationKindName(OrganisationKind k);
std::optional<OrganisationKind> ParseOrganisationKind(std::string_view s);

struct Organisation {
  std::string id;
  std::string name;
  std::string slug;  // lower-case letters, digits and dashes; unique
  OrganisationKind kind = OrganisationKind::kNonprofit;
  Millis created_at = 0;
};

struct Person {
  std::string id;
  std::string email;  // normalised (lower-case); unique
  std::string name;
  std::string password_hash;  // argon2id string; empty = cannot sign in yet
  std::string locale = "en";  // "en" or "es"
  bool is_platform_admin = false;
  Millis created_at = 0;
};

struct Membership {
  std::string organisation_id;
  std::string organisation_name;
  OrganisationKind organisation_kind = OrganisationKind::kNonprofit;
  RoleSet roles;
};

// A member row as an organisation admin sees it.
struct Member {
  std::string person_id;
  std::string name;
  std::string email;
  RoleSet roles;
};

struct TaxonomyTerm {
  enum class Kind { kSkill, kInterest };
  std::string id;
  std::string organisation_id;
  Kind kind = Kind::kSkill;
  std::string label;
};
std::string_view TaxonomyKindName(TaxonomyTerm::Kind k);
std::optional<TaxonomyTerm::Kind> ParseTaxonomyKind(std::string_view s);

// The taxonomy every new organisation starts with (editable afterwards).
std::vector<std::string> DefaultSkills();
std::vector<std::string> DefaultInterests();

Status ValidateOrganisation(const Organisation& org);
Status ValidatePersonName(std::string_view name, std::string_view field = "name");
Status ValidateLocale(std::string_view locale);
// Password rules: at least 10 characters, at most 256 bytes.
Status ValidatePassword(std::string_view password, std::string_view field = "password");

// An administrator never removes themselves nor drops their own administrator role: another
// administrator does, so nobody locks themselves out by mistake. FailedPrecondition when
// `actor_id` (who acts) is `person_id` (whose membership changes); OK otherwise.
enum class MembershipChange { kRemove, kDropAdminRole };
Status CheckOwnMembershipChange(std::string_view actor_id, std::string_view person_id,
                                MembershipChange change);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_ORGANISATION_H_
