// The outbox: emails waiting for delivery, and the delivery queue (app/mail_queue.h).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_OUTBOX_PORT_H_
#define TANDEM_APP_PORTS_OUTBOX_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/access.h"

namespace tandem::app {

class OutboxPort {
 public:
  virtual ~OutboxPort() = default;

  // Outbox (emails waiting for delivery; shown to platform admins). It is also the delivery
  // queue (app/mail_queue.h). InsertOutboxMessage stores every field (a new message is pending).
  virtual Status InsertOutboxMessage(const domain::OutboxMessage& m) = 0;

  // Newest first (created_at, then insertion order, descending; key: created_at, seq).
  virtual Result<PageRows<domain::OutboxMessage>> ListOutbox(const PageQuery& page) = 0;

  // Claims up to `limit` messages due at `now`: pending ones with next_attempt_at <= now, and
  // sending ones whose claim lapsed (claimed_until <= now), earliest due first. Each becomes
  // sending with claimed_by = worker, claimed_until = until and one more attempt; they are
  // returned as stored after the claim. Claimers in concurrent transactions never receive the
  // same message (PostgreSQL: FOR UPDATE SKIP LOCKED plus a re-checked UPDATE; SQLite write
  // transactions are serial).
  virtual Result<std::vector<domain::OutboxMessage>> ClaimOutboxMessages(const std::string& worker,
                                                                         Millis now, Millis until,
                                                                         int limit) = 0;

  // Ends the attempt `worker` claimed: writes m.status (pending, sent or failed),
  // next_attempt_at, last_error and sent_at, and releases the claim; the body of a sent or
  // failed message is cleared (it may hold a live token). NotFound for an unknown id;
  // FailedPrecondition when `worker` no longer holds the claim (it lapsed and was taken over).
  virtual Status FinishOutboxAttempt(const domain::OutboxMessage& m, const std::string& worker) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_OUTBOX_PORT_H_
