// Peer programmes: SolveGeneralMatching (general_matching.h) on random pools
// (GenerateGeneralGraph, seed 42): n vertices, average degree 100, integer weights uniform in
// 0..1000 (Tandem's pair scores are in this range), both objectives. Input validation and
// sorting are inside the timed region, as a caller sees them. Three runs each; the _min row is
// the best (the machine is shared), _mean and _median are also reported.
//
//   build/bench/general_matching_benchmark
//   build/bench/general_matching_benchmark --benchmark_filter=/10000/
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>

#include "instance_generator.h"
#include "matching/general_matching.h"

namespace tandem::bench {
namespace {

double PeakRssMb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

// range(0): vertices; range(1): 0 = kMaxWeight, 1 = kMaxCardinalityThenWeight.
void BM_GeneralMatching(benchmark::State& state) {
  const int32_t n = static_cast<int32_t>(state.range(0));
  const std::vector<matching::GeneralEdge> edges = GenerateGeneralGraph(n, 100, 1000, 42);
  const auto objective = state.range(1) == 0
                             ? matching::GeneralMatchingObjective::kMaxWeight
                             : matching::GeneralMatchingObjective::kMaxCardinalityThenWeight;
  matching::GeneralMatching result;
  for (auto _ : state) {
    result = matching::SolveGeneralMatching(n, edges, objective).value();
    benchmark::DoNotOptimize(result.total_weight);
  }
  state.counters["edges"] = static_cast<double>(edges.size());
  state.counters["pairs"] = static_cast<double>(result.pairs.size());
  state.counters["total_weight"] = static_cast<double>(result.total_weight);
  state.counters["peak_rss_MB"] = PeakRssMb();
}

BENCHMARK(BM_GeneralMatching)
    ->ArgsProduct({{2'000, 10'000}, {0, 1}})
    ->ArgNames({"vertices", "cardinality_first"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(3)
    ->ComputeStatistics("min",
                        [](const std::vector<double>& v) {
                          return *std::min_element(v.begin(), v.end());
                        })
    ->ReportAggregatesOnly(true);

}  // namespace
}  // namespace tandem::bench

BENCHMARK_MAIN();
