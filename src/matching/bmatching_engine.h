// Internal: the state of the b-matching engine (bmatching_core.h has the network, the maths and
// the references) and the contract of each of its parts. One Engine<Cost> solves one input
// (Cost is int64_t, or __int128 for huge weights); it is not thread-safe, and the caller's input
// must outlive it.
//
// State. A pseudo-flow on the hub network with node potentials, kept eps-optimal by every step:
//   fhi_[i]     flow hub -> mentee i (slots in use or still to place; excess = fhi_ - held);
//   assigned_   the edges mentee i holds (flow 1 on mentee -> mentor), at most k_i + 1;
//   holders_    the same edges seen from mentor j, with their weights (at most c_j + 1);
//   fjh_[j]     flow mentor j -> hub (seats routed; deficit = fjh_ - holders);
//   prof_[i]    mentee potentials, price_[j] minus mentor potentials, hub_ the hub's potential;
//   hub_balance_ the hub's excess: the seats routed minus the slots routed.
// Costs are weights times scale_ = N + M + 2 (Weight); mentee i's edges all carry its bonus.
//
// Parts, each in its own file, called in this order by Run():
//   bmatching_core.cc     SolveBMatching, Init and Run: the eps schedule (successive
//                         approximation), the jump to eps = 1 and its work budget, the result;
//   bmatching_reverse.cc  ReverseRefine (a refine run as a reverse auction: every phase but the
//                         last) and ReversePhase (the deficit resolution it shares with the last
//                         phase), on the mentor lists (bmatching_mentor_lists.h);
//   bmatching_forward.cc  Refine (the last phase, forward, with the mentees' lookahead caches),
//                         and MenteePush, which also settles what a reverse refine leaves over.
// The hot loops (a forward push and the eviction it causes; a mentor's pull and the release it
// causes) each stay within one file, so that they inline as in one translation unit; only
// per-phase calls cross files. The small accessors below are inline for the same reason.
#ifndef TANDEM_MATCHING_BMATCHING_ENGINE_H_
#define TANDEM_MATCHING_BMATCHING_ENGINE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <utility>
#include <vector>

#include "matching/bmatching_classes.h"
#include "matching/bmatching_core.h"
#include "matching/bmatching_mentor_lists.h"

namespace tandem::matching::internal {

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

  // Solves the input; returns the chosen edge ids, grouped by mentee, ascending within each.
  std::vector<int64_t> Run();  // bmatching_core.cc

 private:
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
  // A mentor's best offers from its last full scan in the current reverse phase.
  struct PullCache {
    Cost threshold;            // no uncached offer is worth more than this in this reverse phase
    uint32_t pos[kPullCache];  // mentor list positions
    int32_t stamp = -1;
    int8_t count = 0;
  };
  // A mentee's best candidates from its last full scan in the current forward phase. Mentor and
  // score are copied next to the edge id, so that a cached re-bid reads no per-edge array
  // (random accesses into the caller's graph are the dominant cost on large instances).
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

  // --- bmatching_core.cc: set-up.
  // Sizes every array for the empty matching and groups the mentees into bonus classes.
  inline void Init();

  // Each part's entry points are called from other files; its helpers are declared `inline`
  // and defined in (and only used by) the part's own file. All of them were once defined in the
  // class body, so implicitly inline: that keeps the compiler's inlining of the hot loops as it
  // was in one translation unit.

  // --- bmatching_reverse.cc: the reverse auction (mentors bid for mentees).
  // One refine at `eps` from the empty matching and the previous mentee potentials (the hub at
  // `slack`); ends with an eps-optimal circulation. Always completes.
  void ReverseRefine(Cost eps, Cost slack);
  // Resolves every seat deficit by reverse push-relabel; never creates excess, so the flow ends
  // a circulation. Builds the mentor lists on first use. False when it ran out of work_limit_.
  bool ReversePhase();
  inline void MentorPull(int32_t j);
  inline void MenteePull(int32_t i);
  inline void FillPullCache(int32_t j, PullCache& cache);
  // The `limit` best offers to mentor j (value desc, list position asc) into top_value and
  // top_pos; returns how many were found. kSkipHolders leaves out mentees holding a seat of j.
  template <bool kSkipHolders>
  inline int32_t BestOffers(int32_t j, int32_t limit, Cost* top_value, int64_t* top_pos);
  inline bool PullFromCache(int32_t j, int32_t deficit, const PullCache& cache);
  inline int64_t FindEdge(int32_t i, int32_t j, int32_t score) const;
  inline bool IsHolder(int32_t j, int32_t i) const;

  // --- bmatching_forward.cc: the forward refine (mentees bid for mentors).
  // The last refine, at eps = 1, from the empty matching and the previous prices (the hub
  // lowered by `slack`); leftover seat deficits go to ReversePhase. False when it ran out of
  // work_limit_ (the phase is abandoned; the flow is then not a circulation).
  bool Refine(Cost eps, Cost slack);
  // Pushes mentee i's excess to its best options (double push); evictions re-queue holders.
  void MenteePush(int32_t i);
  inline void MenteePushOne(int32_t i);
  inline void MenteePushMany(int32_t i, int32_t excess);
  inline bool Holds(int32_t i, int32_t j) const;
  inline int32_t ScanTop(int32_t i, Cost* top_value, int64_t* top_edge) const;
  inline int64_t FullScan(int32_t i, Cost bonus, Lookahead& cache);
  inline void FillCache(Lookahead& cache, int32_t count, const Cost* top_value,
                        const int64_t* top_edge) const;
  inline void PreScan();
  inline void Assign(int32_t i, int64_t e);
  inline void MentorPush(int32_t j);
  inline void MentorPushMany(int32_t j, int32_t excess, int32_t hub_units);
  inline void Evict(int32_t j, int32_t slot);
  inline bool Abandon();

  // --- Shared primitives.
  Cost BonusScaled(int32_t i) const { return in_.bonus ? Cost(in_.bonus[i]) * scale_ : Cost(0); }
  Cost Weight(int64_t e, Cost bonus_scaled) const {
    return Cost(in_.scores[e]) * scale_ + bonus_scaled;
  }
  bool Disabled(int64_t e) const {
    return in_.disabled && ((in_.disabled[e >> 6] >> (e & 63)) & 1);
  }
  // An upper bound on any offer to a mentor from an entry of class g with this score or less,
  // valid for the current reverse phase (mentee potentials only rise within it).
  Cost PullBound(int32_t score, int32_t g) const {
    return Cost(score) * scale_ + class_bound_offset_[g];
  }
  // The (scaled) bonus of mentee i, which is in class g.
  Cost EntryBonus(int32_t g, int32_t i) const {
    return classes_.exact ? class_bonus_[g] : BonusScaled(i);
  }
  bool OutOfWork() { return work_limit_ >= 0 && ++work_ > work_limit_; }

  void Unassign(int32_t i, int64_t e) {
    int64_t* a = &assigned_[assigned_begin_[i]];
    for (int32_t t = 0; t < assigned_count_[i]; ++t) {
      if (a[t] == e) {
        a[t] = a[--assigned_count_[i]];
        break;
      }
    }
  }

  // The FIFO of mentees with excess (each at most once).
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
  MentorLists lists_;
  std::vector<PullCache> pull_cache_;
  // Bonus classes (bmatching_classes.h): each mentor's list has one segment per class, so that
  // a scan's bound is per class.
  BonusClasses classes_;
  std::vector<Cost> class_bonus_;         // scaled; descending
  std::vector<Cost> class_bound_offset_;  // class bonus - min potential at the phase start
  int32_t reverse_stamp_ = 0;
  std::deque<int32_t> deficits_;  // mentors with fewer holders than routed seats
  int64_t work_ = 0;              // pushes and pulls in the current last phase
  int64_t work_limit_ = -1;       // -1: unlimited
};

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BMATCHING_ENGINE_H_
