#include "app/mail_queue.h"

#include <algorithm>
#include <vector>

namespace tandem::app {

std::string_view MailModeName(MailMode m) {
  return m == MailMode::kSmtp ? "smtp" : "development";
}

Millis RetryDelay(const MailQueueOptions& options, int attempts) {
  Millis delay = options.first_retry;
  for (int i = 1; i < attempts && delay < options.max_retry; ++i) delay *= 2;
  return std::min(delay, options.max_retry);
}

namespace {

// Error texts are stored and shown to platform admins: keep them short.
std::string ShortError(std::string text) {
  constexpr size_t kMax = 200;
  if (text.size() > kMax) text = text.substr(0, kMax - 3) + "...";
  return text;
}

}  // namespace

Result<std::optional<domain::OutboxMessage>> DeliverNextMail(Store& store,
                                                             MailTransport& transport,
                                                             const Clock& clock,
                                                             const MailQueueOptions& options) {
  const Millis now = clock.Now();
  std::vector<domain::OutboxMessage> claimed;
  RETURN_IF_ERROR(store.Transact([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(claimed,
                     tx.ClaimOutboxMessages(options.worker_id, now, now + options.claim_for, 1));
    return Status::Ok();
  }));
  if (claimed.empty()) return std::optional<domain::OutboxMessage>();
  domain::OutboxMessage m = std::move(claimed.front());

  Status sent = Status::Ok();
  if (now - m.created_at > options.max_age) {
    sent = InvalidArgument("Too old to be worth sending; given up.");
  } else {
    sent = transport.Send(OutgoingMail{m.id, m.to, m.subject, m.body, m.created_at});
  }
  const Millis done = clock.Now();
  if (sent.ok()) {
    m.status = domain::DeliveryStatus::kSent;
    m.sent_at = done;
    m.last_error.clear();
  } else if (sent.code() == StatusCode::kInvalidArgument || m.attempts >= options.max_attempts) {
    m.status = domain::DeliveryStatus::kFailed;
    m.last_error = ShortError(sent.message());
  } else {
    m.status = domain::DeliveryStatus::kPending;
    m.next_attempt_at = done + RetryDelay(options, m.attempts);
    m.last_error = ShortError(sent.message());
  }
  RETURN_IF_ERROR(
      store.Transact([&](Tx& tx) { return tx.FinishOutboxAttempt(m, options.worker_id); }));
  if (m.status != domain::DeliveryStatus::kPending) m.body.clear();
  m.claimed_by.clear();
  m.claimed_until = 0;
  return std::optional<domain::OutboxMessage>(std::move(m));
}

}  // namespace tandem::app
