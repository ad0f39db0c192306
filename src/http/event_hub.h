// EventHub: the live streams (server-sent events) of signed-in people, and the thread that
// feeds them (issue 10, point 5). It implements app::LiveEvents, which use cases call after a
// message commits.
//
// Delivery reads the database, not process memory: every `poll` (and at once when a use case
// of this process says a message was written), the hub reads the messages created in the last
// `lookback` (MessagesPort::ListMessagesSince, an index on created_at), skips those it already
// delivered, asks app::MessageReaders who may read each (the pair; a youth program's
// coordinators), and writes one `event: message` with the ids to each of their open streams.
// So several `tandem serve` processes on one database deliver each other's messages within
// `poll`, with no shared memory and no LISTEN/NOTIFY; `lookback` covers transactions that commit
// a little after the time they stamped (and small clock differences between servers). It reads
// nothing while no stream is open.
//
// Each stream is a connection held by the HTTP server with no thread: an idle stream costs its
// socket, RESTinio's connection object and a few hundred bytes here. Every `heartbeat` each
// stream receives a comment line (proxies and the server's own idle timeout keep it open) and
// its session is checked again (app::Authenticate): a signed-out or expired session's streams
// close; sign-out closes them at once (SessionEnded). Limits: `max_per_person` streams per
// person (one more closes that person's oldest stream: the newest tab wins) and `max_streams`
// in all (429 beyond it); the server's max_connections must leave room for them. Events carry ids
// only; pages fetch what they show through the REST reads, which apply the message policy again.
//
// Thread-safety: every public method may be called from any thread.
#ifndef TANDEM_HTTP_EVENT_HUB_H_
#define TANDEM_HTTP_EVENT_HUB_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/context.h"
#include "app/live.h"
#include "http/message.h"

namespace tandem::http {

struct EventHubOptions {
  int max_per_person = 5;
  int max_streams = 1000;
  std::chrono::milliseconds poll{250};
  std::chrono::milliseconds heartbeat{20'000};
  Millis lookback = 3'000;
  int batch = 1000;  // messages read per poll at most
};

class EventHub final : public app::LiveEvents {
 public:
  EventHub(const app::Context& ctx, EventHubOptions options);
  ~EventHub() override;
  EventHub(const EventHub&) = delete;
  EventHub& operator=(const EventHub&) = delete;

  // Starts the delivery thread; Stop closes every stream and joins it (also on destruction).
  void Start();
  void Stop();

  // The response that opens a stream for the signed-in caller of this session: 401 for an
  // anonymous caller, 429 past a limit, 503 when stopped.
  HttpResponse Open(const app::Caller& caller, const std::string& session_token);

  void MessagesChanged() override;
  void SessionEnded(const std::string& session_token) override;

  int open_streams() const;

 private:
  struct Stream {
    std::uint64_t id = 0;
    std::string person_id;
    std::string session_token;
    std::shared_ptr<EventSink> sink;
  };

  void Run();
  void Deliver();
  void Heartbeat();
  void Release(const std::string& person_id);
  // Writes `bytes` to each stream of `person_id`; closed streams are dropped. Holds mu_.
  void WriteTo(const std::string& person_id, const std::string& bytes);
  std::vector<Stream> Snapshot() const;
  void Drop(const std::vector<std::uint64_t>& ids);

  const app::Context& ctx_;
  const EventHubOptions options_;

  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;                           // guarded by mu_
  bool started_ = false;                        // guarded by mu_
  bool hurry_ = false;                          // guarded by mu_
  std::uint64_t next_id_ = 1;                   // guarded by mu_
  std::multimap<std::string, Stream> streams_;  // by person; guarded by mu_
  std::map<std::string, int> reserved_;         // slots per person, open or opening; mu_
  int reserved_total_ = 0;                      // guarded by mu_
  std::map<std::string, Millis> delivered_;     // message id -> created_at; delivery thread
  std::thread thread_;
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_EVENT_HUB_H_
