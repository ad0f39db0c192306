// SociTx: organisations and their memberships.
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

constexpr char kOrganisationColumns[] = "id, name, slug, kind, created_at";

void IntoOrganisation(Query& q, domain::Organisation& o) {
  q.Into(o.id).Into(o.name).Into(o.slug);
  q.IntoEnum(o.kind, &domain::ParseOrganisationKind, "organisations.kind");
  q.Into(o.created_at);
}

const Keyset kOrganisationsByName = ByName("o.name", "o.id");

const Keyset kMembersByName = ByName("p.name", "p.id");  // key (name, person id)

// Case-insensitive "name or email contains" over people p; adds its binds to q.
constexpr char kNameOrEmailMatches[] =
    " AND (lower(p.name) LIKE lower(CAST(:q_name AS TEXT)) ESCAPE '\\'"
    " OR lower(p.email) LIKE lower(CAST(:q_email AS TEXT)) ESCAPE '\\')";

}  // namespace

Status SociTx::InsertOrganisation(const domain::Organisation& o) {
  return Run("InsertOrganisation", [&]() -> Status {
    long long inserted =
        Query(sql_, std::string("INSERT INTO organisations (") + kOrganisationColumns +
                        ") VALUES (:id, :name, :slug, :kind, :created_at) ON CONFLICT DO NOTHING")
            .Use("id", o.id)
            .Use("name", o.name)
            .Use("slug", o.slug)
            .Use("kind", domain::OrganisationKindName(o.kind))
            .UseInt("created_at", o.created_at)
            .Exec();
    if (inserted == 1) return Status::Ok();
    if (Exists("SELECT COUNT(*) FROM organisations WHERE id = :id", o.id))
      return AlreadyExists("An organisation with this id already exists.");
    return AlreadyExists("An organisation with this slug already exists.");
  });
}

Result<domain::Organisation> SociTx::GetOrganisation(const std::string& id) {
  return Run("GetOrganisation", [&]() -> Result<domain::Organisation> {
    domain::Organisation o;
    Query q(sql_,
            std::string("SELECT ") + kOrganisationColumns + " FROM organisations WHERE id = :id");
    q.Use("id", id);
    IntoOrganisation(q, o);
    if (!q.Next()) return NotFound("The organisation does not exist.");
    return o;
  });
}

Result<app::PageRows<domain::Organisation>> SociTx::ListOrganisations(
    const std::string& member_id, const app::PageQuery& page) {
  return Run("ListOrganisations", [&]() -> Result<app::PageRows<domain::Organisation>> {
    RETURN_IF_ERROR(kOrganisationsByName.Check(page));
    std::string text = std::string("SELECT ") + kOrganisationColumns + " FROM organisations o";
    if (!member_id.empty())
      text +=
          " WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id"
          " AND m.person_id = :person)";
    else
      text += " WHERE 1 = 1";
    text += kOrganisationsByName.Condition(page) + kOrganisationsByName.OrderBy(page);
    Query q(sql_, text);
    if (!member_id.empty()) q.Use("person", member_id);
    kOrganisationsByName.Bind(q, page);
    std::vector<domain::Organisation> out;
    domain::Organisation o;
    IntoOrganisation(q, o);
    while (q.Next()) out.push_back(o);
    return TakePage(std::move(out), page, [](const domain::Organisation& last) {
      return app::SortKey{last.name, last.id};
    });
  });
}

Result<std::optional<domain::RoleSet>> SociTx::FindRoles(const std::string& org_id,
                                                         const std::string& person_id) {
  return Run("FindRoles", [&]() -> Result<std::optional<domain::RoleSet>> {
    // One row per role; a single row with a NULL role for a member without roles.
    Query q(sql_,
            "SELECT r.role FROM memberships m"
            " LEFT JOIN membership_roles r"
            "   ON r.organisation_id = m.organisation_id AND r.person_id = m.person_id"
            " WHERE m.organisation_id = :org AND m.person_id = :person");
    std::string role;
    q.Use("org", org_id).Use("person", person_id).IntoNullable(role);
    std::optional<domain::RoleSet> roles;
    while (q.Next()) {
      if (!roles) roles.emplace();
      if (role.empty()) continue;
      roles->insert(DecodeOrThrow(domain::ParseRole(role), "membership_roles.role"));
    }
    return roles;
  });
}

Status SociTx::SetRoles(const std::string& org_id, const std::string& person_id,
                        const domain::RoleSet& roles) {
  return Run("SetRoles", [&]() -> Status {
    Query(sql_,
          "INSERT INTO memberships (organisation_id, person_id) VALUES (:org, :person)"
          " ON CONFLICT DO NOTHING")
        .Use("org", org_id)
        .Use("person", person_id)
        .Exec();
    // Two role changes of one member at the same moment take turns on the membership row (FOR
    // UPDATE): on PostgreSQL (READ COMMITTED) the second would otherwise delete nothing of the
    // first's uncommitted roles and then collide with them on insert (a spurious AlreadyExists).
    RETURN_IF_ERROR(LockRow(
        "SELECT person_id FROM memberships WHERE organisation_id = :org AND person_id = :id",
        org_id, person_id, "The membership does not exist."));
    Query(sql_, "DELETE FROM membership_roles WHERE organisation_id = :org AND person_id = :person")
        .Use("org", org_id)
        .Use("person", person_id)
        .Exec();
    if (roles.empty()) return Status::Ok();
    Query insert(sql_, MultiRowInsert("membership_roles", {"organisation_id", "person_id", "role"},
                                      roles.size()));
    size_t row = 0;
    for (domain::Role role : roles) {
      insert.Use(Cell(row, 0), org_id).Use(Cell(row, 1), person_id);
      insert.Use(Cell(row, 2), domain::RoleName(role));
      ++row;
    }
    insert.Exec();
    return Status::Ok();
  });
}

Status SociTx::DeleteMembership(const std::string& org_id, const std::string& person_id) {
  return Run("DeleteMembership", [&]() -> Status {
    // membership_roles go with it (ON DELETE CASCADE).
    long long deleted =
        Query(sql_, "DELETE FROM memberships WHERE organisation_id = :org AND person_id = :person")
            .Use("org", org_id)
            .Use("person", person_id)
            .Exec();
    return deleted == 1 ? Status::Ok() : NotFound("No such member.");
  });
}

Status SociTx::LockOrganisation(const std::string& org_id) {
  return Run("LockOrganisation", [&]() -> Status {
    std::string select = "SELECT id FROM organisations WHERE id = :id";
    if (dialect_ == Dialect::kPostgres) select += " FOR UPDATE";
    std::string found;
    Query q(sql_, select);
    q.Use("id", org_id).Into(found);
    if (!q.Next()) return NotFound("The organisation does not exist.");
    return Status::Ok();
  });
}

Result<std::vector<domain::Membership>> SociTx::ListMembershipsOfPerson(
    const std::string& person_id) {
  return Run("ListMembershipsOfPerson", [&]() -> Result<std::vector<domain::Membership>> {
    Query q(sql_,
            "SELECT o.id, o.name, o.kind, r.role FROM memberships m"
            " JOIN organisations o ON o.id = m.organisation_id"
            " LEFT JOIN membership_roles r"
            "   ON r.organisation_id = m.organisation_id AND r.person_id = m.person_id"
            " WHERE m.person_id = :person"
            " ORDER BY lower(o.name), o.name, o.id");
    domain::Membership row;
    std::string role;
    q.Use("person", person_id).Into(row.organisation_id).Into(row.organisation_name);
    q.IntoEnum(row.organisation_kind, &domain::ParseOrganisationKind, "organisations.kind");
    q.IntoNullable(role);
    std::vector<domain::Membership> out;
    while (q.Next()) {
      if (out.empty() || out.back().organisation_id != row.organisation_id) {
        out.push_back(row);
        out.back().roles.clear();
      }
      if (role.empty()) continue;
      out.back().roles.insert(DecodeOrThrow(domain::ParseRole(role), "membership_roles.role"));
    }
    return out;
  });
}

Result<app::PageRows<domain::Member>> SociTx::ListMembers(const std::string& org_id,
                                                          const app::MemberFilter& filter,
                                                          const app::PageQuery& page) {
  return Run("ListMembers", [&]() -> Result<app::PageRows<domain::Member>> {
    RETURN_IF_ERROR(kMembersByName.Check(page));
    // The page of members first (one row each), then their roles (one row per role).
    std::string members =
        "SELECT p.id, p.name, p.email FROM memberships m JOIN people p ON p.id = m.person_id"
        " WHERE m.organisation_id = :org";
    if (!filter.query.empty()) members += kNameOrEmailMatches;
    if (filter.role)
      members +=
          " AND EXISTS (SELECT 1 FROM membership_roles f WHERE f.organisation_id = "
          "m.organisation_id"
          " AND f.person_id = m.person_id AND f.role = :role)";
    members += kMembersByName.Condition(page) + kMembersByName.OrderBy(page);
    Query q(sql_, "SELECT pm.id, pm.name, pm.email, r.role FROM (" + members +
                      ") pm LEFT JOIN membership_roles r"
                      " ON r.organisation_id = :roles_org AND r.person_id = pm.id"
                      " ORDER BY lower(pm.name), pm.name, pm.id");
    q.Use("org", org_id).Use("roles_org", org_id);
    if (!filter.query.empty()) {
      std::string pattern = ContainsPattern(filter.query);
      q.Use("q_name", pattern).Use("q_email", pattern);
    }
    if (filter.role) q.Use("role", domain::RoleName(*filter.role));
    kMembersByName.Bind(q, page);
    domain::Member row;
    std::string role;
    q.Into(row.person_id).Into(row.name).Into(row.email).IntoNullable(role);
    std::vector<domain::Member> out;
    while (q.Next()) {
      if (out.empty() || out.back().person_id != row.person_id) {
        out.push_back(row);
        out.back().roles.clear();
      }
      if (role.empty()) continue;
      out.back().roles.insert(DecodeOrThrow(domain::ParseRole(role), "membership_roles.role"));
    }
    return TakePage(std::move(out), page, [](const domain::Member& last) {
      return app::SortKey{last.name, last.person_id};
    });
  });
}

}  // namespace tandem::store
