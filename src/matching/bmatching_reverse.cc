// The reverse auction of the b-matching engine (bmatching_engine.h): mentors bid for mentees.
// It runs every refine but the last (ReverseRefine) and resolves the seat deficits the last,
// forward refine leaves (ReversePhase). A mentor with a deficit lowers its price to its next
// best offer and pulls the mentees that value it most (MentorPull, over the mentor lists of
// bmatching_mentor_lists.h with a lookahead cache); a mentee over its slots raises its potential
// and releases the option it values least (MenteePull). Reverse steps never create excess.
#include <algorithm>
#ifdef TANDEM_BMATCHING_TRACE  // -DTANDEM_BMATCHING_TRACE: per-phase timings on stderr
#include <chrono>
#include <cstdio>
#endif
#include <utility>
#include <vector>

#include "matching/bmatching_engine.h"

namespace tandem::matching::internal {

// A refine run as a reverse auction (Bertsekas' reverse auction in push-relabel form): the
// mentors bid for mentees. It starts from the empty matching with every mentor seat routed to
// the hub (a deficit of c_j at mentor j; its price is free, so it starts at "infinity" and is
// set by its first pull) and the previous mentee potentials, re-normalised so that the hub
// sits at `slack`. A mentee slot stays unrouted when the mentee's potential is at most
// eps + slack, which keeps it eps-optimal; the few other mentees start with an excess.
// The deficits are resolved by ReversePhase, then the excesses by forward pushes (which never
// create deficits), so the refine ends with an eps-optimal circulation.
// Why reverse: with N mentees for about 0.6 N seats, a forward auction spends most of its
// bids pricing out the mentees who end unmatched; seats bidding for mentees meet little
// competition (on the benchmark about 1.1 pulls per mentor at eps = 4 weight units).
template <typename Cost>
void Engine<Cost>::ReverseRefine(Cost eps, Cost slack) {
  eps_ = eps;
  ++phase_;
  hub_balance_ = 0;
  for (int32_t j = 0; j < m_; ++j) {
    holder_count_[j] = 0;
    price_[j] = kHugePrice;
    fjh_[j] = in_.mentor_cap[j];
    hub_balance_ += fjh_[j];
  }
  for (int32_t i = 0; i < n_; ++i) {
    assigned_count_[i] = 0;
    prof_[i] -= hub_;
    fhi_[i] = prof_[i] > eps + slack ? in_.mentee_cap[i] : 0;
    hub_balance_ -= fhi_[i];
  }
  hub_ = slack;
#ifdef TANDEM_BMATCHING_TRACE
  const auto t1 = std::chrono::steady_clock::now();
  n_pull_ = n_pull_entries_ = 0;
#endif
  (void)ReversePhase();  // no work limit here: always completes
  for (int32_t i = 0; i < n_; ++i) {
    if (fhi_[i] > assigned_count_[i]) Enqueue(i);
  }
  while (queue_size_ > 0) MenteePush(Dequeue());
#ifdef TANDEM_BMATCHING_TRACE
  const auto t2 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "reverse eps=%lld pulls %lld entries %lld %.3fs\n",
               static_cast<long long>(eps), static_cast<long long>(n_pull_),
               static_cast<long long>(n_pull_entries_),
               std::chrono::duration<double>(t2 - t1).count());
#endif
}

// After the forward phase no node has excess; the hub holds exactly the seats that mentors kept
// saturated but could not fill (deficits). Resolve them by pure reverse push-relabel
// (Bertsekas' reverse auction): a deficit node pulls flow along admissible in-arcs and raises
// its potential, which only ever creates deficits elsewhere, never excess; so it terminates
// with a circulation and keeps eps-optimality.
// Also the reverse refine's main loop. Mentor pulls use a lookahead cache valid for one call:
// within it mentee potentials only rise (MenteePull is the only change).
// Returns false when it ran out of work_limit_.
template <typename Cost>
bool Engine<Cost>::ReversePhase() {
  if (!lists_.built()) lists_.Build(in_, classes_);
  if (pull_cache_.empty()) pull_cache_.assign(m_, PullCache{});
  ++reverse_stamp_;
  std::vector<Cost> min_prof(classes_.count, kHugePrice);
  for (int32_t i = 0; i < n_; ++i) {
    Cost& m = min_prof[classes_.Of(i)];
    m = std::min(m, prof_[i]);
  }
  for (int32_t g = 0; g < classes_.count; ++g) {
    // An empty class has no entries; keep its offset finite.
    class_bound_offset_[g] = min_prof[g] == kHugePrice ? 0 : class_bonus_[g] - min_prof[g];
  }
  for (int32_t j = 0; j < m_; ++j) {
    if (holder_count_[j] < fjh_[j]) deficits_.push_back(j);
  }
  while (!deficits_.empty()) {
    const int32_t j = deficits_.front();
    deficits_.pop_front();
    MentorPull(j);
    if (OutOfWork()) return false;
  }
  return true;
}

// Mentor j has fewer holders than routed seats: lower its price to the best remaining offer
// and pull from the mentees that value it most (or give the seat back to the hub).
template <typename Cost>
void Engine<Cost>::MentorPull(int32_t j) {
  const int32_t deficit = fjh_[j] - holder_count_[j];
  if (deficit <= 0) return;
#ifdef TANDEM_BMATCHING_TRACE
  ++n_pull_;
#endif
  scratch_.clear();
  size_t want;
  if (in_.mentor_cap[j] < kPullCache) {
    // Lookahead, as for mentees: within one reverse phase mentee potentials only rise, so
    // offers only fall, and no uncached offer exceeds the threshold of the last full scan.
    PullCache& cache = pull_cache_[j];
    if (cache.stamp != reverse_stamp_ || !PullFromCache(j, deficit, cache)) {
      FillPullCache(j, cache);
      const bool ok = PullFromCache(j, deficit, cache);
      (void)ok;  // always true after a fresh scan: cap_j < kPullCache
    }
    want = scratch_.size();
  } else if (deficit + 1 <= kPullTop) {
    // Common case: keep the deficit + 1 best offers (value desc, position asc) in a small
    // sorted list; the holder check runs only for offers that make the list.
    Cost top_value[kPullTop];
    int64_t top_pos[kPullTop];
    const int32_t count = BestOffers<true>(j, deficit + 1, top_value, top_pos);
    for (int32_t c = 0; c < count; ++c) scratch_.push_back({top_value[c], top_pos[c]});
    want = static_cast<size_t>(count);
  } else {
    for (int64_t t = lists_.begin(j); t < lists_.end(j); ++t) {
      const InEdge in = lists_.At(t);
      if (IsHolder(j, in.mentee)) continue;
      const Cost w = Cost(in.score) * scale_ + BonusScaled(in.mentee);
      scratch_.push_back({w - prof_[in.mentee], t});
    }
    want = std::min<size_t>(scratch_.size(), static_cast<size_t>(deficit) + 1);
    std::partial_sort(scratch_.begin(), scratch_.begin() + want, scratch_.end(),
                      [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
  }
  // Merge with fjh_[j] hub units of value -hub_ (mentees win ties: more matches).
  const Cost hub_value = -hub_;
  size_t next_candidate = 0;
  int32_t from_hub = 0;
  Cost max_chosen = 0;
  for (int32_t unit = 0; unit < deficit; ++unit) {
    if (next_candidate < want && scratch_[next_candidate].first >= hub_value) {
      max_chosen = scratch_[next_candidate++].first;
    } else {
      ++from_hub;
      max_chosen = hub_value;
    }
  }
  Cost next = kNegInf;
  if (next_candidate < want) next = scratch_[next_candidate].first;
  if (fjh_[j] - from_hub > 0) next = std::max(next, hub_value);
  price_[j] = (next == kNegInf ? max_chosen : next) - eps_;
  fjh_[j] -= from_hub;
  hub_balance_ -= from_hub;
  for (size_t c = 0; c < next_candidate; ++c) {
    const InEdge in = lists_.At(scratch_[c].second);
    const int32_t i = in.mentee;
    const int64_t e = FindEdge(i, j, in.score);
    assigned_[assigned_begin_[i] + assigned_count_[i]++] = e;
    holders_[holder_begin_[j] + holder_count_[j]++] =
        Holder{i, static_cast<uint32_t>(e), Weight(e, BonusScaled(i))};
    MenteePull(i);  // at once, so that a mentee is never over its slots by more than one
  }
}

// Mentee i holds more mentors than its routed slots: raise its potential and let go of the
// options it values least (a held mentor, or take one more slot from the hub).
template <typename Cost>
void Engine<Cost>::MenteePull(int32_t i) {
  const int32_t deficit = assigned_count_[i] - fhi_[i];
  if (deficit <= 0) return;
  const Cost bonus = BonusScaled(i);
  std::vector<std::pair<Cost, int64_t>> held;  // (value, edge), ascending
  const int64_t* a = &assigned_[assigned_begin_[i]];
  for (int32_t t = 0; t < assigned_count_[i]; ++t) {
    held.push_back({Weight(a[t], bonus) - price_[in_.mentors[a[t]]], a[t]});
  }
  std::sort(held.begin(), held.end());
  // Merge with (k_i - fhi_i) hub units of value hub_ (the hub wins ties: stay matched).
  int32_t hub_units = in_.mentee_cap[i] - fhi_[i];
  size_t next_held = 0;
  int32_t from_hub = 0;
  Cost max_chosen = 0;
  for (int32_t unit = 0; unit < deficit; ++unit) {
    if (hub_units - from_hub > 0 && (next_held == held.size() || hub_ <= held[next_held].first)) {
      ++from_hub;
      max_chosen = hub_;
    } else {
      max_chosen = held[next_held++].first;
    }
  }
  Cost next = -kNegInf;
  if (next_held < held.size()) next = held[next_held].first;
  if (hub_units - from_hub > 0) next = std::min(next, hub_);
  prof_[i] = (next == -kNegInf ? max_chosen : next) + eps_;
  fhi_[i] += from_hub;
  hub_balance_ -= from_hub;
  for (size_t t = 0; t < next_held; ++t) {
    const int64_t e = held[t].second;
    const int32_t j = in_.mentors[e];
    Unassign(i, e);
    Holder* h = &holders_[holder_begin_[j]];
    for (int32_t s = 0; s < holder_count_[j]; ++s) {
      if (h[s].edge == static_cast<uint64_t>(e)) {
        h[s] = h[--holder_count_[j]];
        break;
      }
    }
    if (holder_count_[j] < fjh_[j]) deficits_.push_back(j);
  }
}

// Scores descend within each bonus class's segment of j's list, so a segment's scan stops at the
// first entry whose bound cannot beat the cut (the limit-th best value so far). The top list is
// kept sorted by insertion: limit is at most kPullCache + 1.
template <typename Cost>
template <bool kSkipHolders>
int32_t Engine<Cost>::BestOffers(int32_t j, int32_t limit, Cost* top_value, int64_t* top_pos) {
  int32_t count = 0;
  Cost cut = kNegInf;
  const Cost* prof = prof_.data();
  const Cost scale = scale_;
  for (int32_t g = 0; g < classes_.count; ++g) {
    const int64_t end = lists_.SegmentEnd(j, g);
    for (int64_t t = lists_.SegmentBegin(j, g); t < end; ++t) {
      const InEdge in = lists_.At(t);
      if (PullBound(in.score, g) <= cut) break;  // scores descend: nothing left beats the cut
#ifdef TANDEM_BMATCHING_TRACE
      if constexpr (!kSkipHolders) ++n_pull_entries_;  // counts the full scans only
#endif
      const Cost v = Cost(in.score) * scale + EntryBonus(g, in.mentee) - prof[in.mentee];
      if (v <= cut) continue;
      if constexpr (kSkipHolders) {
        if (IsHolder(j, in.mentee)) continue;
      }
      int32_t pos = count < limit ? count++ : limit - 1;
      while (pos > 0 && top_value[pos - 1] < v) {
        top_value[pos] = top_value[pos - 1];
        top_pos[pos] = top_pos[pos - 1];
        --pos;
      }
      top_value[pos] = v;
      top_pos[pos] = t;
      if (count == limit) cut = top_value[limit - 1];
    }
  }
  return count;
}

// Full scan of mentor j's offers: the kPullCache best (value desc, position asc), holders
// included, and the next value as threshold.
template <typename Cost>
void Engine<Cost>::FillPullCache(int32_t j, PullCache& cache) {
  Cost top_value[kPullCache + 1];
  int64_t top_pos[kPullCache + 1];
  const int32_t count = BestOffers<false>(j, kPullCache + 1, top_value, top_pos);
  cache.stamp = reverse_stamp_;
  cache.count = static_cast<int8_t>(std::min(count, kPullCache));
  for (int32_t c = 0; c < cache.count; ++c) cache.pos[c] = static_cast<uint32_t>(top_pos[c]);
  cache.threshold = count > kPullCache ? top_value[kPullCache] : kNegInf;
}

// Fills scratch_ with the deficit + 1 best current offers from the cache (the last one may be
// the threshold, an upper bound on the next offer, which keeps the relabel valid). False when
// the cache cannot certify the deficit best offers.
template <typename Cost>
bool Engine<Cost>::PullFromCache(int32_t j, int32_t deficit, const PullCache& cache) {
  scratch_.clear();
  for (int32_t c = 0; c < cache.count; ++c) {
    const int64_t t = cache.pos[c];
    const InEdge in = lists_.At(t);
    if (IsHolder(j, in.mentee)) continue;
    const Cost v = Cost(in.score) * scale_ + BonusScaled(in.mentee) - prof_[in.mentee];
    if (v < cache.threshold) continue;
    scratch_.push_back({v, t});
  }
  if (cache.threshold != kNegInf && scratch_.size() < static_cast<size_t>(deficit)) {
    return false;
  }
  std::sort(scratch_.begin(), scratch_.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (scratch_.size() > static_cast<size_t>(deficit) + 1) scratch_.resize(deficit + 1);
  if (cache.threshold != kNegInf && scratch_.size() == static_cast<size_t>(deficit)) {
    scratch_.push_back({cache.threshold, -1});  // never chosen: only the next value
  }
  return true;
}

template <typename Cost>
bool Engine<Cost>::IsHolder(int32_t j, int32_t i) const {
  const Holder* h = &holders_[holder_begin_[j]];
  for (int32_t s = 0; s < holder_count_[j]; ++s) {
    if (h[s].mentee == i) return true;
  }
  return false;
}

// The first enabled edge from mentee i to mentor j with this score.
template <typename Cost>
int64_t Engine<Cost>::FindEdge(int32_t i, int32_t j, int32_t score) const {
  for (int64_t e = in_.offsets[i]; e < in_.offsets[i + 1]; ++e) {
    if (in_.mentors[e] == j && in_.scores[e] == score && !Disabled(e)) return e;
  }
  return -1;  // unreachable: the transpose lists only existing enabled edges
}

template void Engine<int64_t>::ReverseRefine(int64_t, int64_t);
template void Engine<__int128>::ReverseRefine(__int128, __int128);
template bool Engine<int64_t>::ReversePhase();
template bool Engine<__int128>::ReversePhase();

}  // namespace tandem::matching::internal
