// The port through which use cases tell open live streams that something happened, after their
// transaction commits. The HTTP edge implements it (http/event_hub.h); without one (tests, the
// command line) nothing is told. Implementations must be thread-safe and must not block: they
// only note the event and wake their own delivery thread.
#ifndef TANDEM_APP_LIVE_H_
#define TANDEM_APP_LIVE_H_

#include <string>

namespace tandem::app {

class LiveEvents {
 public:
  virtual ~LiveEvents() = default;
  // A message was committed in a relationship's thread: deliver what is new. The hub reads the
  // messages itself (so another server's messages arrive the same way); this only hurries it.
  virtual void MessagesChanged() = 0;
  // A session ended (sign-out): its streams close now rather than at their next check.
  virtual void SessionEnded(const std::string& session_token) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_LIVE_H_
