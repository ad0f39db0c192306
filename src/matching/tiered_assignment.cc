// SolveTieredAssignment (assignment.h): maximise lexicographically
//   (pairs of tier-0 mentees, pairs of tier-1 mentees, ..., total score).
// kMaxMatchedThenScore is the case of a single tier.
//
// Maths. Let R be the number of distinct tiers (re-numbered as ranks 0..R-1), W the largest score,
// P = min(free mentee slots, free mentor seats) >= the number of free pairs. Give every edge of a
// rank-r mentee the weight score + beta_r, with beta_r = g_r + g_{r+1} + ... + g_{R-1}, g_r > 0,
// and solve the ordinary maximum-weight b-matching exactly (bmatching_core.h).
//  1. Sufficient bonuses: if every gap g_r > P W, every optimum is lexicographically optimal.
//     If x is not, tier_certificate.h gives a residual cycle through the hub that changes the
//     counts by e_a (augmenting) or e_a - e_b with rank a < b (a swap). It removes at most P
//     pairs, so it changes the weight by at least beta_a - beta_b - P W >= g_a - P W > 0 (or
//     beta_a - P W > 0): x was not optimal. (The previous construction used nested bonuses
//     B_t = P (B_{t+1} + W) + 1, about (PW)^R: exact too, but 10^17 on the benchmark, where the
//     cost-scaling solver needed ~14 phases and a price war; 45 s for 100,000 mentees.)
//  2. Certified small bonuses: for ANY positive gaps, if the optimum x of the bonus problem has
//     lexicographically maximal counts n*, then x is the lexicographic optimum. For every
//     b-matching y with counts n*: score(y) + sum_r beta_r n*_r <= score(x) + sum_r beta_r n*_r,
//     so score(y) <= score(x) (a Lagrangian argument: the bonus total is the same for every
//     solution with counts n*); and every other y has lexicographically smaller counts.
// Algorithm: start with g_r = min(W + 1, P W + 1) (one more pair of rank r beats any single
// displaced pair), solve, and check the counts with the O(N + M + E) certificate. If rank a is
// improvable, g_a *= 16 (capped at P W + 1) and solve again. A capped gap can never be reported
// (by 1.), so this ends after at most R * ceil(log16(P)) + 1 solves. The first solve is
// certified whenever one more priority pair costs less than W + 1 in score (so on the benchmark
// instances). The result is exact whatever the number of rounds; only the time depends on it.
// Note: lexicographically maximal counts also maximise the total number of pairs (the mentee
// degree vectors of b-matchings form an integral polymatroid, and its greedy vector in tier
// order is a maximal one), so a tiered result is also optimal for "as many pairs as possible".
//
// Complexity: each round is one SolveBMatching (bonus classes = ranks, see bmatching_core.h)
// plus one certificate. Memory: 8 bytes per mentee for the bonuses, plus the certificate's
// O(N + M + E / 8).
// References: the certificate is the augmenting-path characterisation of maximum flows
// (Ford & Fulkerson 1956) applied to the lexicographic order; polymatroid greedy: J. Edmonds,
// "Submodular functions, matroids, and certain polyhedra" (1970); Lagrangian relaxation and
// conformal decomposition: R. K. Ahuja, T. L. Magnanti, J. B. Orlin, "Network Flows" (1993),
// sections 3.5 and 16.
#include "matching/tiered_assignment.h"

#include <algorithm>
#include <string>
#ifdef TANDEM_BMATCHING_TRACE
#include <chrono>
#include <cstdio>
#endif

#include "matching/bmatching_core.h"
#include "matching/prepared_problem.h"
#include "matching/tier_certificate.h"

namespace tandem::matching {
namespace internal {
namespace {

constexpr int64_t kGapGrowth = 16;

}  // namespace

Result<TieredSolve> SolveTiered(const BipartiteGraph& graph,
                                const AssignmentConstraints& constraints,
                                const std::vector<int32_t>& tiers) {
  ASSIGN_OR_RETURN(Prepared p, Prepare(graph, constraints));
  const int32_t n = graph.num_mentees;
  if (tiers.size() != static_cast<size_t>(n)) {
    return InvalidArgument("tiers must have one entry per mentee");
  }
  for (int32_t t : tiers) {
    if (t < 0) return InvalidArgument("tiers must be non-negative");
  }
  // Ranks: the distinct tiers in increasing order (empty tiers need no bonus level).
  std::vector<int32_t> distinct(tiers.begin(), tiers.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  const int32_t num_ranks = std::max<int32_t>(1, static_cast<int32_t>(distinct.size()));
  std::vector<int32_t> rank(n);
  for (int32_t i = 0; i < n; ++i) {
    rank[i] = static_cast<int32_t>(std::lower_bound(distinct.begin(), distinct.end(), tiers[i]) -
                                   distinct.begin());
  }

  int32_t max_score = 0;
  for (int32_t s : graph.scores) max_score = std::max(max_score, s);
  int64_t slots = 0, seats = 0;
  for (int32_t k : p.mentee_cap) slots += k;
  for (int32_t c : p.mentor_cap) seats += c;
  const __int128 cap = __int128(std::min(slots, seats)) * max_score + 1;  // sufficient gap
  if (cap * num_ranks + max_score >= (__int128(1) << 62)) {
    return InvalidArgument("too many priority tiers for an instance of this size");
  }
  std::vector<int64_t> gap(num_ranks, static_cast<int64_t>(std::min<__int128>(cap, max_score + 1)));

  BMatchingInput in;
  in.num_mentees = n;
  in.num_mentors = graph.num_mentors;
  in.offsets = graph.offsets.data();
  in.mentors = graph.mentors.data();
  in.scores = graph.scores.data();
  in.mentee_cap = p.mentee_cap.data();
  in.mentor_cap = p.mentor_cap.data();
  in.disabled = p.disabled.empty() ? nullptr : p.disabled.data();
  in.max_score = max_score;
  const ResidualProblem residual{&graph, p.mentee_cap.data(), p.mentor_cap.data(), in.disabled};
  std::vector<int64_t> beta(num_ranks), bonus(n);
  for (int32_t round = 1;; ++round) {
    int64_t sum = 0;
    for (int32_t r = num_ranks - 1; r >= 0; --r) beta[r] = sum += gap[r];
    for (int32_t i = 0; i < n; ++i) bonus[i] = beta[rank[i]];
    in.bonus = bonus.data();
    in.max_weight = max_score + beta[0];
    std::vector<int64_t> chosen = SolveBMatching(in);
#ifdef TANDEM_BMATCHING_TRACE
    const auto t0 = std::chrono::steady_clock::now();
#endif
    const int32_t improvable = FirstImprovableRank(residual, rank, num_ranks, chosen);
#ifdef TANDEM_BMATCHING_TRACE
    std::fprintf(stderr, "tiers: beta_0 %lld, improvable rank %d, certificate %.3fs\n",
                 static_cast<long long>(beta[0]), improvable,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
#endif
    if (improvable < 0) {
      return TieredSolve{MakeAssignment(graph, std::move(p.locked_pairs), chosen), round, beta[0]};
    }
    if (gap[improvable] == cap) {
      return Internal("tiered assignment: rank " + std::to_string(improvable) +
                      " improvable with a sufficient bonus");  // a solver bug, never expected
    }
    gap[improvable] =
        static_cast<int64_t>(std::min<__int128>(cap, __int128(gap[improvable]) * kGapGrowth));
  }
}

}  // namespace internal

Result<Assignment> SolveTieredAssignment(const BipartiteGraph& graph,
                                         const AssignmentConstraints& constraints,
                                         const std::vector<int32_t>& tiers) {
  ASSIGN_OR_RETURN(internal::TieredSolve solve, internal::SolveTiered(graph, constraints, tiers));
  return std::move(solve.assignment);
}

}  // namespace tandem::matching
