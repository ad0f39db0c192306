#include "matching/bmatching_core.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace tandem::matching::internal {
namespace {

// Phase ratio of the eps-scaling. Measured on the benchmark instances (docs/matching.md).
constexpr int kAlpha = 8;

template <typename Cost>
class Engine {
 public:
  explicit Engine(const BMatchingInput& in)
      : in_(in), n_(in.num_mentees), m_(in.num_mentors), scale_(Cost(n_) + Cost(m_) + 2) {}

  std::vector<int64_t> Run() {
    Init();
    const Cost max_cost = Cost(in_.max_weight) * scale_;
    Cost eps = std::max<Cost>(1, max_cost / kAlpha);
    for (;;) {
      Refine(eps);
      if (eps == 1) break;
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
  // Large enough to dominate every reachable potential, small enough that sums do not overflow.
  static constexpr Cost kNegInf = std::numeric_limits<Cost>::min() / 4;
  static constexpr Cost kHugePrice = std::numeric_limits<Cost>::max() / 8;

  void Init() {
    prof_.assign(n_, 0);
    fhi_.assign(n_, 0);
    assigned_count_.assign(n_, 0);
    assigned_begin_.assign(n_ + 1, 0);
    for (int32_t i = 0; i < n_; ++i) {
      assigned_begin_[i + 1] = assigned_begin_[i] + in_.mentee_cap[i];
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
    was_full_.assign(m_, 0);
    queue_.assign(std::max(n_, 1), 0);
    queued_.assign(n_, 0);
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

  void Refine(Cost eps) {
    eps_ = eps;
    hub_balance_ = 0;
    for (int32_t j = 0; j < m_; ++j) {
      holder_count_[j] = 0;
      if (in_.mentor_cap[j] == 0) {
        price_[j] = kHugePrice;  // never attractive
        fjh_[j] = 0;
        continue;
      }
      price_[j] += hub_;  // re-normalise potentials so that the hub sits at 0
      // A mentor that ended the last phase with a free seat has price <= old eps; dropping it
      // to 0 avoids a deficit that only the (expensive) hub could resolve.
      if (!was_full_[j] && price_[j] > 0) price_[j] = 0;
      fjh_[j] = price_[j] > eps ? in_.mentor_cap[j] : 0;
      hub_balance_ += fjh_[j];
    }
    hub_ = 0;
    for (int32_t i = 0; i < n_; ++i) {
      assigned_count_[i] = 0;
      fhi_[i] = in_.mentee_cap[i];
      hub_balance_ -= fhi_[i];
      if (fhi_[i] > 0) Enqueue(i);
    }
    for (;;) {
      while (queue_size_ > 0) MenteePush(Dequeue());
      if (hub_balance_ <= 0) break;
      HubPush();
    }
    for (int32_t j = 0; j < m_; ++j) {
      was_full_[j] = in_.mentor_cap[j] > 0 && holder_count_[j] == in_.mentor_cap[j];
    }
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
  void MenteePushOne(int32_t i) {
    const Cost bonus = BonusScaled(i);
    Cost best = kNegInf, second = kNegInf;
    int64_t best_edge = -1;
    const int64_t end = in_.offsets[i + 1];
    for (int64_t e = in_.offsets[i]; e < end; ++e) {
      if (Disabled(e)) continue;
      const Cost v = Weight(e, bonus) - price_[in_.mentors[e]];
      if (v > best) {
        second = best;
        best = v;
        best_edge = e;
      } else if (v > second) {
        second = v;
      }
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
      if (hub_units - to_hub > 0 && (next_holder == units.size() || hub_ >= units[next_holder].first)) {
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

  // The hub has excess: mentors kept saturated seats they could not fill. Relabel the hub over
  // all its residual arcs and push the excess to the nodes that value it most. O((N+M) log).
  void HubPush() {
    struct Unit {
      Cost value;
      int32_t node;  // mentee i as i, mentor j as n_ + j
      int32_t count;
    };
    std::vector<Unit> options;
    for (int32_t i = 0; i < n_; ++i) {
      if (fhi_[i] < in_.mentee_cap[i]) options.push_back({prof_[i], i, in_.mentee_cap[i] - fhi_[i]});
    }
    for (int32_t j = 0; j < m_; ++j) {
      if (fjh_[j] > 0) options.push_back({-price_[j], n_ + j, fjh_[j]});
    }
    std::sort(options.begin(), options.end(), [](const Unit& a, const Unit& b) {
      return a.value != b.value ? a.value > b.value : a.node < b.node;
    });
    int64_t left = hub_balance_;
    size_t k = 0;
    std::vector<std::pair<int32_t, int32_t>> pushes;  // (node, units)
    Cost min_chosen = 0;
    Cost next = kNegInf;
    for (; k < options.size(); ++k) {
      if (left == 0) {
        next = options[k].value;
        break;
      }
      const int32_t take = static_cast<int32_t>(std::min<int64_t>(left, options[k].count));
      pushes.push_back({options[k].node, take});
      left -= take;
      min_chosen = options[k].value;
      if (take < options[k].count) {
        next = options[k].value;
        break;
      }
    }
    hub_ = (next == kNegInf ? min_chosen : next) - eps_;
    for (const auto& [node, units] : pushes) {
      hub_balance_ -= units;
      if (node < n_) {
        fhi_[node] += units;
        Enqueue(node);
      } else {
        fjh_[node - n_] -= units;
        MentorPush(node - n_);
      }
    }
  }

  const BMatchingInput& in_;
  const int32_t n_;
  const int32_t m_;
  const Cost scale_;
  Cost eps_ = 1;
  Cost hub_ = 0;
  int64_t hub_balance_ = 0;

  std::vector<Cost> prof_;  // mentee potentials
  std::vector<int32_t> fhi_;  // flow hub -> mentee (slots in use or still to place)
  std::vector<int32_t> assigned_count_;
  std::vector<int64_t> assigned_begin_;
  std::vector<int64_t> assigned_;  // edge ids held by each mentee
  std::vector<Cost> price_;        // mentor prices (minus the mentor potential)
  std::vector<int32_t> fjh_;       // flow mentor -> hub (seats routed)
  std::vector<int32_t> holder_count_;
  std::vector<int64_t> holder_begin_;
  std::vector<Holder> holders_;
  std::vector<uint8_t> was_full_;
  std::vector<int32_t> queue_;
  size_t queue_head_ = 0;
  size_t queue_size_ = 0;
  std::vector<uint8_t> queued_;
  std::vector<std::pair<Cost, int64_t>> scratch_;
};

}  // namespace

std::vector<int64_t> SolveBMatching(const BMatchingInput& input) {
  const __int128 scale = __int128(input.num_mentees) + input.num_mentors + 2;
  const __int128 max_cost = __int128(std::max<int64_t>(input.max_weight, 1)) * scale;
  if (max_cost < (__int128(1) << 59)) return Engine<int64_t>(input).Run();
  return Engine<__int128>(input).Run();
}

}  // namespace tandem::matching::internal
