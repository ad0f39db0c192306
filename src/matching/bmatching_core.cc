// The entry point and the eps schedule of the b-matching engine (bmatching_engine.h has the
// state and the parts; the refines are in bmatching_reverse.cc and bmatching_forward.cc).
#include "matching/bmatching_core.h"

#include <algorithm>

#include "matching/bmatching_engine.h"

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

}  // namespace

template <typename Cost>
std::vector<int64_t> Engine<Cost>::Run() {
  Init();
  const Cost max_cost = Cost(in_.max_weight) * scale_;
  // Several bonus classes (priority tiers) make every mentor want the same top-tier mentees:
  // the reverse auction then needs a real scaling phase at the scale of the bonus gaps.
  const Cost divisor = classes_.count > 1 ? kTieredFirstDivisor : kFirstDivisor;
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

template <typename Cost>
void Engine<Cost>::Init() {
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
  classes_ = GroupByBonus(in_.bonus, n_);
  for (int64_t b : classes_.bonus) class_bonus_.push_back(Cost(b) * scale_);
  class_bound_offset_.assign(classes_.count, 0);
}

std::vector<int64_t> SolveBMatching(const BMatchingInput& input) {
  const __int128 scale = __int128(input.num_mentees) + input.num_mentors + 2;
  const __int128 max_cost = __int128(std::max<int64_t>(input.max_weight, 1)) * scale;
  if (max_cost < (__int128(1) << 59)) return Engine<int64_t>(input).Run();
  return Engine<__int128>(input).Run();
}

}  // namespace tandem::matching::internal
