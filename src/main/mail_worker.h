// MailWorker: the delivery thread of `tandem serve --smtp`. It calls app::DeliverNextMail until
// nothing is due, then sleeps for `poll` (or until Stop). Every outcome goes to the log by
// outbox id (never the body). Stop() lets the message being sent finish (bounded by the
// transport's timeout), then joins; a message it could not finish is retried by any server
// once its claim lapses. Start and Stop are called from one thread.
#ifndef TANDEM_MAIN_MAIL_WORKER_H_
#define TANDEM_MAIN_MAIL_WORKER_H_

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/mail.h"
#include "app/mail_queue.h"
#include "app/store.h"
#include "base/time.h"

namespace tandem {

class MailWorker {
 public:
  MailWorker(app::Store& store, app::MailTransport& transport, const Clock& clock,
             app::MailQueueOptions options, std::chrono::milliseconds poll);
  ~MailWorker();
  MailWorker(const MailWorker&) = delete;
  MailWorker& operator=(const MailWorker&) = delete;

  void Start();
  void Stop();

  // hostname:pid:random, unique per process.
  static std::string NewWorkerId();

 private:
  void Loop();

  app::Store& store_;
  app::MailTransport& transport_;
  const Clock& clock_;
  const app::MailQueueOptions options_;
  const std::chrono::milliseconds poll_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace tandem

#endif  // TANDEM_MAIN_MAIL_WORKER_H_
