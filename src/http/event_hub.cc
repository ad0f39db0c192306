#include "http/event_hub.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "app/auth.h"
#include "app/messages.h"
#include "http/errors.h"

namespace tandem::http {
namespace {

// Sent when a stream opens: the browser's reconnect delay, then a first event so the page
// knows the stream works.
constexpr char kPreamble[] = "retry: 3000\n\nevent: ready\ndata: {}\n\n";
constexpr char kHeartbeat[] = ": keep-alive\n\n";

std::string MessageEvent(const app::MessageDelivery& d) {
  nlohmann::json data = {{"organisation_id", d.message.organisation_id},
                         {"relationship_id", d.message.relationship_id},
                         {"message_id", d.message.id}};
  return "event: message\nid: " + d.message.id + "\ndata: " + data.dump() + "\n\n";
}

}  // namespace

EventHub::EventHub(const app::Context& ctx, EventHubOptions options)
    : ctx_(ctx), options_(options) {}

EventHub::~EventHub() { Stop(); }

void EventHub::Start() {
  std::lock_guard lock(mu_);
  if (started_) return;
  started_ = true;
  thread_ = std::thread([this] { Run(); });
}

void EventHub::Stop() {
  std::vector<std::shared_ptr<EventSink>> sinks;
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    for (auto& [person, s] : streams_) sinks.push_back(s.sink);
    streams_.clear();
  }
  wake_.notify_all();
  for (auto& sink : sinks) sink->Close();
  if (thread_.joinable()) thread_.join();
}

HttpResponse EventHub::Open(const app::Caller& caller, const std::string& session_token) {
  if (caller.anonymous() || session_token.empty())
    return ProblemResponse(Unauthenticated("Sign in to continue."));
  const std::string person = caller.person_id;
  std::shared_ptr<EventSink> evicted;
  {
    std::lock_guard lock(mu_);
    if (stop_ || !started_) return ProblemResponse(Unavailable("Live updates are not available."));
    if (reserved_[person] >= options_.max_per_person) {
      // The newest tab wins: the person's oldest stream closes (a closed tab's stream is only
      // noticed at its next write, so refusing would lock out a reloaded page for a while).
      auto [from, to] = streams_.equal_range(person);
      auto oldest = from;
      for (auto it = from; it != to; ++it)
        if (it->second.id < oldest->second.id) oldest = it;
      if (oldest == to)
        return ProblemResponse(ResourceExhausted(
            "Too many live streams are opening for this account; try again in a moment."));
      evicted = oldest->second.sink;
      streams_.erase(oldest);
    } else {
      if (reserved_total_ >= options_.max_streams)
        return ProblemResponse(
            ResourceExhausted("The server holds as many live streams as it can."));
      ++reserved_[person];
      ++reserved_total_;
    }
  }
  // The evicted stream's slot passes to the new one.
  if (evicted) evicted->Close();
  // Gives the slot back unless a stream takes it (the server may never open the stream).
  struct Slot {
    Slot(EventHub* h, std::string p) : hub(h), person(std::move(p)) {}
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    ~Slot() {
      if (!taken) hub->Release(person);
    }
    EventHub* hub;
    std::string person;
    bool taken = false;
  };
  auto slot = std::make_shared<Slot>(this, person);
  HttpResponse r;
  r.status = 200;
  r.SetHeader("Content-Type", "text/event-stream; charset=utf-8");
  r.SetHeader("Cache-Control", "no-store");
  r.SetHeader("X-Accel-Buffering", "no");  // reverse proxies: do not buffer the stream
  r.stream = [this, slot, token = session_token](std::shared_ptr<EventSink> sink) {
    if (!sink->Write(kPreamble)) return;
    std::lock_guard lock(mu_);
    if (stop_) {
      sink->Close();
      return;
    }
    slot->taken = true;
    streams_.emplace(slot->person, Stream{next_id_++, slot->person, token, std::move(sink)});
    hurry_ = true;
    wake_.notify_all();
  };
  return r;
}

void EventHub::Release(const std::string& person_id) {
  std::lock_guard lock(mu_);
  auto it = reserved_.find(person_id);
  if (it != reserved_.end() && --it->second <= 0) reserved_.erase(it);
  --reserved_total_;
}

void EventHub::MessagesChanged() {
  {
    std::lock_guard lock(mu_);
    hurry_ = true;
  }
  wake_.notify_all();
}

void EventHub::SessionEnded(const std::string& session_token) {
  std::vector<std::shared_ptr<EventSink>> closing;
  std::vector<std::string> people;
  {
    std::lock_guard lock(mu_);
    for (auto it = streams_.begin(); it != streams_.end();) {
      if (it->second.session_token == session_token) {
        closing.push_back(it->second.sink);
        people.push_back(it->first);
        it = streams_.erase(it);
      } else {
        ++it;
      }
    }
  }
  for (auto& sink : closing) sink->Close();
  for (const auto& p : people) Release(p);
}

int EventHub::open_streams() const {
  std::lock_guard lock(mu_);
  return static_cast<int>(streams_.size());
}

std::vector<EventHub::Stream> EventHub::Snapshot() const {
  std::lock_guard lock(mu_);
  std::vector<Stream> out;
  for (const auto& [person, s] : streams_) out.push_back(s);
  return out;
}

void EventHub::Drop(const std::vector<std::uint64_t>& ids) {
  if (ids.empty()) return;
  std::vector<std::shared_ptr<EventSink>> closing;
  std::vector<std::string> people;
  {
    std::lock_guard lock(mu_);
    const std::set<std::uint64_t> gone(ids.begin(), ids.end());
    for (auto it = streams_.begin(); it != streams_.end();) {
      if (gone.count(it->second.id) > 0) {
        closing.push_back(it->second.sink);
        people.push_back(it->first);
        it = streams_.erase(it);
      } else {
        ++it;
      }
    }
  }
  for (auto& sink : closing) sink->Close();
  for (const auto& p : people) Release(p);
}

void EventHub::WriteTo(const std::string& person_id, const std::string& bytes) {
  std::vector<std::uint64_t> closed;
  {
    std::lock_guard lock(mu_);
    auto [from, to] = streams_.equal_range(person_id);
    for (auto it = from; it != to; ++it)
      if (!it->second.sink->Write(bytes)) closed.push_back(it->second.id);
  }
  Drop(closed);
}

void EventHub::Run() {
  auto last_heartbeat = std::chrono::steady_clock::now();
  while (true) {
    {
      std::unique_lock lock(mu_);
      wake_.wait_for(lock, options_.poll, [this] { return stop_ || hurry_; });
      if (stop_) return;
      hurry_ = false;
      if (streams_.empty()) {
        delivered_.clear();
        continue;
      }
    }
    try {
      Deliver();
      if (std::chrono::steady_clock::now() - last_heartbeat >= options_.heartbeat) {
        last_heartbeat = std::chrono::steady_clock::now();
        Heartbeat();
      }
    } catch (const std::exception& e) {
      spdlog::error("live events: {}", e.what());
    }
  }
}

void EventHub::Deliver() {
  const Millis since = ctx_.clock.Now() - options_.lookback;
  std::vector<std::pair<std::string, std::string>> out;  // person, event
  Status st = ctx_.store.TransactRead([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto rows, tx.ListMessagesSince(since, options_.batch));
    for (const app::MessageDelivery& d : rows) {
      if (delivered_.count(d.message.id) > 0) continue;
      delivered_.emplace(d.message.id, d.message.created_at);
      ASSIGN_OR_RETURN(auto readers, app::MessageReaders(tx, d));
      const std::string event = MessageEvent(d);
      std::set<std::string> once(readers.begin(), readers.end());
      for (const std::string& person : once) out.emplace_back(person, event);
    }
    return Status::Ok();
  });
  if (!st.ok()) {
    spdlog::warn("live events: reading new messages failed: {}", st.message());
    return;
  }
  for (auto it = delivered_.begin(); it != delivered_.end();) {
    it = it->second < since - options_.lookback ? delivered_.erase(it) : std::next(it);
  }
  for (const auto& [person, event] : out) WriteTo(person, event);
}

void EventHub::Heartbeat() {
  std::vector<std::uint64_t> closed;
  std::map<std::string, bool> session_alive;
  for (const Stream& s : Snapshot()) {
    if (!s.sink->Write(kHeartbeat)) {
      closed.push_back(s.id);
      continue;
    }
    auto known = session_alive.find(s.session_token);
    if (known == session_alive.end()) {
      auto session = app::Authenticate(ctx_, s.session_token);
      // A database that cannot answer now is no reason to close anyone's stream.
      const bool alive = !session.ok() ? session.status().code() == StatusCode::kUnavailable
                                       : session->has_value();
      known = session_alive.emplace(s.session_token, alive).first;
    }
    if (!known->second) closed.push_back(s.id);
  }
  Drop(closed);
}

}  // namespace tandem::http
