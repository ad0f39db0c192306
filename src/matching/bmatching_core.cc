#include "matching/bmatching_core.h"

#include <algorithm>
#include <deque>
#include <thread>
#ifdef TANDEM_BMATCHING_TRACE  // -DTANDEM_BMATCHING_TRACE: per-phase timings on stderr
#include <chrono>
#include <cstdio>
#endif
#include <limits>
#include <utility>

namespace tandem::matching::internal {
namespace {

// Phase ratio of the eps-scaling; 8, 16 and 32 measured on the benchmark instances, 16 best.
constexpr int kAlpha = 16;

// std::numeric_limits is not specialised for __int128 in strict ISO mode.
template <typename Cost>
constexpr Cost MaxOf() {
  if constexpr (sizeof(Cost) == 16) {
    return static_cast<Cost>(~static_cast<unsigned __int128>(0) >> 1);
  } else {
    return std::numeric_limits<Cost>::max();
  }
}

template <typename Cost>
class Engine {
 public:
  explicit Engine(const BMatchingInput& in)
      : in_(in), n_(in.num_mentees), m_(in.num_mentors), scale_(Cost(n_) + Cost(m_) + 2) {}

  std::vector<int64_t> Run() {
    Init();
    const Cost max_cost = Cost(in_.max_weight) * scale_;
    Cost eps = std::max<Cost>(1, max_cost / kAlpha);
    Cost slack = 0;
    for (;;) {
      Refine(eps, slack);
      if (eps == 1) break;
      slack = eps * (eps <= max_cost / 4096 ? 16 : 2);
      eps = std::max<Cost>(1, eps / kAlpha);
    }
    std::vector<int64_t> chosen;
    for (int32_t i = 0; i < n_; ++i) {
      const int64_t* a = &assigned_[assigned_begin_[i]];
      const size_t first = chosen.size();
      chosen.insert(chosen.end(), a, a + assigned_count_[i]);
      std::sort(chosen.begin() + first, chosen.end());
    }
    return chosen;
  }

 private:
  struct Holder {
    int32_t mentee;
    int64_t edge;
  };
  static constexpr int32_t kLookahead = 8;
  struct Lookahead {
    Cost threshold;  // no uncached candidate is worth more than this in this phase
    uint32_t edge[kLookahead];
    int32_t phase = -1;
    int8_t count = 0;
  };
  // Large enough to dominate every reachable potential, small enough that sums do not overflow.
  static constexpr Cost kNegInf = -(MaxOf<Cost>() / 4);
  static constexpr Cost kHugePrice = MaxOf<Cost>() / 8;

  void Init() {
    prof_.assign(n_, 0);
    fhi_.assign(n_, 0);
    assigned_count_.assign(n_, 0);
    assigned_begin_.assign(n_ + 1, 0);
    for (int32_t i = 0; i < n_; ++i) {
      // +1: during the reverse phase a mentee briefly holds one mentor more than its slots.
      assigned_begin_[i + 1] = assigned_begin_[i] + in_.mentee_cap[i] + 1;
    }
    assigned_.assign(assigned_begin_[n_], -1);
    price_.assign(m_, 0);
    fjh_.assign(m_, 0);
    holder_count_.assign(m_, 0);
    holder_begin_.assign(m_ + 1, 0);
    for (int32_t j = 0; j < m_; ++j) {
      holder_begin_[j + 1] = holder_begin_[j] + in_.mentor_cap[j] + 1;  // +1: transient excess
    }
    holders_.assign(holder_begin_[m_], Holder{-1, -1});
    queue_.assign(std::max(n_, 1), 0);
    queued_.assign(n_, 0);
    lookahead_.assign(n_, Lookahead{});
  }

  Cost BonusScaled(int32_t i) const { return in_.bonus ? Cost(in_.bonus[i]) * scale_ : Cost(0); }
  Cost Weight(int64_t e, Cost bonus_scaled) const {
    return Cost(in_.scores[e]) * scale_ + bonus_scaled;
  }
  bool Disabled(int64_t e) const {
    return in_.disabled && ((in_.disabled[e >> 6] >> (e & 63)) & 1);
  }
  bool Holds(int32_t i, int32_t j) const {
    const int64_t* a = &assigned_[assigned_begin_[i]];
    for (int32_t t = 0; t < assigned_count_[i]; ++t) {
      if (in_.mentors[a[t]] == j) return true;
    }
    return false;
  }

  void Enqueue(int32_t i) {
    if (queued_[i]) return;
    queued_[i] = 1;
    size_t tail = queue_head_ + queue_size_;
    if (tail >= queue_.size()) tail -= queue_.size();
    queue_[tail] = i;
    ++queue_size_;
  }
  int32_t Dequeue() {
    const int32_t i = queue_[queue_head_];
    if (++queue_head_ == queue_.size()) queue_head_ = 0;
    --queue_size_;
    queued_[i] = 0;
    return i;
  }

  // `slack` >= the previous eps. At the end of a phase a matched mentee may value its mentor up to
  // that much below staying unmatched, and a mentor with a free seat may be priced up to that
  // much. Starting the next phase with the hub that much lower keeps those mentees matched and
  // lets those mentors start empty, instead of creating seat deficits for the reverse phase.
  // A larger slack (16x) in the late phases removes nearly all deficits; in the early phases it
  // would start a price war, so 2x there. Potentials may be chosen freely at a refine's start.
  void Refine(Cost eps, Cost slack) {
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
    PreScan();
#ifdef TANDEM_BMATCHING_TRACE
    const auto t0 = std::chrono::steady_clock::now();
#endif
    while (queue_size_ > 0) MenteePush(Dequeue());
#ifdef TANDEM_BMATCHING_TRACE
    const auto t1 = std::chrono::steady_clock::now();
    const int64_t deficit = hub_balance_;
#endif
    if (hub_balance_ > 0) ReversePhase();
#ifdef TANDEM_BMATCHING_TRACE
    const auto t2 = std::chrono::steady_clock::now();
    std::fprintf(stderr, "eps=%lld forward %.3fs deficit %lld reverse %.3fs\n",
                 static_cast<long long>(eps), std::chrono::duration<double>(t1 - t0).count(),
                 static_cast<long long>(deficit), std::chrono::duration<double>(t2 - t1).count());
#endif
  }

  void Assign(int32_t i, int64_t e) {
    const int32_t j = in_.mentors[e];
    assigned_[assigned_begin_[i] + assigned_count_[i]++] = e;
    holders_[holder_begin_[j] + holder_count_[j]++] = Holder{i, e};
    if (holder_count_[j] > fjh_[j]) MentorPush(j);
  }

  void Unassign(int32_t i, int64_t e) {
    int64_t* a = &assigned_[assigned_begin_[i]];
    for (int32_t t = 0; t < assigned_count_[i]; ++t) {
      if (a[t] == e) {
        a[t] = a[--assigned_count_[i]];
        break;
      }
    }
  }

  void MenteePush(int32_t i) {
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
  void MenteePushOne(int32_t i) {
    const Cost bonus = BonusScaled(i);
    Cost best = kNegInf, second = kNegInf;
    int64_t best_edge = -1;
    Lookahead& cache = lookahead_[i];
    bool cached = false;
    if (cache.phase == phase_) {
      for (int32_t t = 0; t < cache.count; ++t) {
        const int64_t e = cache.edge[t];
        const Cost v = Weight(e, bonus) - price_[in_.mentors[e]];
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
  int32_t ScanTop(int32_t i, Cost* top_value, int64_t* top_edge) const {
    int32_t count = 0;
    Cost cut = kNegInf;  // the value to beat once the list is full
    const int64_t begin = in_.offsets[i];
    const int64_t len = in_.offsets[i + 1] - begin;
    const int32_t* mentors = in_.mentors + begin;
    const int32_t* scores = in_.scores + begin;
    const Cost* price = price_.data();
    const Cost scale = scale_;
    for (int64_t k = 0; k < len; ++k) {
      const Cost v = Cost(scores[k]) * scale - price[mentors[k]];
      if (v <= cut) continue;
      if (Disabled(begin + k)) continue;
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
  int64_t FullScan(int32_t i, Cost bonus, Lookahead& cache) {
    const int32_t count = ScanTop(i, top_value_, top_edge_);
    for (int32_t t = 0; t < count; ++t) top_value_[t] += bonus;
    FillCache(cache, count, top_value_, top_edge_);
    return count > 0 ? top_edge_[0] : -1;
  }

  void FillCache(Lookahead& cache, int32_t count, const Cost* top_value,
                 const int64_t* top_edge) const {
    cache.phase = phase_;
    cache.count = static_cast<int8_t>(std::min(count, kLookahead));
    for (int32_t t = 0; t < cache.count; ++t) cache.edge[t] = static_cast<uint32_t>(top_edge[t]);
    // Thresholds are stored without the bonus; MenteePushOne adds it back.
    cache.threshold = count > kLookahead ? top_value[kLookahead] : kNegInf;
  }

  // Fills every single-slot mentee's cache against the phase-start prices, in parallel over
  // mentee ranges. Deterministic: each cache depends only on the prices, not on the threads.
  void PreScan() {
    const int32_t threads = NumThreads();
    auto work = [this, threads](int32_t t) {
      Cost top_value[kLookahead + 1];
      int64_t top_edge[kLookahead + 1];
      const int32_t lo = static_cast<int32_t>(int64_t{n_} * t / threads);
      const int32_t hi = static_cast<int32_t>(int64_t{n_} * (t + 1) / threads);
      for (int32_t i = lo; i < hi; ++i) {
        if (in_.mentee_cap[i] != 1) continue;
        const int32_t count = ScanTop(i, top_value, top_edge);
        FillCache(lookahead_[i], count, top_value, top_edge);
      }
    };
    std::vector<std::thread> pool;
    for (int32_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
  }

  int32_t NumThreads() const {
    if (in_.offsets[n_] < (int64_t{1} << 20)) return 1;  // not worth a thread
    return static_cast<int32_t>(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
  }

  // General double push: `excess` units to the best options, one per mentor, the rest to the hub.
  void MenteePushMany(int32_t i, int32_t excess) {
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

  // Mentor j holds more mentees than seats it routes to the hub: relabel and push the excess to
  // free seats (hub) or back to the holders that value j least.
  void MentorPush(int32_t j) {
    const int32_t excess = holder_count_[j] - fjh_[j];
    if (excess <= 0) return;
    Holder* h = &holders_[holder_begin_[j]];
    const int32_t hub_units = in_.mentor_cap[j] - fjh_[j];
    if (excess == 1) {
      Cost u1 = kNegInf, u2 = kNegInf;
      int32_t slot1 = -1;
      for (int32_t s = 0; s < holder_count_[j]; ++s) {
        const Cost u = prof_[h[s].mentee] - Weight(h[s].edge, BonusScaled(h[s].mentee));
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

  void MentorPushMany(int32_t j, int32_t excess, int32_t hub_units) {
    Holder* h = &holders_[holder_begin_[j]];
    std::vector<std::pair<Cost, int32_t>> units;  // (value, slot); rare path
    for (int32_t s = 0; s < holder_count_[j]; ++s) {
      units.push_back({prof_[h[s].mentee] - Weight(h[s].edge, BonusScaled(h[s].mentee)), s});
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

  void Evict(int32_t j, int32_t slot) {
    Holder* h = &holders_[holder_begin_[j]];
    const Holder out = h[slot];
    h[slot] = h[--holder_count_[j]];
    Unassign(out.mentee, out.edge);
    Enqueue(out.mentee);
  }

  // After the forward phase no node has excess; the hub holds exactly the seats that mentors kept
  // saturated but could not fill (deficits). Resolve them by pure reverse push-relabel
  // (Bertsekas' reverse auction): a deficit node pulls flow along admissible in-arcs and raises
  // its potential, which only ever creates deficits elsewhere, never excess; so it terminates
  // with a circulation and keeps eps-optimality.
  void ReversePhase() {
    if (transpose_begin_.empty()) BuildTranspose();
    for (int32_t j = 0; j < m_; ++j) {
      if (holder_count_[j] < fjh_[j]) deficits_.push_back(j);
    }
    while (!deficits_.empty()) {
      const int32_t j = deficits_.front();
      deficits_.pop_front();
      MentorPull(j);
    }
  }

  // Enabled candidate edges by mentor, built once on first need: 8 bytes per edge. Entries hold
  // the score, not the edge id, so that a scan touches one random cache line (the mentee's
  // potential) per entry; the edge id is recovered only for the few entries chosen.
  void BuildTranspose() {
    transpose_begin_.assign(m_ + 1, 0);
    const int64_t num_edges = in_.offsets[n_];
    for (int64_t e = 0; e < num_edges; ++e) {
      if (!Disabled(e)) ++transpose_begin_[in_.mentors[e] + 1];
    }
    for (int32_t j = 0; j < m_; ++j) transpose_begin_[j + 1] += transpose_begin_[j];
    transpose_.resize(transpose_begin_[m_]);
    std::vector<int64_t> cursor(transpose_begin_.begin(), transpose_begin_.end() - 1);
    for (int32_t i = 0; i < n_; ++i) {
      for (int64_t e = in_.offsets[i]; e < in_.offsets[i + 1]; ++e) {
        if (!Disabled(e)) transpose_[cursor[in_.mentors[e]]++] = InEdge{i, in_.scores[e]};
      }
    }
  }

  bool IsHolder(int32_t j, int32_t i) const {
    const Holder* h = &holders_[holder_begin_[j]];
    for (int32_t s = 0; s < holder_count_[j]; ++s) {
      if (h[s].mentee == i) return true;
    }
    return false;
  }

  // The first enabled edge from mentee i to mentor j with this score.
  int64_t FindEdge(int32_t i, int32_t j, int32_t score) const {
    for (int64_t e = in_.offsets[i]; e < in_.offsets[i + 1]; ++e) {
      if (in_.mentors[e] == j && in_.scores[e] == score && !Disabled(e)) return e;
    }
    return -1;  // unreachable: the transpose lists only existing enabled edges
  }

  // Mentor j has fewer holders than routed seats: lower its price to the best remaining offer
  // and pull from the mentees that value it most (or give the seat back to the hub).
  void MentorPull(int32_t j) {
    const int32_t deficit = fjh_[j] - holder_count_[j];
    if (deficit <= 0) return;
    scratch_.clear();
    for (int64_t t = transpose_begin_[j]; t < transpose_begin_[j + 1]; ++t) {
      const InEdge in = transpose_[t];
      if (IsHolder(j, in.mentee)) continue;
      const Cost w = Cost(in.score) * scale_ + BonusScaled(in.mentee);
      scratch_.push_back({w - prof_[in.mentee], t});
    }
    const size_t want = std::min<size_t>(scratch_.size(), static_cast<size_t>(deficit) + 1);
    std::partial_sort(scratch_.begin(), scratch_.begin() + want, scratch_.end(),
                      [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
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
      const InEdge in = transpose_[scratch_[c].second];
      const int32_t i = in.mentee;
      const int64_t e = FindEdge(i, j, in.score);
      assigned_[assigned_begin_[i] + assigned_count_[i]++] = e;
      holders_[holder_begin_[j] + holder_count_[j]++] = Holder{i, e};
      MenteePull(i);  // at once, so that a mentee is never over its slots by more than one
    }
  }

  // Mentee i holds more mentors than its routed slots: raise its potential and let go of the
  // options it values least (a held mentor, or take one more slot from the hub).
  void MenteePull(int32_t i) {
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
        if (h[s].edge == e) {
          h[s] = h[--holder_count_[j]];
          break;
        }
      }
      if (holder_count_[j] < fjh_[j]) deficits_.push_back(j);
    }
  }

  const BMatchingInput& in_;
  const int32_t n_;
  const int32_t m_;
  const Cost scale_;
  Cost eps_ = 1;
  Cost hub_ = 0;
  int64_t hub_balance_ = 0;

  std::vector<Cost> prof_;    // mentee potentials
  std::vector<int32_t> fhi_;  // flow hub -> mentee (slots in use or still to place)
  std::vector<int32_t> assigned_count_;
  std::vector<int64_t> assigned_begin_;
  std::vector<int64_t> assigned_;  // edge ids held by each mentee
  std::vector<Cost> price_;        // mentor prices (minus the mentor potential)
  std::vector<int32_t> fjh_;       // flow mentor -> hub (seats routed)
  std::vector<int32_t> holder_count_;
  std::vector<int64_t> holder_begin_;
  std::vector<Holder> holders_;
  std::vector<int32_t> queue_;
  size_t queue_head_ = 0;
  size_t queue_size_ = 0;
  std::vector<uint8_t> queued_;
  std::vector<std::pair<Cost, int64_t>> scratch_;
  std::vector<Lookahead> lookahead_;
  int32_t phase_ = 0;
  Cost top_value_[kLookahead + 1];
  int64_t top_edge_[kLookahead + 1];
  struct InEdge {
    int32_t mentee;
    int32_t score;
  };
  std::vector<int64_t> transpose_begin_;
  std::vector<InEdge> transpose_;
  std::deque<int32_t> deficits_;  // mentors with fewer holders than routed seats
};

}  // namespace

std::vector<int64_t> SolveBMatching(const BMatchingInput& input) {
  const __int128 scale = __int128(input.num_mentees) + input.num_mentors + 2;
  const __int128 max_cost = __int128(std::max<int64_t>(input.max_weight, 1)) * scale;
  if (max_cost < (__int128(1) << 59)) return Engine<int64_t>(input).Run();
  return Engine<__int128>(input).Run();
}

}  // namespace tandem::matching::internal
