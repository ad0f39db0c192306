// A fixed set of open SOCI sessions handed out one at a time. A borrowed session (Lease) is
// used by one thread until the Lease is destroyed, which returns it. Thread-safe.
//
// Own pool rather than soci::connection_pool: leases are RAII values that can time out, and
// the store can reconnect a borrowed PostgreSQL session in place.
#ifndef TANDEM_STORE_SESSION_POOL_H_
#define TANDEM_STORE_SESSION_POOL_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace soci {
class session;
}

namespace tandem::store {

class SessionPool {
 public:
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    soci::session& operator*() const;

   private:
    friend class SessionPool;
    Lease(SessionPool* pool, size_t index) : pool_(pool), index_(index) {}
    SessionPool* pool_;
    size_t index_;
  };

  // sessions must be non-empty and already open.
  explicit SessionPool(std::vector<std::unique_ptr<soci::session>> sessions);
  ~SessionPool();  // all leases must have been returned
  SessionPool(const SessionPool&) = delete;
  SessionPool& operator=(const SessionPool&) = delete;

  // Waits up to `timeout` for a free session; nullopt when none became free.
  std::optional<Lease> Acquire(std::chrono::milliseconds timeout);
  size_t size() const { return sessions_.size(); }

 private:
  void Release(size_t index);

  std::vector<std::unique_ptr<soci::session>> sessions_;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<size_t> free_;  // guarded by mu_
};

}  // namespace tandem::store

#endif  // TANDEM_STORE_SESSION_POOL_H_
