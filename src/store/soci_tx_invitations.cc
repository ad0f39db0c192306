// SociTx: invitations (organisation-owned), found by the hash of their token.
#include <soci/soci.h>

#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kInvitationsNewestFirst = NewestFirst("i.");

// Invitation columns joined with the inviter's name (i = invitations, p = people).
constexpr char kInvitationSelect[] =
    "SELECT i.id, i.organisation_id, i.email, i.token_hash, i.roles, i.program_id,"
    " i.program_role, i.status, i.invited_by, p.name, i.created_at, i.expires_at"
    " FROM invitations i JOIN people p ON p.id = i.invited_by";

// Binds a row of kInvitationSelect; `roles` and `program_role` need decoding after each fetch.
struct InvitationRow {
  domain::Invitation inv;
  std::string roles;
  std::string program_role;

  void Bind(Query& q) {
    q.Into(inv.id).Into(inv.organisation_id).Into(inv.email).Into(inv.token_hash).Into(roles);
    q.IntoNullable(inv.program_id).IntoNullable(program_role);
    q.IntoEnum(inv.status, &ParseInvitationStatus, "invitations.status");
    q.Into(inv.invited_by).Into(inv.invited_by_name).Into(inv.created_at).Into(inv.expires_at);
  }
  domain::Invitation Decode() const {
    domain::Invitation out = inv;
    out.roles = DecodeRoles(roles);
    out.program_role.reset();
    if (!program_role.empty())
      out.program_role =
          DecodeOrThrow(domain::ParseProgramRole(program_role), "invitations.program_role");
    return out;
  }
};

}  // namespace

Status SociTx::InsertInvitation(const domain::Invitation& inv) {
  return Run("InsertInvitation", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO invitations (organisation_id, id, email, token_hash, roles, program_id,"
              " program_role, status, invited_by, created_at, expires_at)"
              " VALUES (:org, :id, :email, :token_hash, :roles, :program, :program_role, :status,"
              " :invited_by, :created_at, :expires_at) ON CONFLICT DO NOTHING")
            .Use("org", inv.organisation_id)
            .Use("id", inv.id)
            .Use("email", inv.email)
            .Use("token_hash", inv.token_hash)
            .Use("roles", EncodeRoles(inv.roles))
            .UseNullable("program", inv.program_id)
            .UseNullable("program_role",
                         inv.program_role ? domain::ProgramRoleName(*inv.program_role) : "")
            .Use("status", domain::InvitationStatusName(inv.status))
            .Use("invited_by", inv.invited_by)
            .UseInt("created_at", inv.created_at)
            .UseInt("expires_at", inv.expires_at)
            .Exec();
    if (inserted == 1) return Status::Ok();
    long long same_id =
        Query(sql_, "SELECT COUNT(*) FROM invitations WHERE organisation_id = :org AND id = :id")
            .Use("org", inv.organisation_id)
            .Use("id", inv.id)
            .Scalar();
    if (same_id > 0) return AlreadyExists("An invitation with this id already exists.");
    return AlreadyExists("An invitation with this token already exists.");
  });
}

Result<std::optional<domain::Invitation>> SociTx::FindInvitationByTokenHash(
    const std::string& token_hash) {
  return Run("FindInvitationByTokenHash", [&]() -> Result<std::optional<domain::Invitation>> {
    InvitationRow row;
    Query q(sql_, std::string(kInvitationSelect) + " WHERE i.token_hash = :token_hash");
    q.Use("token_hash", token_hash);
    row.Bind(q);
    if (!q.Next()) return std::optional<domain::Invitation>();
    return std::optional<domain::Invitation>(row.Decode());
  });
}

Result<domain::Invitation> SociTx::GetInvitation(const std::string& org_id, const std::string& id) {
  return Run("GetInvitation", [&]() -> Result<domain::Invitation> {
    InvitationRow row;
    Query q(sql_,
            std::string(kInvitationSelect) + " WHERE i.organisation_id = :org AND i.id = :id");
    q.Use("org", org_id).Use("id", id);
    row.Bind(q);
    if (!q.Next()) return NotFound("The invitation does not exist.");
    return row.Decode();
  });
}

Result<app::PageRows<domain::Invitation>> SociTx::ListInvitations(const std::string& org_id,
                                                                  const app::PageQuery& page) {
  return Run("ListInvitations", [&]() -> Result<app::PageRows<domain::Invitation>> {
    RETURN_IF_ERROR(kInvitationsNewestFirst.Check(page));
    InvitationRow row;
    Query q(sql_, std::string(kInvitationSelect) + " WHERE i.organisation_id = :org" +
                      kInvitationsNewestFirst.Condition(page) +
                      kInvitationsNewestFirst.OrderBy(page));
    q.Use("org", org_id);
    kInvitationsNewestFirst.Bind(q, page);
    row.Bind(q);
    std::vector<domain::Invitation> out;
    while (q.Next()) out.push_back(row.Decode());
    return TakePage(std::move(out), page, [](const domain::Invitation& last) {
      return app::SortKey{last.created_at, last.id};
    });
  });
}

Status SociTx::SetInvitationStatus(const std::string& org_id, const std::string& id,
                                   domain::InvitationStatus status) {
  return Run("SetInvitationStatus", [&]() -> Status {
    long long updated =
        Query(sql_,
              "UPDATE invitations SET status = :status WHERE organisation_id = :org AND id = :id")
            .Use("status", domain::InvitationStatusName(status))
            .Use("org", org_id)
            .Use("id", id)
            .Exec();
    return updated == 1 ? Status::Ok() : NotFound("The invitation does not exist.");
  });
}

Status SociTx::LockInvitation(const std::string& org_id, const std::string& id) {
  return Run("LockInvitation", [&]() -> Status {
    return LockRow("SELECT id FROM invitations WHERE organisation_id = :org AND id = :id", org_id,
                   id, "The invitation does not exist.");
  });
}

}  // namespace tandem::store
