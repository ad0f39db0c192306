#include "app/match_cache.h"

namespace tandem::app {

Result<std::shared_ptr<const PreparedProgram>> PrepareProgram(Tx& tx, const std::string& org_id,
                                                              const std::string& program_id,
                                                              Millis now) {
  auto prepared = std::make_shared<PreparedProgram>();
  // What participants see must not depend on answers they may not see.
  ASSIGN_OR_RETURN(prepared->mc,
                   LoadMatchContext(tx, org_id, program_id, now, Disclosure::kParticipants));
  prepared->remaining_capacity = prepared->mc->RemainingCapacity();
  return std::shared_ptr<const PreparedProgram>(std::move(prepared));
}

Result<std::shared_ptr<const PreparedProgram>> MatchCache::Get(Tx& tx, const std::string& org_id,
                                                               const std::string& program_id,
                                                               Millis now) {
  // Read first: data loaded after this read is at least as new as the version, never older.
  ASSIGN_OR_RETURN(std::int64_t version, tx.GetMatchDataVersion(program_id));
  const std::string key = org_id + '/' + program_id;
  if (version != 0) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = entries_.find(key);
    if (it != entries_.end() && it->second.data->version == version &&
        it->second.data->mc->now / kDay == now / kDay) {
      lru_.splice(lru_.begin(), lru_, it->second.lru);
      ++stats_.hits;
      return it->second.data;
    }
  }
  // Built outside the lock: other programs' requests are not held up meanwhile.
  ASSIGN_OR_RETURN(auto built, PrepareProgram(tx, org_id, program_id, now));
  if (version == 0) return built;
  auto entry = std::const_pointer_cast<PreparedProgram>(built);
  entry->version = version;
  std::lock_guard<std::mutex> lock(mu_);
  ++stats_.builds;
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    // A concurrent build may have stored a newer version meanwhile; keep the newer one.
    if (it->second.data->version <= version) it->second.data = built;
    lru_.splice(lru_.begin(), lru_, it->second.lru);
    return built;
  }
  lru_.push_front(key);
  entries_.emplace(key, Entry{built, lru_.begin()});
  while (entries_.size() > capacity_ && !lru_.empty()) {
    entries_.erase(lru_.back());
    lru_.pop_back();
  }
  return built;
}

MatchCache::Stats MatchCache::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stats_;
}

Result<std::shared_ptr<const PreparedProgram>> PreparedFor(const Context& ctx, Tx& tx,
                                                           const std::string& org_id,
                                                           const std::string& program_id) {
  const Millis now = ctx.clock.Now();
  if (ctx.match_cache != nullptr) return ctx.match_cache->Get(tx, org_id, program_id, now);
  return PrepareProgram(tx, org_id, program_id, now);
}

}  // namespace tandem::app
