// Candidate generation: which (mentee, mentor) pairs become edges of the assignment problem,
// without scoring all N x M pairs.
//
// Two building blocks, so that the scoring layer (interests, skills, languages, time zones,
// text similarity) can plug in at either level:
//   - TopKCollector: streaming top-K per mentee from any source of scored candidate edges
//     (O(log K) per offer, N*K*8 bytes); `TopK` wraps it around a candidate source and a scoring
//     callback, so only the pairs the source proposes are ever scored.
//   - InvertedIndexCandidates: exact top-K by a sparse integer dot product
//     score(i, j) = sum_f a_if * b_jf over feature ids f (skills, languages, interest tags...),
//     through an inverted index feature -> mentors. A mentee only touches the mentors that share
//     a feature with it: cost sum over its features of the posting-list lengths, near-linear in N
//     when features are selective. Very common features can be capped (max_postings keeps the
//     highest-weighted mentors of a feature): then the result is approximate by design.
// Output: a BipartiteGraph whose rows are sorted by score descending, ties by mentor index.
// Deterministic. Thread-safety: the collector is not thread-safe; the functions are pure.
#ifndef TANDEM_MATCHING_CANDIDATES_H_
#define TANDEM_MATCHING_CANDIDATES_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "base/status.h"
#include "matching/bipartite_graph.h"

namespace tandem::matching {

class TopKCollector {
 public:
  // k >= 0 candidates kept per mentee.
  TopKCollector(int32_t num_mentees, int32_t k);
  // Keeps the k best by (score desc, mentor asc). The caller offers each pair at most once.
  void Offer(int32_t mentee, int32_t mentor, int32_t score);
  // The kept candidates as a graph; InvalidArgument for out-of-range indices or scores < 0.
  Result<BipartiteGraph> Finish(int32_t num_mentors) &&;

 private:
  struct Entry {
    int32_t score;
    int32_t mentor;
  };
  int32_t num_mentees_;
  int32_t k_;
  std::vector<Entry> slots_;  // num_mentees * k, a min-heap per mentee ("worst" on top)
  std::vector<int32_t> size_;
  bool bad_index_ = false;
};

// Calls source(i, emit) for every mentee; source calls emit(mentor) for each candidate mentor;
// score(i, mentor) returns the pair's score, or nullopt to drop the pair. Keeps the top k.
using CandidateSource = std::function<void(int32_t mentee, const std::function<void(int32_t)>&)>;
using PairScorer = std::function<std::optional<int32_t>(int32_t mentee, int32_t mentor)>;
Result<BipartiteGraph> TopK(int32_t num_mentees, int32_t num_mentors, int32_t k,
                            const CandidateSource& source, const PairScorer& score);

// Sparse integer feature vectors in CSR: row r has features [offsets[r], offsets[r+1]).
struct SparseRows {
  int32_t num_rows = 0;
  std::vector<int64_t> offsets;  // size num_rows + 1
  std::vector<int32_t> feature;  // feature id >= 0, at most once per row
  std::vector<int32_t> weight;   // >= 0
};

struct InvertedIndexOptions {
  int32_t k = 100;                // candidates per mentee
  int32_t max_postings = 0;       // 0 = exact; else keep only the top-weighted mentors per feature
  bool keep_zero_scores = false;  // pairs sharing no weighted feature are never produced anyway
};

// Top-k mentors per mentee by dot product. Scores above INT32_MAX are clamped. InvalidArgument
// for malformed rows (offsets, negative ids or weights).
Result<BipartiteGraph> InvertedIndexCandidates(const SparseRows& mentees, const SparseRows& mentors,
                                               const InvertedIndexOptions& options = {});

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_CANDIDATES_H_
