// Exact assignment at scale: 100,000 and 1,000,000 mentees (20,000 / 200,000 mentors, 100
// candidates each, see instance_generator.h). Reports wall time, peak RSS, total score and
// matched count; for context also the greedy and deferred-acceptance ratios to the optimum.
//
//   build/bench/assignment_benchmark                       # default sizes
//   build/bench/assignment_benchmark --benchmark_filter=/1000000
// The instance is generated once per size, outside the timed region.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <map>
#include <memory>

#include "instance_generator.h"
#include "matching/assignment.h"
#include "matching/greedy.h"
#include "matching/stable_matching.h"

namespace tandem::bench {
namespace {

double PeakRssMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
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

matching::AssignmentConstraints Constraints(const MatchingInstance& x) {
  return {.mentor_capacity = x.mentor_capacity};
}

void BM_ExactAssignment(benchmark::State& state) {
  const MatchingInstance& x = Instance(static_cast<int32_t>(state.range(0)));
  const double rss_instance = PeakRssMb();
  matching::Assignment result;
  for (auto _ : state) {
    result = matching::SolveAssignment(x.graph, Constraints(x)).value();
    benchmark::DoNotOptimize(result.total_score);
  }
  state.counters["total_score"] = static_cast<double>(result.total_score);
  state.counters["matched"] = static_cast<double>(result.num_mentees_matched);
  state.counters["edges_M"] = static_cast<double>(x.graph.num_edges()) / 1e6;
  state.counters["rss_instance_MB"] = rss_instance;
  state.counters["peak_rss_MB"] = PeakRssMb();
  if (state.range(1) == 0) return;  // context ratios only where memory allows
  const matching::Assignment greedy = matching::GreedyAssignment(x.graph, Constraints(x)).value();
  state.counters["greedy_ratio"] =
      static_cast<double>(greedy.total_score) / static_cast<double>(result.total_score);
  const matching::Assignment da =
      matching::DeferredAcceptanceByScore(x.graph, x.mentor_capacity).value();
  state.counters["da_ratio"] =
      static_cast<double>(da.total_score) / static_cast<double>(result.total_score);
}

// range(0): mentees; range(1): 1 = also compute the greedy / deferred-acceptance ratios.
BENCHMARK(BM_ExactAssignment)
    ->Args({100'000, 1})
    ->Args({1'000'000, 0})
    ->ArgNames({"mentees", "ratios"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace tandem::bench

BENCHMARK_MAIN();
