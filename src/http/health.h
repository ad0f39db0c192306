// Health checks that answer even while every worker is busy: the server calls AnswerHealth on
// its I/O thread, before the worker queue. /healthz says the process is serving; /readyz says
// the database answered the last background probe (ReadinessProbe), so the I/O thread never
// waits on the database.
#ifndef TANDEM_HTTP_HEALTH_H_
#define TANDEM_HTTP_HEALTH_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

#include "base/status.h"
#include "http/message.h"

namespace tandem::http {

// Runs `check` once in the constructor, then every `period` on its own thread until destroyed;
// ready() is whether the last run returned OK. Thread-safe.
class ReadinessProbe {
 public:
  ReadinessProbe(std::function<Status()> check, std::chrono::milliseconds period);
  ~ReadinessProbe();
  ReadinessProbe(const ReadinessProbe&) = delete;
  ReadinessProbe& operator=(const ReadinessProbe&) = delete;

  bool ready() const { return ready_.load(); }

 private:
  void Loop(std::chrono::milliseconds period);

  std::function<Status()> check_;
  std::atomic<bool> ready_{false};
  std::mutex mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

// GET /healthz: 200 {"status":"ok"}. GET /readyz: 200 {"status":"ready"} when `ready`, else
// 503 problem+json. nullopt for every other request (the workers handle it). Never blocks.
std::optional<HttpResponse> AnswerHealth(const HttpRequest& request, bool ready);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_HEALTH_H_
