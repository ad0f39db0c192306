#include "matching/bmatching_core.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <deque>
#include <new>
#include <thread>
#ifdef TANDEM_BMATCHING_TRACE  // -DTANDEM_BMATCHING_TRACE: per-phase timings on stderr
#include <chrono>
#include <cstdio>
#endif
#include <limits>
#include <utility>

namespace tandem::matching::internal {
namespace {

// eps-scaling: the first phase has eps = max|cost| / kFirstDivisor, then eps is divided by
// kAlpha per phase, and once it is below one weight unit the last phase runs at eps = 1.
// On the benchmark instances (weights 0..1000) that is two phases: a reverse auction at about
// 4 weight units and the final forward phase. Measured (100k mentees): first divisors 16, 64,
// 128, 256, 512, 1024, 4096 and 10^5 gave 490, 488, 332, 273, 245, 234, 251, 226 ms of CPU; 256
// keeps a real scaling phase (protection against price wars on harder instances) at little cost.
constexpr int kFirstDivisor = 256;
constexpr int kAlpha = 16;
// With several bonus classes (priority tiers, bonus gaps of W + 1): the tier structure needs a
// phase at the scale of the gaps. Measured CPU (100k mentees, two tiers, 20% / 40% / 60% in tier
// 0): divisor 16: 0.77 / 1.17 / 4.8 s; 64: 1.0 / 1.5 / 3.6 s; 256: 0.88 / 1.92 / 2.0 s.
constexpr int kTieredFirstDivisor = 16;
// Work budget (pushes and pulls per node) of a last phase reached by a jump; the benchmark's
// last phases use about 2 per node, price wars millions in total.
constexpr int64_t kFinalWorkPerNode = 8;

// std::numeric_limits is not specialised for __int128 in strict ISO mode.
template <typename Cost>
constexpr Cost MaxOf() {
  if constexpr (sizeof(Cost) == 16) {
    return static_cast<Cost>(~static_cast<unsigned __int128>(0) >> 1);
  } else {
    return std::numeric_limits<Cost>::max();
  }
}

// An uninitialised array of trivially copyable T (std::vector would zero hundreds of MB first).
template <typename T>
class RawBuffer {
 public:
  RawBuffer() = default;
  RawBuffer(const RawBuffer&) = delete;
  RawBuffer& operator=(const RawBuffer&) = delete;
  ~RawBuffer() { std::free(data_); }

  void Allocate(size_t n) {
    std::free(data_);
    data_ = nullptr;
    size_ = n;
    if (n == 0) return;
    data_ = static_cast<T*>(std::malloc(n * sizeof(T)));
    if (data_ == nullptr) throw std::bad_alloc();
  }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](size_t k) { return data_[k]; }
  const T& operator[](size_t k) const { return data_[k]; }
  size_t size() const { return size_; }

 private:
  T* data_ = nullptr;
  size_t size_ = 0;
};

template <typename Cost>
class Engine {
 public:
  explicit Engine(const BMatchingInput& in)
      : in_(in), n_(in.num_mentees), m_(in.num_mentors), scale_(Cost(n_) + Cost(m_) + 2) {}

  std::vector<int64_t> Run() {
    Init();
    const Cost max_cost = Cost(in_.max_weight) * scale_;
    // Several bonus classes (priority tiers) make every mentor want the same top-tier mentees:
    // the reverse auction then needs a real scaling phase at the scale of the bonus gaps.
    const Cost divisor = num_classes_ > 1 ? kTieredFirstDivisor : kFirstDivisor;
    Cost eps = std::max<Cost>(1, max_cost / divisor);
    Cost slack = 0;
    Cost skipped = 0;  // the eps at which the phases skipped by the jump to eps = 1 resume
    Cost before_jump = 0;
    bool may_jump = true;
    for (;;) {
      if (eps == 1) {
        // The last phase: forward. After a jump it gets a work budget: when the prices were not
        // settled after all (ties, or as many top-tier mentees as seats: a balanced market), an
        // eps = 1 phase turns into a price war of steps 1/S weight units. Then it is abandoned
        // and the skipped phases run (any potentials may start a refine; only speed changes).
        work_limit_ = skipped > 0 ? kFinalWorkPerNode * (int64_t{n_} + m_) + 1024 : -1;
        if (Refine(eps, slack)) break;
        eps = skipped;
        skipped = 0;
        may_jump = false;
        slack = before_jump * (before_jump <= max_cost / 4096 ? 16 : 2);
        continue;
      }
      ReverseRefine(eps, slack);
      const Cost prev = eps;
      eps = std::max<Cost>(1, eps / kAlpha);
      // Below one weight unit the prices are usually settled (integer weights): finish at once.
      if (may_jump && eps < scale_ && eps > 1) {
        skipped = eps;
        before_jump = prev;
        eps = 1;
      }
      // Slack (see Refine and ReverseRefine). Before the final forward phase, prev / 2: measured
      // on the benchmark (1M mentees) 0, 1/2 and 2 times prev gave 1.65, 1.95 and 2.79 million
      // pushes; below 1/2 the seat deficits left for the reverse cleanup grow (1368 at 0).
      slack = eps == 1 ? prev / 2 : prev * (prev <= max_cost / 4096 ? 16 : 2);
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
  struct InEdge {
    int32_t mentee;
    int32_t score;
  };
  // A mentee holding one of a mentor's seats. The edge weight is kept here so that a mentor's
  // relabel does not touch the (cold) per-edge arrays.
  struct Holder {
    int32_t mentee;
    uint32_t edge;
    Cost weight;  // Weight(edge, bonus of mentee)
  };
  static constexpr int32_t kLookahead = 8;
  static constexpr int32_t kPullTop = 16;  // MentorPull keeps a small top list up to this size
  static constexpr int32_t kPullCache = 16;
  struct PullCache {
    Cost threshold;            // no uncached offer is worth more than this in this reverse phase
    uint32_t pos[kPullCache];  // transpose positions
    int32_t stamp = -1;
    int8_t count = 0;
  };
  // Mentor and score are copied next to the edge id, so that a cached re-bid reads no per-edge
  // array (random accesses into the caller's graph are the dominant cost on large instances).
  struct Lookahead {
    Cost threshold;  // no uncached candidate is worth more than this in this phase
    uint32_t edge[kLookahead];
    int32_t mentor[kLookahead];
    int32_t score[kLookahead];
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
    holders_.assign(holder_begin_[m_], Holder{-1, 0, 0});
    queue_.assign(std::max(n_, 1), 0);
    queued_.assign(n_, 0);
    lookahead_.assign(n_, Lookahead{});
    InitClasses();
  }

  void InitClasses() {
    std::vector<int64_t> values;  // distinct bonuses, descending
    for (int32_t i = 0; in_.bonus != nullptr && i < n_; ++i) {
      const int64_t b = in_.bonus[i];
      if (std::find(values.begin(), values.end(), b) != values.end()) continue;
      values.push_back(b);
      if (static_cast<int32_t>(values.size()) > kMaxClasses) break;
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    if (values.empty()) values.push_back(0);
    if (static_cast<int32_t>(values.size()) > kMaxClasses) {
      exact_classes_ = false;  // one class, bounded by the largest bonus
      int64_t max_bonus = 0;
      for (int32_t i = 0; i < n_; ++i) max_bonus = std::max(max_bonus, in_.bonus[i]);
      values.assign(1, max_bonus);
    }
    num_classes_ = static_cast<int32_t>(values.size());
    for (int64_t b : values) class_bonus_.push_back(Cost(b) * scale_);
    class_bound_offset_.assign(num_classes_, 0);
    if (num_classes_ == 1) return;
    class_of_.resize(n_);
    for (int32_t i = 0; i < n_; ++i) {
      class_of_[i] = static_cast<uint8_t>(std::find(values.begin(), values.end(), in_.bonus[i]) -
                                          values.begin());
    }
  }

  int64_t SegmentBegin(int32_t j, int32_t g) const {
    return segment_begin_[int64_t{j} * num_classes_ + g];
  }
  int64_t SegmentEnd(int32_t j, int32_t g) const {
    return segment_begin_[int64_t{j} * num_classes_ + g + 1];
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
  void ReverseRefine(Cost eps, Cost slack) {
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

  // `slack` >= the previous eps. At the end of a phase a matched mentee may value its mentor up to
  // that much below staying unmatched, and a mentor with a free seat may be priced up to that
  // much. Starting the next phase with the hub that much lower keeps those mentees matched and
  // lets those mentors start empty, instead of creating seat deficits for the reverse phase.
  // A larger slack (16x) in the late phases removes nearly all deficits; in the early phases it
  // would start a price war, so 2x there. Potentials may be chosen freely at a refine's start.
  // The forward refine (used for the last phase, eps = 1).
  // Returns false when it ran out of work_limit_ (then the flow is not a circulation).
  bool Refine(Cost eps, Cost slack) {
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
    std::fprintf(stderr,
                 "eps=%lld pushes %lld scans %lld forward %.3fs deficit %lld reverse %.3fs\n",
                 static_cast<long long>(eps), static_cast<long long>(n_push_),
                 static_cast<long long>(n_scan_), std::chrono::duration<double>(t1 - t0).count(),
                 static_cast<long long>(deficit), std::chrono::duration<double>(t2 - t1).count());
#endif
    return true;
  }

  bool OutOfWork() { return work_limit_ >= 0 && ++work_ > work_limit_; }

  // Drops the pending work of an abandoned phase; the next refine resets the flow.
  bool Abandon() {
#ifdef TANDEM_BMATCHING_TRACE
    std::fprintf(stderr, "eps=%lld abandoned after %lld steps\n", static_cast<long long>(eps_),
                 static_cast<long long>(work_));
#endif
    while (queue_size_ > 0) Dequeue();
    deficits_.clear();
    work_limit_ = -1;
    return false;
  }

  void Assign(int32_t i, int64_t e) {
    const int32_t j = in_.mentors[e];
    assigned_[assigned_begin_[i] + assigned_count_[i]++] = e;
    holders_[holder_begin_[j] + holder_count_[j]++] =
        Holder{i, static_cast<uint32_t>(e), Weight(e, BonusScaled(i))};
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
  int32_t ScanTop(int32_t i, Cost* top_value, int64_t* top_edge) const {
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
  void PreScan() {
    ParallelForRanges(NumThreads(), [this](int32_t, int32_t lo, int32_t hi) {
      Cost top_value[kLookahead + 1];
      int64_t top_edge[kLookahead + 1];
      for (int32_t i = lo; i < hi; ++i) {
        if (in_.mentee_cap[i] != 1) continue;
        const int32_t count = ScanTop(i, top_value, top_edge);
        FillCache(lookahead_[i], count, top_value, top_edge);
      }
    });
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

  void MentorPushMany(int32_t j, int32_t excess, int32_t hub_units) {
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
  // Also the reverse refine's main loop. Mentor pulls use a lookahead cache valid for one call:
  // within it mentee potentials only rise (MenteePull is the only change).
  // Returns false when it ran out of work_limit_.
  bool ReversePhase() {
    if (transpose_begin_.empty()) BuildTranspose();
    if (pull_cache_.empty()) pull_cache_.assign(m_, PullCache{});
    ++reverse_stamp_;
    std::vector<Cost> min_prof(num_classes_, kHugePrice);
    for (int32_t i = 0; i < n_; ++i) {
      Cost& m = min_prof[ClassOf(i)];
      m = std::min(m, prof_[i]);
    }
    for (int32_t g = 0; g < num_classes_; ++g) {
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

  // Enabled candidate edges by mentor, built once on first need: 4 bytes per edge when the
  // mentee index and the score fit together in 32 bits (packed_), else 8. Entries hold the
  // score, not the edge id, so that a scan touches one random cache line (the mentee's
  // potential) per entry; the edge id is recovered only for the few entries chosen.
  void BuildTranspose() {
#ifdef TANDEM_BMATCHING_TRACE
    const auto t0 = std::chrono::steady_clock::now();
    struct Report {
      std::chrono::steady_clock::time_point t0;
      ~Report() {
        std::fprintf(stderr, "transpose %.3fs\n",
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      }
    } report{t0};
#endif
    // Packed entries (mentee << bits | score) in 4 bytes when the indices and scores fit.
    int32_t max_score = in_.max_score;
    if (max_score < 0) {
      max_score = 0;
      for (int64_t e = 0; e < in_.offsets[n_]; ++e) max_score = std::max(max_score, in_.scores[e]);
    }
    score_bits_ = std::bit_width(static_cast<uint32_t>(max_score));
    packed_ = score_bits_ < 32 && (uint64_t{static_cast<uint32_t>(std::max(n_ - 1, 0))}
                                   << score_bits_) < (uint64_t{1} << 32);
    // Counting sort by mentor, in parallel over mentee ranges: count per range, then each range
    // scatters from its own cursors. The layout is the sequential one (by mentor, then mentee)
    // whatever the threads. (A two-pass, cache-friendlier scatter was slower: it needs a
    // temporary array, and first-touching fresh memory dominates on the benchmark machine.)
    const int32_t threads = NumThreads();
    std::vector<std::vector<int64_t>> cursor(threads);
    ParallelForRanges(threads, [&](int32_t t, int32_t lo, int32_t hi) {
      std::vector<int64_t>& count = cursor[t];
      count.assign(m_, 0);
      for (int64_t e = in_.offsets[lo]; e < in_.offsets[hi]; ++e) {
        if (!Disabled(e)) ++count[in_.mentors[e]];
      }
    });
    transpose_begin_.assign(m_ + 1, 0);
    for (int32_t j = 0; j < m_; ++j) {
      int64_t next = transpose_begin_[j];
      for (int32_t t = 0; t < threads; ++t) {
        const int64_t c = cursor[t][j];
        cursor[t][j] = next;
        next += c;
      }
      transpose_begin_[j + 1] = next;
    }
    const int64_t size = transpose_begin_[m_];
    const int32_t shift = score_bits_;
    auto scatter = [&](auto store) {
      ParallelForRanges(threads, [&](int32_t t, int32_t lo, int32_t hi) {
        int64_t* at = cursor[t].data();
        for (int32_t i = lo; i < hi; ++i) {
          for (int64_t e = in_.offsets[i]; e < in_.offsets[i + 1]; ++e) {
            if (!Disabled(e)) store(at[in_.mentors[e]]++, i, in_.scores[e]);
          }
        }
      });
    };
    if (packed_) {
      packed_transpose_.Allocate(size);
      uint32_t* out = packed_transpose_.data();
      scatter([out, shift](int64_t pos, int32_t i, int32_t score) {
        out[pos] = (static_cast<uint32_t>(i) << shift) | static_cast<uint32_t>(score);
      });
    } else {
      transpose_.Allocate(size);
      InEdge* out = transpose_.data();
      scatter([out](int64_t pos, int32_t i, int32_t score) { out[pos] = InEdge{i, score}; });
    }
    // Each mentor's list by score, descending (mentee ascending among equal scores), so that a
    // scan can stop once no remaining entry can beat its cut (see PullBound).
    // LSD radix sort on the score, 6 bits per pass: stable, so mentees stay ascending.
    // With several bonus classes, a stable partition by class then splits each list into one
    // segment per class (descending bonus), each still by score descending.
    const uint32_t score_mask = (uint32_t{1} << score_bits_) - 1;
    segment_begin_.assign(int64_t{m_} * num_classes_ + 1, size);
    auto sort_mentors = [&](int32_t lo, int32_t hi) {
      std::vector<uint32_t> tmp_packed;
      std::vector<InEdge> tmp_wide;
      for (int32_t j = lo; j < hi; ++j) {
        const int64_t begin = transpose_begin_[j], len = transpose_begin_[j + 1] - begin;
        int64_t* segments = &segment_begin_[int64_t{j} * num_classes_];
        if (packed_) {
          const int32_t shift = score_bits_;
          RadixSortByScoreDesc(packed_transpose_.data() + begin, len, tmp_packed,
                               [score_mask](uint32_t x) { return x & score_mask; });
          PartitionByClass(packed_transpose_.data() + begin, len, begin, tmp_packed, segments,
                           [shift](uint32_t x) { return static_cast<int32_t>(x >> shift); });
        } else {
          RadixSortByScoreDesc(transpose_.data() + begin, len, tmp_wide,
                               [](const InEdge& x) { return static_cast<uint32_t>(x.score); });
          PartitionByClass(transpose_.data() + begin, len, begin, tmp_wide, segments,
                           [](const InEdge& x) { return x.mentee; });
        }
      }
    };
    std::vector<std::thread> pool;
    for (int32_t t = 1; t < threads; ++t) {
      pool.emplace_back(sort_mentors, static_cast<int32_t>(int64_t{m_} * t / threads),
                        static_cast<int32_t>(int64_t{m_} * (t + 1) / threads));
    }
    sort_mentors(0, static_cast<int32_t>(int64_t{m_} / threads));
    for (std::thread& th : pool) th.join();
  }

  // Stable counting sort of one mentor's list by the class of its mentees; writes the start of
  // each class's segment (global positions, from `offset`) to segments[0 .. classes).
  template <typename T, typename MenteeOf>
  void PartitionByClass(T* data, int64_t size, int64_t offset, std::vector<T>& tmp,
                        int64_t* segments, const MenteeOf& mentee_of) const {
    if (num_classes_ == 1) {
      segments[0] = offset;
      return;
    }
    int64_t count[kMaxClasses + 1] = {};
    for (int64_t k = 0; k < size; ++k) ++count[class_of_[mentee_of(data[k])] + 1];
    for (int32_t g = 0; g < num_classes_; ++g) {
      count[g + 1] += count[g];
      segments[g] = offset + count[g];
    }
    tmp.resize(size);
    for (int64_t k = 0; k < size; ++k) tmp[count[class_of_[mentee_of(data[k])]]++] = data[k];
    std::copy(tmp.begin(), tmp.begin() + size, data);
  }

  template <typename T, typename ScoreOf>
  void RadixSortByScoreDesc(T* data, int64_t size, std::vector<T>& tmp,
                            const ScoreOf& score_of) const {
    if (size < 2) return;
    tmp.resize(size);
    T* from = data;
    T* to = tmp.data();
    for (int32_t shift = 0; shift < score_bits_; shift += 6) {
      int64_t count[65] = {};
      for (int64_t k = 0; k < size; ++k) ++count[64 - ((score_of(from[k]) >> shift) & 63)];
      for (int32_t d = 1; d <= 64; ++d) count[d] += count[d - 1];
      for (int64_t k = 0; k < size; ++k) {
        to[count[63 - ((score_of(from[k]) >> shift) & 63)]++] = from[k];
      }
      std::swap(from, to);
    }
    if (from != data) std::copy(from, from + size, data);
  }

  // An upper bound on any offer to a mentor from an entry of class g with this score or less,
  // valid for the current reverse phase (mentee potentials only rise within it).
  Cost PullBound(int32_t score, int32_t g) const {
    return Cost(score) * scale_ + class_bound_offset_[g];
  }
  // The (scaled) bonus of mentee i, which is in class g.
  Cost EntryBonus(int32_t g, int32_t i) const {
    return exact_classes_ ? class_bonus_[g] : BonusScaled(i);
  }
  int32_t ClassOf(int32_t i) const { return num_classes_ == 1 ? 0 : class_of_[i]; }

  InEdge InAt(int64_t t) const {
    if (packed_) {
      const uint32_t x = packed_transpose_[t];
      return InEdge{static_cast<int32_t>(x >> score_bits_),
                    static_cast<int32_t>(x & ((uint32_t{1} << score_bits_) - 1))};
    }
    return transpose_[t];
  }

  // Runs fn(t, lo, hi) for t < threads on the mentee ranges [lo, hi) that split 0..N-1 evenly.
  template <typename Fn>
  void ParallelForRanges(int32_t threads, const Fn& fn) const {
    auto work = [&](int32_t t) {
      fn(t, static_cast<int32_t>(int64_t{n_} * t / threads),
         static_cast<int32_t>(int64_t{n_} * (t + 1) / threads));
    };
    std::vector<std::thread> pool;
    for (int32_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
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

  // Full scan of mentor j's offers: the kPullCache best (value desc, position asc), holders
  // included, and the next value as threshold.
  void FillPullCache(int32_t j, PullCache& cache) {
    Cost top_value[kPullCache + 1];
    int64_t top_pos[kPullCache + 1];
    constexpr int32_t limit = kPullCache + 1;
    int32_t count = 0;
    Cost cut = kNegInf;
    const Cost* prof = prof_.data();
    const Cost scale = scale_;
    for (int32_t g = 0; g < num_classes_; ++g) {
      const int64_t end = SegmentEnd(j, g);
      for (int64_t t = SegmentBegin(j, g); t < end; ++t) {
        const InEdge in = InAt(t);
        if (PullBound(in.score, g) <= cut) break;  // scores descend: nothing left beats the cut
#ifdef TANDEM_BMATCHING_TRACE
        ++n_pull_entries_;
#endif
        const Cost v = Cost(in.score) * scale + EntryBonus(g, in.mentee) - prof[in.mentee];
        if (v <= cut) continue;
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
    cache.stamp = reverse_stamp_;
    cache.count = static_cast<int8_t>(std::min(count, kPullCache));
    for (int32_t c = 0; c < cache.count; ++c) cache.pos[c] = static_cast<uint32_t>(top_pos[c]);
    cache.threshold = count > kPullCache ? top_value[kPullCache] : kNegInf;
  }

  // Fills scratch_ with the deficit + 1 best current offers from the cache (the last one may be
  // the threshold, an upper bound on the next offer, which keeps the relabel valid). False when
  // the cache cannot certify the deficit best offers.
  bool PullFromCache(int32_t j, int32_t deficit, const PullCache& cache) {
    scratch_.clear();
    for (int32_t c = 0; c < cache.count; ++c) {
      const int64_t t = cache.pos[c];
      const InEdge in = InAt(t);
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

  // Mentor j has fewer holders than routed seats: lower its price to the best remaining offer
  // and pull from the mentees that value it most (or give the seat back to the hub).
  void MentorPull(int32_t j) {
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
      const int32_t limit = deficit + 1;
      int32_t count = 0;
      Cost cut = kNegInf;
      const Cost* prof = prof_.data();
      const Cost scale = scale_;
      for (int32_t g = 0; g < num_classes_; ++g) {
        const int64_t end = SegmentEnd(j, g);
        for (int64_t t = SegmentBegin(j, g); t < end; ++t) {
          const InEdge in = InAt(t);
          if (PullBound(in.score, g) <= cut) break;  // scores descend: nothing left beats the cut
          const Cost v = Cost(in.score) * scale + EntryBonus(g, in.mentee) - prof[in.mentee];
          if (v <= cut) continue;
          if (IsHolder(j, in.mentee)) continue;
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
      for (int32_t c = 0; c < count; ++c) scratch_.push_back({top_value[c], top_pos[c]});
      want = static_cast<size_t>(count);
    } else {
      for (int64_t t = transpose_begin_[j]; t < transpose_begin_[j + 1]; ++t) {
        const InEdge in = InAt(t);
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
      const InEdge in = InAt(scratch_[c].second);
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
        if (h[s].edge == static_cast<uint64_t>(e)) {
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
  int64_t n_push_ = 0, n_scan_ = 0, n_pull_ = 0, n_pull_entries_ = 0;
  Cost top_value_[kLookahead + 1];
  int64_t top_edge_[kLookahead + 1];
  std::vector<int64_t> transpose_begin_;
  std::vector<PullCache> pull_cache_;
  // Bonus classes: mentees grouped by bonus (at most kMaxClasses distinct values, else one class
  // bounded by the largest bonus). Each mentor's list is split into one segment per class, in
  // descending bonus order, each sorted by score, so that a scan's bound is per class.
  static constexpr int32_t kMaxClasses = 8;
  int32_t num_classes_ = 1;
  bool exact_classes_ = true;             // every mentee's bonus is its class's bonus
  std::vector<uint8_t> class_of_;         // per mentee; empty when num_classes_ == 1
  std::vector<Cost> class_bonus_;         // scaled; descending
  std::vector<Cost> class_bound_offset_;  // class bonus - min potential at the phase start
  std::vector<int64_t> segment_begin_;    // [j * num_classes_ + g], size M * classes + 1
  int32_t reverse_stamp_ = 0;
  RawBuffer<InEdge> transpose_;           // entries when not packed_
  RawBuffer<uint32_t> packed_transpose_;  // mentee << score_bits_ | score when packed_
  bool packed_ = false;
  int32_t score_bits_ = 0;
  std::deque<int32_t> deficits_;  // mentors with fewer holders than routed seats
  int64_t work_ = 0;              // pushes and pulls in the current last phase
  int64_t work_limit_ = -1;       // -1: unlimited
};

}  // namespace

std::vector<int64_t> SolveBMatching(const BMatchingInput& input) {
  const __int128 scale = __int128(input.num_mentees) + input.num_mentors + 2;
  const __int128 max_cost = __int128(std::max<int64_t>(input.max_weight, 1)) * scale;
  if (max_cost < (__int128(1) << 59)) return Engine<int64_t>(input).Run();
  return Engine<__int128>(input).Run();
}

}  // namespace tandem::matching::internal
