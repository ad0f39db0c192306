#include "store/session_pool.h"

#include <soci/soci.h>

namespace tandem::store {

SessionPool::Lease::Lease(Lease&& other) noexcept : pool_(other.pool_), index_(other.index_) {
  other.pool_ = nullptr;
}

SessionPool::Lease::~Lease() {
  if (pool_) pool_->Release(index_);
}

soci::session& SessionPool::Lease::operator*() const { return *pool_->sessions_[index_]; }

SessionPool::SessionPool(std::vector<std::unique_ptr<soci::session>> sessions)
    : sessions_(std::move(sessions)) {
  // Hand out the lowest index first (a LIFO stack of free sessions).
  for (size_t i = sessions_.size(); i-- > 0;) free_.push_back(i);
}

SessionPool::~SessionPool() = default;

std::optional<SessionPool::Lease> SessionPool::Acquire(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  if (!freed_.wait_for(lock, timeout, [this] { return !free_.empty(); })) return std::nullopt;
  size_t index = free_.back();
  free_.pop_back();
  return Lease(this, index);
}

void SessionPool::Release(size_t index) {
  {
    std::lock_guard lock(mu_);
    free_.push_back(index);
  }
  freed_.notify_one();
}

}  // namespace tandem::store
