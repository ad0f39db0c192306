#include "matching/bmatching_mentor_lists.h"

#include <algorithm>
#include <bit>
#ifdef TANDEM_BMATCHING_TRACE  // -DTANDEM_BMATCHING_TRACE: per-phase timings on stderr
#include <chrono>
#include <cstdio>
#endif
#include <utility>

#include "matching/parallel_ranges.h"

namespace tandem::matching::internal {
namespace {

bool Disabled(const uint64_t* bits, int64_t e) {
  return bits != nullptr && ((bits[e >> 6] >> (e & 63)) & 1);
}

// Stable counting sort of one mentor's list by the class of its mentees; writes the start of
// each class's segment (global positions, from `offset`) to segments[0 .. classes).
template <typename T, typename MenteeOf>
void PartitionByClass(T* data, int64_t size, int64_t offset, std::vector<T>& tmp, int64_t* segments,
                      const BonusClasses& classes, const MenteeOf& mentee_of) {
  if (classes.count == 1) {
    segments[0] = offset;
    return;
  }
  int64_t count[BonusClasses::kMaxClasses + 1] = {};
  for (int64_t k = 0; k < size; ++k) ++count[classes.class_of[mentee_of(data[k])] + 1];
  for (int32_t g = 0; g < classes.count; ++g) {
    count[g + 1] += count[g];
    segments[g] = offset + count[g];
  }
  tmp.resize(size);
  for (int64_t k = 0; k < size; ++k) {
    tmp[count[classes.class_of[mentee_of(data[k])]]++] = data[k];
  }
  std::copy(tmp.begin(), tmp.begin() + size, data);
}

// Stable LSD radix sort by score, descending, 6 bits per pass over score_bits bits.
template <typename T, typename ScoreOf>
void RadixSortByScoreDesc(T* data, int64_t size, std::vector<T>& tmp, int32_t score_bits,
                          const ScoreOf& score_of) {
  if (size < 2) return;
  tmp.resize(size);
  T* from = data;
  T* to = tmp.data();
  for (int32_t shift = 0; shift < score_bits; shift += 6) {
    int64_t count[65] = {};
    for (int64_t k = 0; k < size; ++k) ++count[64 - ((score_of(from[k]) >> shift) & 63)];
    for (int32_t d = 1; d <= 64; ++d) count[d] += count[d - 1];
    for (int64_t k = 0; k < size; ++k) {
      to[count[63 - ((score_of(from[k]) >> shift) & 63)]++] = from[k];
    }
    std::swap(from, to);
  }
  if (from != data) std::copy(from, from + size, data);
}

}  // namespace

void MentorLists::Build(const BMatchingInput& in, const BonusClasses& classes) {
#ifdef TANDEM_BMATCHING_TRACE
  const auto t0 = std::chrono::steady_clock::now();
  struct Report {
    std::chrono::steady_clock::time_point t0;
    ~Report() {
      std::fprintf(stderr, "transpose %.3fs\n",
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
  } report{t0};
#endif
  const int32_t n = in.num_mentees;
  const int32_t m = in.num_mentors;
  num_classes_ = classes.count;
  // Packed entries (mentee << bits | score) in 4 bytes when the indices and scores fit.
  int32_t max_score = in.max_score;
  if (max_score < 0) {
    max_score = 0;
    for (int64_t e = 0; e < in.offsets[n]; ++e) max_score = std::max(max_score, in.scores[e]);
  }
  score_bits_ = std::bit_width(static_cast<uint32_t>(max_score));
  packed_ = score_bits_ < 32 && (uint64_t{static_cast<uint32_t>(std::max(n - 1, 0))}
                                 << score_bits_) < (uint64_t{1} << 32);
  // Counting sort by mentor, in parallel over mentee ranges: count per range, then each range
  // scatters from its own cursors. The layout is the sequential one (by mentor, then mentee)
  // whatever the threads. (A two-pass, cache-friendlier scatter was slower: it needs a
  // temporary array, and first-touching fresh memory dominates on the benchmark machine.)
  const int32_t threads = WorkerThreads(in.offsets[n]);
  std::vector<std::vector<int64_t>> cursor(threads);
  ParallelForRanges(n, threads, [&](int32_t t, int32_t lo, int32_t hi) {
    std::vector<int64_t>& count = cursor[t];
    count.assign(m, 0);
    for (int64_t e = in.offsets[lo]; e < in.offsets[hi]; ++e) {
      if (!Disabled(in.disabled, e)) ++count[in.mentors[e]];
    }
  });
  begin_.assign(m + 1, 0);
  for (int32_t j = 0; j < m; ++j) {
    int64_t next = begin_[j];
    for (int32_t t = 0; t < threads; ++t) {
      const int64_t c = cursor[t][j];
      cursor[t][j] = next;
      next += c;
    }
    begin_[j + 1] = next;
  }
  const int64_t size = begin_[m];
  const int32_t shift = score_bits_;
  auto scatter = [&](auto store) {
    ParallelForRanges(n, threads, [&](int32_t t, int32_t lo, int32_t hi) {
      int64_t* at = cursor[t].data();
      for (int32_t i = lo; i < hi; ++i) {
        for (int64_t e = in.offsets[i]; e < in.offsets[i + 1]; ++e) {
          if (!Disabled(in.disabled, e)) store(at[in.mentors[e]]++, i, in.scores[e]);
        }
      }
    });
  };
  if (packed_) {
    packed_entries_.Allocate(size);
    uint32_t* out = packed_entries_.data();
    scatter([out, shift](int64_t pos, int32_t i, int32_t score) {
      out[pos] = (static_cast<uint32_t>(i) << shift) | static_cast<uint32_t>(score);
    });
  } else {
    entries_.Allocate(size);
    InEdge* out = entries_.data();
    scatter([out](int64_t pos, int32_t i, int32_t score) { out[pos] = InEdge{i, score}; });
  }
  // Each mentor's list by score, descending (mentee ascending among equal scores), then, with
  // several bonus classes, a stable partition by class into one segment per class (descending
  // bonus), each still by score descending.
  const uint32_t score_mask = (uint32_t{1} << score_bits_) - 1;
  segment_begin_.assign(int64_t{m} * num_classes_ + 1, size);
  ParallelForRanges(m, threads, [&](int32_t, int32_t lo, int32_t hi) {
    std::vector<uint32_t> tmp_packed;
    std::vector<InEdge> tmp_wide;
    for (int32_t j = lo; j < hi; ++j) {
      const int64_t begin = begin_[j], len = begin_[j + 1] - begin;
      int64_t* segments = &segment_begin_[int64_t{j} * num_classes_];
      if (packed_) {
        RadixSortByScoreDesc(packed_entries_.data() + begin, len, tmp_packed, score_bits_,
                             [score_mask](uint32_t x) { return x & score_mask; });
        PartitionByClass(packed_entries_.data() + begin, len, begin, tmp_packed, segments, classes,
                         [shift](uint32_t x) { return static_cast<int32_t>(x >> shift); });
      } else {
        RadixSortByScoreDesc(entries_.data() + begin, len, tmp_wide, score_bits_,
                             [](const InEdge& x) { return static_cast<uint32_t>(x.score); });
        PartitionByClass(entries_.data() + begin, len, begin, tmp_wide, segments, classes,
                         [](const InEdge& x) { return x.mentee; });
      }
    }
  });
}

}  // namespace tandem::matching::internal
