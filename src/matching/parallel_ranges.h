// Internal: the solvers' only threading. WorkerThreads says how many threads a pass over `work`
// items deserves; ParallelForRanges splits 0..n-1 into that many contiguous ranges and runs
// fn(t, lo, hi) for range t on its own std::thread (range 0 on the caller's), returning when all
// are done. The ranges depend only on n and threads, so a pass whose ranges write disjoint
// output is deterministic whatever the scheduling. fn must be safe to run concurrently.
#ifndef TANDEM_MATCHING_PARALLEL_RANGES_H_
#define TANDEM_MATCHING_PARALLEL_RANGES_H_

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

namespace tandem::matching::internal {

// 1 below 2^20 items (not worth a thread), else the hardware's threads, at most 8.
inline int32_t WorkerThreads(int64_t work) {
  if (work < (int64_t{1} << 20)) return 1;
  return static_cast<int32_t>(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
}

// Runs fn(t, lo, hi) for t < threads on the ranges [lo, hi) that split 0..n-1 evenly.
template <typename Fn>
void ParallelForRanges(int32_t n, int32_t threads, const Fn& fn) {
  auto work = [&](int32_t t) {
    fn(t, static_cast<int32_t>(int64_t{n} * t / threads),
       static_cast<int32_t>(int64_t{n} * (t + 1) / threads));
  };
  std::vector<std::thread> pool;
  for (int32_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& th : pool) th.join();
}

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_PARALLEL_RANGES_H_
