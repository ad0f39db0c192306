// SociTx: the mail outbox (global): queued messages, claimed by one worker at a time.
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

// The outbox, newest first: (created_at, seq) descending, key the same. seq (insertion order)
// breaks ties between messages of the same millisecond.
const Keyset kOutboxNewestFirst(Keyset::Order::kDescending,
                                {Keyset::Type::kNumber, Keyset::Type::kNumber},
                                {{"created_at", 0}, {"seq", 1}});

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
