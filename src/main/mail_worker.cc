#include "mail_worker.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <random>

namespace tandem {

MailWorker::MailWorker(app::Store& store, app::MailTransport& transport, const Clock& clock,
                       app::MailQueueOptions options, std::chrono::milliseconds poll)
    : store_(store),
      transport_(transport),
      clock_(clock),
      options_(std::move(options)),
      poll_(poll) {}

MailWorker::~MailWorker() { Stop(); }

std::string MailWorker::NewWorkerId() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  std::random_device rd;
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, "%08x", rd());
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + suffix;
}

void MailWorker::Start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { Loop(); });
}

void MailWorker::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailWorker::Loop() {
  for (;;) {
    {
      std::lock_guard lock(mu_);
      if (stopping_) return;
    }
    auto handled = app::DeliverNextMail(store_, transport_, clock_, options_);
    if (handled.ok() && handled->has_value()) {
      const domain::OutboxMessage& m = **handled;
      switch (m.status) {
        case domain::DeliveryStatus::kSent:
          spdlog::info("mail {} sent (attempt {})", m.id, m.attempts);
          break;
        case domain::DeliveryStatus::kPending:
          spdlog::warn("mail {} not sent (attempt {}): {}; next attempt at {}", m.id, m.attempts,
                       m.last_error, FormatRfc3339(m.next_attempt_at));
          break;
        default:
          spdlog::error("mail {} given up after {} attempt(s): {}", m.id, m.attempts,
                        m.last_error);
      }
      continue;  // more may be due
    }
    if (!handled.ok()) spdlog::warn("mail delivery: {}", handled.status().message());
    std::unique_lock lock(mu_);
    wake_.wait_for(lock, poll_, [this] { return stopping_; });
  }
}

}  // namespace tandem
