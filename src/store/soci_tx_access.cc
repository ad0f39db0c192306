// SociTx: sessions, invitations, password resets and the outbox.
// Everything here is global except invitations (organisation-owned).
#include <soci/soci.h>

#include "store/enum_codec.h"
#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

void IntoSession(Query& q, domain::Session& s) {
  q.Into(s.id_hash).Into(s.person_id).Into(s.csrf_token).Into(s.created_at).Into(s.expires_at);
}

const Keyset kInvitationsNewestFirst = NewestFirst("i.");
// The outbox, newest first: (created_at, seq) descending, key the same. seq (insertion order)
// breaks ties between messages of the same millisecond.
const Keyset kOutboxNewestFirst(Keyset::Order::kDescending,
                                {Keyset::Type::kNumber, Keyset::Type::kNumber},
                                {{"created_at", 0}, {"seq", 1}});

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

Status SociTx::InsertSession(const domain::Session& s) {
  return Run("InsertSession", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO sessions (id_hash, person_id, csrf_token, created_at, expires_at)"
              " VALUES (:id_hash, :person, :csrf, :created_at, :expires_at) ON CONFLICT DO NOTHING")
            .Use("id_hash", s.id_hash)
            .Use("person", s.person_id)
            .Use("csrf", s.csrf_token)
            .UseInt("created_at", s.created_at)
            .UseInt("expires_at", s.expires_at)
            .Exec();
    return inserted == 1 ? Status::Ok() : AlreadyExists("A session with this id already exists.");
  });
}

Result<std::optional<domain::Session>> SociTx::FindSession(const std::string& id_hash) {
  return Run("FindSession", [&]() -> Result<std::optional<domain::Session>> {
    domain::Session s;
    Query q(sql_,
            "SELECT id_hash, person_id, csrf_token, created_at, expires_at FROM sessions"
            " WHERE id_hash = :id_hash");
    q.Use("id_hash", id_hash);
    IntoSession(q, s);
    if (!q.Next()) return std::optional<domain::Session>();
    return std::optional<domain::Session>(std::move(s));
  });
}

Status SociTx::DeleteSession(const std::string& id_hash) {
  return Run("DeleteSession", [&]() -> Status {
    Query(sql_, "DELETE FROM sessions WHERE id_hash = :id_hash").Use("id_hash", id_hash).Exec();
    return Status::Ok();
  });
}

Status SociTx::DeleteSessionsOfPerson(const std::string& person_id) {
  return Run("DeleteSessionsOfPerson", [&]() -> Status {
    Query(sql_, "DELETE FROM sessions WHERE person_id = :person").Use("person", person_id).Exec();
    return Status::Ok();
  });
}

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

Status SociTx::InsertPasswordReset(const domain::PasswordReset& r) {
  return Run("InsertPasswordReset", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO password_resets (token_hash, person_id, expires_at, used)"
              " VALUES (:token_hash, :person, :expires_at, :used) ON CONFLICT DO NOTHING")
            .Use("token_hash", r.token_hash)
            .Use("person", r.person_id)
            .UseInt("expires_at", r.expires_at)
            .UseBool("used", r.used)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("A password reset with this token already exists.");
  });
}

Result<std::optional<domain::PasswordReset>> SociTx::FindPasswordReset(
    const std::string& token_hash) {
  return Run("FindPasswordReset", [&]() -> Result<std::optional<domain::PasswordReset>> {
    domain::PasswordReset r;
    Query q(sql_,
            "SELECT token_hash, person_id, expires_at, used FROM password_resets"
            " WHERE token_hash = :token_hash");
    q.Use("token_hash", token_hash).Into(r.token_hash).Into(r.person_id).Into(r.expires_at);
    q.Into(r.used);
    if (!q.Next()) return std::optional<domain::PasswordReset>();
    return std::optional<domain::PasswordReset>(std::move(r));
  });
}

Status SociTx::MarkPasswordResetUsed(const std::string& token_hash) {
  return Run("MarkPasswordResetUsed", [&]() -> Status {
    long long updated = Query(sql_,
                              "UPDATE password_resets SET used = 1 WHERE token_hash = :token_hash"
                              " AND used = 0")
                            .Use("token_hash", token_hash)
                            .Exec();
    if (updated == 1) return Status::Ok();
    if (Exists("SELECT COUNT(*) FROM password_resets WHERE token_hash = :id", token_hash))
      return FailedPrecondition("The password reset has already been used.");
    return NotFound("The password reset does not exist.");
  });
}

Status SociTx::MarkPasswordResetsOfPersonUsed(const std::string& person_id) {
  return Run("MarkPasswordResetsOfPersonUsed", [&]() -> Status {
    Query(sql_, "UPDATE password_resets SET used = 1 WHERE person_id = :person AND used = 0")
        .Use("person", person_id)
        .Exec();
    return Status::Ok();
  });
}

Status SociTx::InsertOutboxMessage(const domain::OutboxMessage& m) {
  return Run("InsertOutboxMessage", [&]() -> Status {
    long long inserted =
        Query(sql_,
              "INSERT INTO outbox (id, recipient, subject, body, created_at, status, attempts,"
              " next_attempt_at, last_error, sent_at, claimed_by, claimed_until)"
              " VALUES (:id, :recipient, :subject, :body, :created_at, :status, :attempts,"
              " :next_attempt_at, :last_error, :sent_at, :claimed_by, :claimed_until)"
              " ON CONFLICT DO NOTHING")
            .Use("id", m.id)
            .Use("recipient", m.to)
            .Use("subject", m.subject)
            .Use("body", m.body)
            .UseInt("created_at", m.created_at)
            .Use("status", domain::DeliveryStatusName(m.status))
            .UseInt("attempts", m.attempts)
            .UseInt("next_attempt_at", m.next_attempt_at)
            .Use("last_error", m.last_error)
            .UseNullableInt("sent_at", m.sent_at)
            .Use("claimed_by", m.claimed_by)
            .UseInt("claimed_until", m.claimed_until)
            .Exec();
    return inserted == 1 ? Status::Ok()
                         : AlreadyExists("An outbox message with this id already exists.");
  });
}

namespace {

constexpr char kOutboxColumns[] =
    "id, recipient, subject, body, created_at, status, attempts, next_attempt_at, last_error,"
    " sent_at, claimed_by, claimed_until, seq";

void IntoOutboxMessage(Query& q, domain::OutboxMessage& m) {
  q.Into(m.id).Into(m.to).Into(m.subject).Into(m.body).Into(m.created_at);
  q.IntoEnum(m.status, &domain::ParseDeliveryStatus, "outbox.status");
  q.Into(m.attempts).Into(m.next_attempt_at).Into(m.last_error).IntoNullable(m.sent_at);
  q.Into(m.claimed_by).Into(m.claimed_until).Into(m.seq);
}

// Due at :now: pending and no longer waiting, or claimed by a worker whose claim has lapsed.
constexpr char kOutboxDue[] =
    "((status = 'pending' AND next_attempt_at <= :now)"
    " OR (status = 'sending' AND claimed_until <= :now_lapsed))";

}  // namespace

Result<app::PageRows<domain::OutboxMessage>> SociTx::ListOutbox(const app::PageQuery& page) {
  return Run("ListOutbox", [&]() -> Result<app::PageRows<domain::OutboxMessage>> {
    RETURN_IF_ERROR(kOutboxNewestFirst.Check(page));
    domain::OutboxMessage m;
    Query q(sql_, std::string("SELECT ") + kOutboxColumns + " FROM outbox WHERE 1 = 1" +
                      kOutboxNewestFirst.Condition(page) + kOutboxNewestFirst.OrderBy(page));
    kOutboxNewestFirst.Bind(q, page);
    IntoOutboxMessage(q, m);
    std::vector<domain::OutboxMessage> out;
    while (q.Next()) out.push_back(m);
    return TakePage(std::move(out), page, [](const domain::OutboxMessage& last) {
      return app::SortKey{last.created_at, last.seq};
    });
  });
}

Result<std::vector<domain::OutboxMessage>> SociTx::ClaimOutboxMessages(const std::string& worker,
                                                                       Millis now, Millis until,
                                                                       int limit) {
  return Run("ClaimOutboxMessages", [&]() -> Result<std::vector<domain::OutboxMessage>> {
    std::vector<domain::OutboxMessage> out;
    if (limit <= 0) return out;
    // Candidates first. On PostgreSQL the rows stay locked until the transaction ends and rows
    // another claimer holds are skipped; the UPDATE below re-checks that each one is still due,
    // so a message that changed hands in between is left alone.
    std::vector<std::string> ids;
    std::string id;
    std::string select = std::string("SELECT id FROM outbox WHERE ") + kOutboxDue +
                         " ORDER BY CASE WHEN status = 'pending' THEN next_attempt_at"
                         " ELSE claimed_until END, seq LIMIT :limit";
    if (dialect_ == Dialect::kPostgres) select += " FOR UPDATE SKIP LOCKED";
    Query candidates(sql_, select);
    candidates.UseInt("now", now).UseInt("now_lapsed", now).UseInt("limit", limit).Into(id);
    while (candidates.Next()) ids.push_back(id);
    for (const std::string& candidate : ids) {
      long long claimed =
          Query(sql_, std::string("UPDATE outbox SET status = 'sending', claimed_by = :worker,"
                                  " claimed_until = :until, attempts = attempts + 1"
                                  " WHERE id = :id AND ") +
                          kOutboxDue)
              .Use("worker", worker)
              .UseInt("until", until)
              .Use("id", candidate)
              .UseInt("now", now)
              .UseInt("now_lapsed", now)
              .Exec();
      if (claimed != 1) continue;
      domain::OutboxMessage m;
      Query row(sql_, std::string("SELECT ") + kOutboxColumns + " FROM outbox WHERE id = :id");
      row.Use("id", candidate);
      IntoOutboxMessage(row, m);
      if (row.Next()) out.push_back(m);
    }
    return out;
  });
}

Status SociTx::FinishOutboxAttempt(const domain::OutboxMessage& m, const std::string& worker) {
  return Run("FinishOutboxAttempt", [&]() -> Status {
    const bool done = m.status == domain::DeliveryStatus::kSent ||
                      m.status == domain::DeliveryStatus::kFailed;
    long long updated =
        Query(sql_,
              std::string("UPDATE outbox SET status = :status, next_attempt_at = :next,"
                          " last_error = :last_error, sent_at = :sent_at, claimed_by = '',"
                          " claimed_until = 0") +
                  (done ? ", body = ''" : "") +
                  " WHERE id = :id AND status = 'sending' AND claimed_by = :worker")
            .Use("status", domain::DeliveryStatusName(m.status))
            .UseInt("next", m.next_attempt_at)
            .Use("last_error", m.last_error)
            .UseNullableInt("sent_at", m.sent_at)
            .Use("id", m.id)
            .Use("worker", worker)
            .Exec();
    if (updated == 1) return Status::Ok();
    if (!Exists("SELECT COUNT(*) FROM outbox WHERE id = :id", m.id))
      return NotFound("No outbox message with this id.");
    return FailedPrecondition("This worker no longer holds the claim on the outbox message.");
  });
}

}  // namespace tandem::store
