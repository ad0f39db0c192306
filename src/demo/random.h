// The demo's random numbers. Only the raw output of std::mt19937_64 is used: its sequence is
// fixed by the standard, whereas the algorithms of std distributions differ between standard
// libraries, so the same seed gives the same demo everywhere.
//
// Every draw moves the stream on: the seeders that share one DemoRandom must keep their order
// (seed_demo.cc) or every later person changes. Not thread-safe.
#ifndef TANDEM_DEMO_RANDOM_H_
#define TANDEM_DEMO_RANDOM_H_

#include <cstdint>
#include <iterator>
#include <random>
#include <type_traits>
#include <utility>
#include <vector>

#include "domain/profile.h"

namespace tandem::demo {

class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed) : engine_(seed) {}

  // Uniform in [lo, hi], by rejection so that no value is favoured.
  int Between(int lo, int hi) {
    const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
    const uint64_t limit = UINT64_MAX - UINT64_MAX % span;  // a multiple of span
    uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return lo + static_cast<int>(x % span);
  }
  // True with probability p percent.
  bool Percent(int p) { return Between(0, 99) < p; }

  // One item of a non-empty array, span or vector.
  template <typename C>
  const auto& Pick(const C& items) {
    return items[static_cast<size_t>(Between(0, static_cast<int>(std::size(items)) - 1))];
  }

  // k distinct items (k clamped to the size) in random order: a partial Fisher-Yates shuffle.
  template <typename C>
  auto Sample(const C& items, int k) {
    std::vector<std::decay_t<decltype(items[0])>> pool(std::begin(items), std::end(items));
    const int n = static_cast<int>(pool.size());
    if (k > n) k = n;
    for (int i = 0; i < k; ++i) std::swap(pool[i], pool[Between(i, n - 1)]);
    pool.resize(static_cast<size_t>(k));
    return pool;
  }

  // An index drawn with probability proportional to its weight (weights sum > 0).
  size_t Weighted(const std::vector<int>& weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = Between(0, total - 1);
    for (size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

  // How visible a background field is: matching 45%, coordinators 25%, participants 15%,
  // private 15%.
  domain::Visibility SomeVisibility() {
    const int x = Between(0, 99);
    if (x < 45) return domain::Visibility::kMatching;
    if (x < 70) return domain::Visibility::kCoordinators;
    if (x < 85) return domain::Visibility::kParticipants;
    return domain::Visibility::kPrivate;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_RANDOM_H_
