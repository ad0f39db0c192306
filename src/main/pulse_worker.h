// PulseWorker: the timer of `tandem serve` that sends due pulse surveys (app/pulse_surveys.h)
// once at start and then every `period`. Several servers on one database may all run it: each
// survey is claimed by a unique row, so none is sent twice. Start and Stop are called from one
// thread; Stop wakes the thread and joins it.
#ifndef TANDEM_MAIN_PULSE_WORKER_H_
#define TANDEM_MAIN_PULSE_WORKER_H_

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/context.h"

namespace tandem {

class PulseWorker {
 public:
  PulseWorker(const app::Context& ctx, std::chrono::milliseconds period)
      : ctx_(ctx), period_(period) {}
  ~PulseWorker() { Stop(); }
  PulseWorker(const PulseWorker&) = delete;
  PulseWorker& operator=(const PulseWorker&) = delete;

  void Start();
  void Stop();

 private:
  void Loop();

  const app::Context& ctx_;
  const std::chrono::milliseconds period_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace tandem

#endif  // TANDEM_MAIN_PULSE_WORKER_H_
