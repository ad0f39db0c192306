// Priority tiers at scale: SolveTieredAssignment on the benchmark instance (instance_generator.h,
// seed 42: N mentees, N/5 mentors, 100 candidates each) with two tiers, percent_top % of the
// mentees in tier 0 (GenerateTiers, seed 7). Reports wall time, the number of solves the
// certified bonus schedule needed (rounds), pairs per tier, the total score, the score given up
// against the plain optimum (score_cost, computed outside the timed region) and peak RSS.
//
//   build/bench/tiered_assignment_benchmark     # 100,000 mentees: 20%, 40% and 100% in tier 0
//   TANDEM_BENCH_LARGE=1 build/bench/tiered_assignment_benchmark  # also 1,000,000 mentees
// (TANDEM_BENCH_LARGE=1 make bench passes it through.) The instance is generated once per size,
// outside the timed region.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <map>
#include <memory>

#include "instance_generator.h"
#include "matching/assignment.h"
#include "matching/tiered_assignment.h"

namespace tandem::bench {
namespace {

double PeakRssMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

const MatchingInstance& Instance(int32_t num_mentees) {
  static std::map<int32_t, std::unique_ptr<MatchingInstance>> cache;
  auto& slot = cache[num_mentees];
  if (!slot) {
    cache.clear();  // keep one instance in memory at a time
    auto& fresh = cache[num_mentees];
    fresh = std::make_unique<MatchingInstance>(GenerateMatchingInstance(num_mentees, 42));
    return *fresh;
  }
  return *slot;
}

// range(0): mentees; range(1): percent of them in tier 0.
void BM_TieredAssignment(benchmark::State& state) {
  const MatchingInstance& x = Instance(static_cast<int32_t>(state.range(0)));
  const std::vector<int32_t> tiers =
      GenerateTiers(x.graph.num_mentees, static_cast<int32_t>(state.range(1)), 7);
  const matching::AssignmentConstraints constraints{.mentor_capacity = x.mentor_capacity};
  matching::internal::TieredSolve result;
  for (auto _ : state) {
    result = matching::internal::SolveTiered(x.graph, constraints, tiers).value();
    benchmark::DoNotOptimize(result.assignment.total_score);
  }
  int64_t top = 0;
  for (const matching::MatchedPair& p : result.assignment.pairs) top += tiers[p.mentee] == 0;
  const matching::Assignment plain = matching::SolveAssignment(x.graph, constraints).value();
  state.counters["rounds"] = result.rounds;
  state.counters["tier0_pairs"] = static_cast<double>(top);
  state.counters["tier1_pairs"] = static_cast<double>(result.assignment.num_pairs - top);
  state.counters["total_score"] = static_cast<double>(result.assignment.total_score);
  state.counters["score_cost"] =
      static_cast<double>(plain.total_score - result.assignment.total_score);
  state.counters["peak_rss_MB"] = PeakRssMb();
}

void Register(int32_t mentees, int32_t percent_top) {
  benchmark::RegisterBenchmark("BM_TieredAssignment", BM_TieredAssignment)
      ->Args({mentees, percent_top})
      ->ArgNames({"mentees", "tier0_percent"})
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime()
      ->Iterations(1);
}

}  // namespace
}  // namespace tandem::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  tandem::bench::Register(100'000, 20);
  tandem::bench::Register(100'000, 40);
  tandem::bench::Register(100'000, 100);  // one tier: the kMaxMatchedThenScore objective
  const char* large = std::getenv("TANDEM_BENCH_LARGE");
  if (large != nullptr && large[0] == '1') tandem::bench::Register(1'000'000, 20);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
