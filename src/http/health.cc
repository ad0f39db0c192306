#include "http/health.h"

#include "http/errors.h"

namespace tandem::http {

ReadinessProbe::ReadinessProbe(std::function<Status()> check, std::chrono::milliseconds period)
    : check_(std::move(check)) {
  ready_ = check_().ok();
  thread_ = std::thread([this, period] { Loop(period); });
}

ReadinessProbe::~ReadinessProbe() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  stop_cv_.notify_all();
  thread_.join();
}

void ReadinessProbe::Loop(std::chrono::milliseconds period) {
  std::unique_lock lock(mu_);
  while (!stop_cv_.wait_for(lock, period, [this] { return stop_; })) {
    lock.unlock();
    ready_ = check_().ok();
    lock.lock();
  }
}

std::optional<HttpResponse> AnswerHealth(const HttpRequest& request, bool ready) {
  if (request.method != "GET" || (request.path != "/healthz" && request.path != "/readyz")) {
    return std::nullopt;
  }
  if (request.path == "/readyz" && !ready) {
    return ProblemResponse(Unavailable("The database is not reachable."));
  }
  HttpResponse r;
  r.SetHeader("Content-Type", "application/json");
  r.SetHeader("Cache-Control", "no-store");
  r.body = request.path == "/healthz" ? R"({"status":"ok"})" : R"({"status":"ready"})";
  return r;
}

}  // namespace tandem::http
