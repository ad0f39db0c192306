#include "pulse_worker.h"

#include <spdlog/spdlog.h>

#include "app/pulse_surveys.h"

namespace tandem {

void PulseWorker::Start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { Loop(); });
}

void PulseWorker::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PulseWorker::Loop() {
  for (;;) {
    auto run = app::SendDuePulseSurveys(ctx_);
    if (!run.ok())
      spdlog::warn("pulse surveys: {}", run.status().message());
    else if (run->sent > 0 || run->activated > 0)
      spdlog::info("pulse surveys: {} sent, {} relationships started their schedule", run->sent,
                   run->activated);
    std::unique_lock lock(mu_);
    if (wake_.wait_for(lock, period_, [this] { return stopping_; })) return;
  }
}

}  // namespace tandem
