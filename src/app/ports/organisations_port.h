// Organisations and their memberships (roles).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_ORGANISATIONS_PORT_H_
#define TANDEM_APP_PORTS_ORGANISATIONS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/organisation.h"
#include "domain/role.h"

namespace tandem::app {

struct MemberFilter {
  std::string query;                 // case-insensitive substring of name or email; empty = all
  std::optional<domain::Role> role;  // only members holding this role
};

class OrganisationsPort {
 public:
  virtual ~OrganisationsPort() = default;

  virtual Status InsertOrganisation(const domain::Organisation& o) = 0;  // AlreadyExists: slug
  virtual Result<domain::Organisation> GetOrganisation(const std::string& id) = 0;

  // By name (lower(name), name, id; key: name, id): the organisations `member_id` belongs to,
  // or every one when member_id is empty.
  virtual Result<PageRows<domain::Organisation>> ListOrganisations(const std::string& member_id,
                                                                   const PageQuery& page) = 0;

  Result<std::vector<domain::Organisation>> ListOrganisations() {
    return EveryRow(ListOrganisations("", kEveryRow));
  }

  // Memberships. A person is a member of an organisation when a membership row exists
  // (possibly with no roles).
  virtual Result<std::optional<domain::RoleSet>> FindRoles(const std::string& org_id,
                                                           const std::string& person_id) = 0;

  virtual Status SetRoles(const std::string& org_id, const std::string& person_id,
                          const domain::RoleSet& roles) = 0;

  // Removes the membership with its roles (enrollments, relationships and requests stay: the
  // use case ends them first). NotFound when the person is not a member.
  virtual Status DeleteMembership(const std::string& org_id, const std::string& person_id) = 0;

  // Serialises changes to an organisation's memberships (removing a member, changing roles,
  // so that two admins cannot remove each other and leave none) until the transaction ends.
  // PostgreSQL: SELECT … FOR UPDATE on the organisation row; SQLite: existence check. NotFound
  // when the organisation does not exist. Lock order: before every other lock.
  virtual Status LockOrganisation(const std::string& org_id) = 0;

  virtual Result<std::vector<domain::Membership>> ListMembershipsOfPerson(
      const std::string& person_id) = 0;  // by organisation name

  // By name (lower(name), name, person id; key: name, person id).
  virtual Result<PageRows<domain::Member>> ListMembers(const std::string& org_id,
                                                       const MemberFilter& filter,
                                                       const PageQuery& page) = 0;

  Result<std::vector<domain::Member>> ListMembers(const std::string& org_id,
                                                  const MemberFilter& filter) {
    return EveryRow(ListMembers(org_id, filter, kEveryRow));
  }
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_ORGANISATIONS_PORT_H_
