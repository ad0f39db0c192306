// The forward refine of the b-matching engine (bmatching_engine.h): mentees bid for mentors.
// It runs the last refine (eps = 1) from the empty matching: an active mentee relabels to its
// (e+1)-th best option minus eps and pushes its e units to its e best options, or back to the
// hub (Goldberg and Kennedy's double push); an over-full mentor at once pushes its excess to a
// free seat or evicts the holder that values it least. The mentees' lookahead caches (CSA-Q)
// are filled in parallel at the phase start (PreScan). Forward steps never create deficits.
#include <algorithm>
#ifdef TANDEM_BMATCHING_TRACE  // -DTANDEM_BMATCHING_TRACE: per-phase timings on stderr
#include <chrono>
#include <cstdio>
#endif
#include <functional>
#include <utility>
#include <vector>

#include "matching/bmatching_engine.h"
#include "matching/parallel_ranges.h"

namespace tandem::matching::internal {

// `slack` >= the previous eps. At the end of a phase a matched mentee may value its mentor up to
// that much below staying unmatched, and a mentor with a free seat may be priced up to that
// much. Starting the next phase with the hub that much lower keeps those mentees matched and
// lets those mentors start empty, instead of creating seat deficits for the reverse phase.
// A larger slack (16x) in the late phases removes nearly all deficits; in the early phases it
// would start a price war, so 2x there. Potentials may be chosen freely at a refine's start.
// The forward refine (used for the last phase, eps = 1).
// Returns false when it ran out of work_limit_ (then the flow is not a circulation).
template <typename Cost>
bool Engine<Cost>::Refine(Cost eps, Cost slack) {
  eps_ = eps;
  ++phase_;
  hub_balance_ = 0;
  for (int32_t j = 0; j < m_; ++j) {
    holder_count_[j] = 0;
    if (in_.mentor_cap[j] == 0) {
      price_[j] = kHugePrice;  // never attractive
      fjh_[j] = 0;
      continue;
    }
    price_[j] += hub_;  // re-normalise potentials so that the hub sits at 0 ...
    fjh_[j] = price_[j] > eps + slack ? in_.mentor_cap[j] : 0;
    hub_balance_ += fjh_[j];
  }
  hub_ = -slack;  // ... then lower it by the slack (see the comment on `slack`)
  for (int32_t i = 0; i < n_; ++i) {
    assigned_count_[i] = 0;
    fhi_[i] = in_.mentee_cap[i];
    hub_balance_ -= fhi_[i];
    if (fhi_[i] > 0) Enqueue(i);
  }
#ifdef TANDEM_BMATCHING_TRACE
  n_push_ = n_scan_ = 0;
  const auto tp = std::chrono::steady_clock::now();
#endif
  PreScan();
#ifdef TANDEM_BMATCHING_TRACE
  std::fprintf(stderr, "prescan %.3fs ",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - tp).count());
  const auto t0 = std::chrono::steady_clock::now();
#endif
  work_ = 0;
  while (queue_size_ > 0) {
    const int32_t i = Dequeue();
    if (queue_size_ > 0) __builtin_prefetch(&lookahead_[queue_[queue_head_]]);
    MenteePush(i);
    if (OutOfWork()) return Abandon();
  }
#ifdef TANDEM_BMATCHING_TRACE
  const auto t1 = std::chrono::steady_clock::now();
  const int64_t deficit = hub_balance_;
#endif
  if (hub_balance_ > 0 && !ReversePhase()) return Abandon();
#ifdef TANDEM_BMATCHING_TRACE
  const auto t2 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "eps=%lld pushes %lld scans %lld forward %.3fs deficit %lld reverse %.3fs\n",
               static_cast<long long>(eps), static_cast<long long>(n_push_),
               static_cast<long long>(n_scan_), std::chrono::duration<double>(t1 - t0).count(),
               static_cast<long long>(deficit), std::chrono::duration<double>(t2 - t1).count());
#endif
  return true;
}

// Drops the pending work of an abandoned phase; the next refine resets the flow.
template <typename Cost>
bool Engine<Cost>::Abandon() {
#ifdef TANDEM_BMATCHING_TRACE
  std::fprintf(stderr, "eps=%lld abandoned after %lld steps\n", static_cast<long long>(eps_),
               static_cast<long long>(work_));
#endif
  while (queue_size_ > 0) Dequeue();
  deficits_.clear();
  work_limit_ = -1;
  return false;
}

template <typename Cost>
void Engine<Cost>::MenteePush(int32_t i) {
  const int32_t excess = fhi_[i] - assigned_count_[i];
  if (excess <= 0) return;
  if (excess == 1 && assigned_count_[i] == 0) {
    MenteePushOne(i);
  } else {
    MenteePushMany(i, excess);
  }
}

// The hot loop: one unit, mentee holds nobody (always the case when k_i = 1).
// Lookahead (Goldberg & Kennedy's CSA-Q): a full scan remembers the kLookahead best
// candidates and the next best value. Within a forward phase prices only rise, so no other
// candidate can exceed that threshold later; a re-bid whose best cached value still reaches
// the threshold needs no scan, and uses the threshold as its (upper bound on the) second value,
// which keeps the relabel valid.
template <typename Cost>
void Engine<Cost>::MenteePushOne(int32_t i) {
#ifdef TANDEM_BMATCHING_TRACE
  ++n_push_;
#endif
  const Cost bonus = BonusScaled(i);
  Cost best = kNegInf, second = kNegInf;
  int64_t best_edge = -1;
  Lookahead& cache = lookahead_[i];
  bool cached = false;
  if (cache.phase == phase_) {
    for (int32_t t = 0; t < cache.count; ++t) {
      const int64_t e = cache.edge[t];
      const Cost v = Cost(cache.score[t]) * scale_ + bonus - price_[cache.mentor[t]];
      if (v > best || (v == best && e < best_edge)) {
        second = best;
        best = v;
        best_edge = e;
      } else if (v > second) {
        second = v;
      }
    }
    const Cost threshold = cache.threshold == kNegInf ? kNegInf : cache.threshold + bonus;
    if (best_edge >= 0 && best >= threshold) {
      second = std::max(second, threshold);
      cached = true;
    }
  }
  if (!cached) {
#ifdef TANDEM_BMATCHING_TRACE
    ++n_scan_;
#endif
    best_edge = FullScan(i, bonus, cache);
    best = best_edge >= 0 ? top_value_[0] : kNegInf;
    second = cache.count >= 2             ? top_value_[1]
             : cache.threshold == kNegInf ? kNegInf
                                          : cache.threshold + bonus;
  }
  if (best_edge >= 0 && best >= hub_) {
    prof_[i] = std::max(second, hub_) - eps_;  // the hub keeps fhi_[i] >= 1 units
    Assign(i, best_edge);
    return;
  }
  --fhi_[i];  // stays unmatched: the unit goes back to the hub
  ++hub_balance_;
  Cost next = best;
  if (fhi_[i] > 0) next = std::max(next, hub_);
  prof_[i] = (next == kNegInf ? hub_ : next) - eps_;
}

// Scans all enabled candidates of mentee i; writes the kLookahead + 1 best (value desc, edge
// asc) to top_value/top_edge and returns how many there are. Values omit the mentee's bonus
// (the same for all its edges). Thread-safe: reads shared state only.
template <typename Cost>
int32_t Engine<Cost>::ScanTop(int32_t i, Cost* top_value, int64_t* top_edge) const {
  int32_t count = 0;
  Cost cut = kNegInf;  // the value to beat once the list is full
  const int64_t begin = in_.offsets[i];
  const int64_t len = in_.offsets[i + 1] - begin;
  const int32_t* mentors = in_.mentors + begin;
  const int32_t* scores = in_.scores + begin;
  const Cost* price = price_.data();
  const Cost scale = scale_;
  const uint64_t* disabled = in_.disabled;
  for (int64_t k = 0; k < len; ++k) {
    const Cost v = Cost(scores[k]) * scale - price[mentors[k]];
    if (v <= cut) continue;
    if (disabled != nullptr && ((disabled[(begin + k) >> 6] >> ((begin + k) & 63)) & 1)) {
      continue;
    }
    int32_t pos = count < kLookahead + 1 ? count++ : kLookahead;
    while (pos > 0 && top_value[pos - 1] < v) {  // ties keep the earlier edge first
      top_value[pos] = top_value[pos - 1];
      top_edge[pos] = top_edge[pos - 1];
      --pos;
    }
    top_value[pos] = v;
    top_edge[pos] = begin + k;
    if (count == kLookahead + 1) cut = top_value[kLookahead];
  }
  return count;
}

// Full scan of mentee i into its cache; returns the best edge or -1 and leaves the sorted top
// values (bonus included) in top_value_.
template <typename Cost>
int64_t Engine<Cost>::FullScan(int32_t i, Cost bonus, Lookahead& cache) {
  const int32_t count = ScanTop(i, top_value_, top_edge_);
  for (int32_t t = 0; t < count; ++t) top_value_[t] += bonus;
  FillCache(cache, count, top_value_, top_edge_);
  return count > 0 ? top_edge_[0] : -1;
}

template <typename Cost>
void Engine<Cost>::FillCache(Lookahead& cache, int32_t count, const Cost* top_value,
                             const int64_t* top_edge) const {
  cache.phase = phase_;
  cache.count = static_cast<int8_t>(std::min(count, kLookahead));
  for (int32_t t = 0; t < cache.count; ++t) {
    cache.edge[t] = static_cast<uint32_t>(top_edge[t]);
    cache.mentor[t] = in_.mentors[top_edge[t]];
    cache.score[t] = in_.scores[top_edge[t]];
  }
  // Thresholds are stored without the bonus; MenteePushOne adds it back.
  cache.threshold = count > kLookahead ? top_value[kLookahead] : kNegInf;
}

// Fills every single-slot mentee's cache against the phase-start prices, in parallel over
// mentee ranges. Deterministic: each cache depends only on the prices, not on the threads.
template <typename Cost>
void Engine<Cost>::PreScan() {
  ParallelForRanges(n_, WorkerThreads(in_.offsets[n_]), [this](int32_t, int32_t lo, int32_t hi) {
    Cost top_value[kLookahead + 1];
    int64_t top_edge[kLookahead + 1];
    for (int32_t i = lo; i < hi; ++i) {
      if (in_.mentee_cap[i] != 1) continue;
      const int32_t count = ScanTop(i, top_value, top_edge);
      FillCache(lookahead_[i], count, top_value, top_edge);
    }
  });
}

// General double push: `excess` units to the best options, one per mentor, the rest to the hub.
template <typename Cost>
void Engine<Cost>::MenteePushMany(int32_t i, int32_t excess) {
  const Cost bonus = BonusScaled(i);
  scratch_.clear();
  for (int64_t e = in_.offsets[i]; e < in_.offsets[i + 1]; ++e) {
    if (Disabled(e) || Holds(i, in_.mentors[e])) continue;
    scratch_.push_back({Weight(e, bonus) - price_[in_.mentors[e]], e});
  }
  const size_t want = std::min<size_t>(scratch_.size(), static_cast<size_t>(excess) + 1);
  std::partial_sort(scratch_.begin(), scratch_.begin() + want, scratch_.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  // Merge the sorted candidates with fhi_[i] hub units of value hub_ (candidates win ties).
  size_t next_candidate = 0;
  int32_t hub_units = fhi_[i];
  int32_t to_hub = 0;
  Cost min_chosen = 0;
  for (int32_t unit = 0; unit < excess; ++unit) {
    if (next_candidate < want && scratch_[next_candidate].first >= hub_) {
      min_chosen = scratch_[next_candidate++].first;
    } else {
      ++to_hub;
      --hub_units;
      min_chosen = hub_;
    }
  }
  Cost next = kNegInf;
  if (next_candidate < want) next = scratch_[next_candidate].first;
  if (hub_units > 0) next = std::max(next, hub_);
  prof_[i] = (next == kNegInf ? min_chosen : next) - eps_;
  fhi_[i] -= to_hub;
  hub_balance_ += to_hub;
  // Copy: Assign may recurse into MentorPush, which does not touch scratch_, but keep it safe.
  const std::vector<std::pair<Cost, int64_t>> chosen(scratch_.begin(),
                                                     scratch_.begin() + next_candidate);
  for (const auto& [value, e] : chosen) Assign(i, e);
}

template <typename Cost>
bool Engine<Cost>::Holds(int32_t i, int32_t j) const {
  const int64_t* a = &assigned_[assigned_begin_[i]];
  for (int32_t t = 0; t < assigned_count_[i]; ++t) {
    if (in_.mentors[a[t]] == j) return true;
  }
  return false;
}

template <typename Cost>
void Engine<Cost>::Assign(int32_t i, int64_t e) {
  const int32_t j = in_.mentors[e];
  assigned_[assigned_begin_[i] + assigned_count_[i]++] = e;
  holders_[holder_begin_[j] + holder_count_[j]++] =
      Holder{i, static_cast<uint32_t>(e), Weight(e, BonusScaled(i))};
  if (holder_count_[j] > fjh_[j]) MentorPush(j);
}

// Mentor j holds more mentees than seats it routes to the hub: relabel and push the excess to
// free seats (hub) or back to the holders that value j least.
template <typename Cost>
void Engine<Cost>::MentorPush(int32_t j) {
  const int32_t excess = holder_count_[j] - fjh_[j];
  if (excess <= 0) return;
  Holder* h = &holders_[holder_begin_[j]];
  const int32_t hub_units = in_.mentor_cap[j] - fjh_[j];
  if (excess == 1) {
    Cost u1 = kNegInf, u2 = kNegInf;
    int32_t slot1 = -1;
    for (int32_t s = 0; s < holder_count_[j]; ++s) {
      const Cost u = prof_[h[s].mentee] - h[s].weight;
      if (u > u1) {
        u2 = u1;
        u1 = u;
        slot1 = s;
      } else if (u > u2) {
        u2 = u;
      }
    }
    if (hub_units >= 1 && hub_ >= u1) {  // take a free seat
      ++fjh_[j];
      ++hub_balance_;
      const Cost next = hub_units >= 2 ? std::max(u1, hub_) : u1;
      price_[j] = eps_ - next;
      return;
    }
    Cost next = u2;
    if (hub_units >= 1) next = std::max(next, hub_);
    if (next == kNegInf) next = u1;  // capacity 0: nothing else to compare with
    price_[j] = eps_ - next;
    Evict(j, slot1);
    return;
  }
  MentorPushMany(j, excess, hub_units);
}

template <typename Cost>
void Engine<Cost>::MentorPushMany(int32_t j, int32_t excess, int32_t hub_units) {
  Holder* h = &holders_[holder_begin_[j]];
  std::vector<std::pair<Cost, int32_t>> units;  // (value, slot); rare path
  for (int32_t s = 0; s < holder_count_[j]; ++s) {
    units.push_back({prof_[h[s].mentee] - h[s].weight, s});
  }
  std::sort(units.begin(), units.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  size_t next_holder = 0;
  int32_t to_hub = 0;
  Cost min_chosen = 0;
  std::vector<int32_t> evict;
  for (int32_t unit = 0; unit < excess; ++unit) {
    if (hub_units - to_hub > 0 &&
        (next_holder == units.size() || hub_ >= units[next_holder].first)) {
      ++to_hub;
      min_chosen = hub_;
    } else {
      min_chosen = units[next_holder].first;
      evict.push_back(units[next_holder++].second);
    }
  }
  Cost next = kNegInf;
  if (next_holder < units.size()) next = units[next_holder].first;
  if (hub_units - to_hub > 0) next = std::max(next, hub_);
  price_[j] = eps_ - (next == kNegInf ? min_chosen : next);
  fjh_[j] += to_hub;
  hub_balance_ += to_hub;
  std::sort(evict.begin(), evict.end(), std::greater<>());  // swap-removal stays valid
  for (int32_t s : evict) Evict(j, s);
}

template <typename Cost>
void Engine<Cost>::Evict(int32_t j, int32_t slot) {
  Holder* h = &holders_[holder_begin_[j]];
  const Holder out = h[slot];
  h[slot] = h[--holder_count_[j]];
  Unassign(out.mentee, out.edge);
  Enqueue(out.mentee);
}

template bool Engine<int64_t>::Refine(int64_t, int64_t);
template bool Engine<__int128>::Refine(__int128, __int128);
template void Engine<int64_t>::MenteePush(int32_t);
template void Engine<__int128>::MenteePush(int32_t);

}  // namespace tandem::matching::internal
