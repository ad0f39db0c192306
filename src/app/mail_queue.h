// The outbox as a delivery queue. Every outbox message starts pending; a delivery worker (one
// thread per `tandem serve` with --smtp, see main/mail_worker.h) repeatedly calls
// DeliverNextMail, which
//   1. claims one due message in a transaction (pending and due, or a lapsed claim of a worker
//      that died): it becomes sending, claimed by this worker until now + claim_for, and its
//      attempt is counted then, so a message that crashes its worker still runs out of attempts;
//   2. sends it through the MailTransport outside any transaction;
//   3. records the outcome in a second transaction: sent (body cleared), or pending again after
//      RetryDelay, or failed (body cleared) when the transport says it can never be sent, the
//      attempts are used up, or the message is older than max_age.
// Several servers on one PostgreSQL never claim the same message (Tx::ClaimOutboxMessages). A
// worker that dies between 1 and 3 leaves a claim that lapses and is retried, so delivery is at
// least once: a message is sent twice only if a worker dies after the server accepted it and
// before the outcome was written. A restart loses nothing: the queue is the database.
#ifndef TANDEM_APP_MAIL_QUEUE_H_
#define TANDEM_APP_MAIL_QUEUE_H_

#include <optional>
#include <string>

#include "app/mail.h"
#include "app/store.h"
#include "base/status.h"
#include "base/time.h"

namespace tandem::app {

struct MailQueueOptions {
  std::string worker_id;          // unique per process (host, pid, random)
  Millis claim_for = 5 * kMinute; // must outlast one Send (the SMTP adapter's timeout)
  Millis first_retry = kMinute;   // delay after the first failed attempt, doubled after each
  Millis max_retry = kHour;       // cap of the delay
  int max_attempts = 10;          // then the message is failed
  Millis max_age = 2 * kDay;      // a message older than this is failed instead of sent
};

// Delay before the next attempt after `attempts` (>= 1) failed ones:
// first_retry * 2^(attempts - 1), at most max_retry.
Millis RetryDelay(const MailQueueOptions& options, int attempts);

// Claims one due message, sends it and records the outcome (see the header comment). Returns
// the message as recorded (status sent, pending with its next attempt, or failed; body
// cleared) when one was due, nullopt when none was. Store errors are returned; the claim of a
// message whose outcome could not be written lapses and the message is retried.
Result<std::optional<domain::OutboxMessage>> DeliverNextMail(Store& store,
                                                             MailTransport& transport,
                                                             const Clock& clock,
                                                             const MailQueueOptions& options);

}  // namespace tandem::app

#endif  // TANDEM_APP_MAIL_QUEUE_H_
