// Internal: the b-matching engine's candidate lists by mentor (the transpose of the caller's CSR
// graph, which lists candidates by mentee), read by every reverse step (bmatching_reverse.cc).
//
// Layout: the enabled edges of mentor j occupy positions [begin(j), end(j)), split into one
// segment per bonus class (bmatching_classes.h; class 0, the largest bonus, first), each segment
// by score descending, then mentee ascending: a scan of a segment can stop at the first entry
// whose score cannot beat what it already has. An entry is (mentee, score), not the edge id, so
// that a scan touches one random cache line (the mentee's potential) per entry; the edge is
// recovered for the few entries chosen. Entries take 4 bytes (mentee << score_bits | score) when
// the largest mentee index and score fit together in 32 bits, else 8.
//
// Build: O(E + M * classes) time on WorkerThreads(E) threads (count, scatter, then a stable LSD
// radix sort on the score, 6 bits per pass, per mentor); 4 or 8 bytes per edge plus
// 8 * (M * classes + 1) bytes. The layout does not depend on the number of threads. Read-only
// after Build, so concurrent readers are safe.
#ifndef TANDEM_MATCHING_BMATCHING_MENTOR_LISTS_H_
#define TANDEM_MATCHING_BMATCHING_MENTOR_LISTS_H_

#include <cstdint>
#include <vector>

#include "matching/bmatching_classes.h"
#include "matching/bmatching_core.h"
#include "matching/raw_buffer.h"

namespace tandem::matching::internal {

struct InEdge {
  int32_t mentee;
  int32_t score;
};

class MentorLists {
 public:
  // Builds the lists of the enabled edges of `in` (in.max_score is used when >= 0, else the
  // largest score is computed). Call once.
  void Build(const BMatchingInput& in, const BonusClasses& classes);
  bool built() const { return !begin_.empty(); }

  int64_t begin(int32_t j) const { return begin_[j]; }
  int64_t end(int32_t j) const { return begin_[j + 1]; }
  // Mentor j's entries of class g.
  int64_t SegmentBegin(int32_t j, int32_t g) const {
    return segment_begin_[int64_t{j} * num_classes_ + g];
  }
  int64_t SegmentEnd(int32_t j, int32_t g) const {
    return segment_begin_[int64_t{j} * num_classes_ + g + 1];
  }
  // The entry at position t.
  InEdge At(int64_t t) const {
    if (packed_) {
      const uint32_t x = packed_entries_[t];
      return InEdge{static_cast<int32_t>(x >> score_bits_),
                    static_cast<int32_t>(x & ((uint32_t{1} << score_bits_) - 1))};
    }
    return entries_[t];
  }

 private:
  std::vector<int64_t> begin_;          // size M + 1; empty until built
  std::vector<int64_t> segment_begin_;  // [j * num_classes_ + g], size M * classes + 1
  int32_t num_classes_ = 1;
  RawBuffer<InEdge> entries_;           // when not packed_
  RawBuffer<uint32_t> packed_entries_;  // mentee << score_bits_ | score when packed_
  bool packed_ = false;
  int32_t score_bits_ = 0;
};

}  // namespace tandem::matching::internal

#endif  // TANDEM_MATCHING_BMATCHING_MENTOR_LISTS_H_
