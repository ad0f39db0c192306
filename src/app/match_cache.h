// Prepared match data per program, reused across requests (recommendations, mentor requests)
// while nothing it was built from has changed. Validity comes from the database, not from this
// process: every change that the data depends on moves the program's match-data version
// (database triggers, migration 0012), and a lookup compares the version read in the caller's
// transaction with the one the entry was built at. So a server never serves data older than
// its own transaction's view, whichever server made the change.
//
// Time zones: the features hold each person's UTC offsets at the build instant and half a year
// later (BuildMatchFeatures), so an entry also serves only on the UTC day it was built; a
// daylight-saving change is then picked up within a day.
//
// Bounded: at most `capacity` programs, least recently used evicted. Thread-safe; entries are
// immutable once built and shared with the requests that use them.
#ifndef TANDEM_APP_MATCH_CACHE_H_
#define TANDEM_APP_MATCH_CACHE_H_

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "app/context.h"
#include "app/match_context.h"

namespace tandem::app {

// What a participant-facing matching decision needs: the context built with
// Disclosure::kParticipants, and the version it was built at.
struct PreparedProgram {
  std::int64_t version = 0;
  std::unique_ptr<MatchContext> mc;
  std::vector<int> remaining_capacity;  // mc->RemainingCapacity(), computed once
};

class MatchCache {
 public:
  explicit MatchCache(size_t capacity = 16) : capacity_(capacity) {}

  struct Stats {
    std::uint64_t hits = 0, builds = 0;
  };

  // The prepared data of the program, from the cache when it was built at the version `tx`
  // sees and on the UTC day of `now`, else built in `tx` at `now` (and kept, unless the program
  // has no version row). The program's organisation must be org_id (NotFound otherwise, as
  // LoadMatchContext).
  Result<std::shared_ptr<const PreparedProgram>> Get(Tx& tx, const std::string& org_id,
                                                     const std::string& program_id, Millis now);
  Stats stats() const;

 private:
  struct Entry {
    std::shared_ptr<const PreparedProgram> data;
    std::list<std::string>::iterator lru;
  };
  size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;  // key: org id + '/' + program id
  std::list<std::string> lru_;                      // most recently used first
  Stats stats_;
};

// Builds the prepared data without a cache (version 0): what Get does on a miss.
Result<std::shared_ptr<const PreparedProgram>> PrepareProgram(Tx& tx, const std::string& org_id,
                                                              const std::string& program_id,
                                                              Millis now);

// The cache in ctx when there is one, else a fresh build (at ctx.clock's now).
Result<std::shared_ptr<const PreparedProgram>> PreparedFor(const Context& ctx, Tx& tx,
                                                           const std::string& org_id,
                                                           const std::string& program_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_MATCH_CACHE_H_
