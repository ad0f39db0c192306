// LEMON 1.3.1 on the solver benchmarks' own instances, so that a change to the solvers can be
// judged by its ratio to LEMON measured in the same session: the machine is shared, and wall
// time tracks the other jobs more than the code. Built only when LEMON is installed (the test-only
// C++17 target matching_reference, src/matching/reference/reference.h).
//   BM_LemonBMatching   NetworkSimplex on the 100,000-mentee instance of assignment_benchmark
//                       (seed 42); compare with BM_ExactAssignment/mentees:100000.
//   BM_LemonGeneral     MaxWeightedMatching on general_matching_benchmark's pools (degree 100,
//                       weights 0..1000, seed 42); compare with BM_GeneralMatching/vertices:N.
// The timed region is LEMON's whole call (building its graph, then solving), as for our solvers
// (validation included). The instance and the conversion to the reference's edge list are not
// timed. The total is reported so that it can be checked against our solvers' totals.
//
//   build/bench/reference_benchmark
//   build/bench/reference_benchmark --benchmark_filter=General
#include <benchmark/benchmark.h>

#include <vector>

#include "instance_generator.h"
#include "matching/reference/reference.h"

namespace tandem::bench {
namespace {

using matching::reference::RefEdge;

void BM_LemonBMatching(benchmark::State& state) {
  const MatchingInstance x = GenerateMatchingInstance(static_cast<int32_t>(state.range(0)), 42);
  const matching::BipartiteGraph& g = x.graph;
  std::vector<RefEdge> edges;
  edges.reserve(static_cast<size_t>(g.num_edges()));
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    for (int64_t e = g.begin(i); e < g.end(i); ++e) edges.push_back({i, g.mentors[e], g.scores[e]});
  }
  const std::vector<int32_t> mentee_cap(g.num_mentees, 1);
  int64_t total = 0;
  for (auto _ : state) {
    total = matching::reference::MaxWeightBMatching(g.num_mentees, g.num_mentors, mentee_cap,
                                                    x.mentor_capacity, edges);
    benchmark::DoNotOptimize(total);
  }
  state.counters["total_score"] = static_cast<double>(total);
}

void BM_LemonGeneral(benchmark::State& state) {
  const int32_t n = static_cast<int32_t>(state.range(0));
  std::vector<RefEdge> edges;
  for (const matching::GeneralEdge& e : GenerateGeneralGraph(n, 100, 1000, 42)) {
    edges.push_back({e.u, e.v, e.weight});
  }
  int64_t total = 0;
  for (auto _ : state) {
    total = matching::reference::MaxWeightMatching(n, edges);
    benchmark::DoNotOptimize(total);
  }
  state.counters["total_weight"] = static_cast<double>(total);
}

BENCHMARK(BM_LemonBMatching)
    ->Arg(100'000)
    ->ArgName("mentees")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

BENCHMARK(BM_LemonGeneral)
    ->Arg(2'000)
    ->Arg(10'000)
    ->ArgName("vertices")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace
}  // namespace tandem::bench

BENCHMARK_MAIN();
