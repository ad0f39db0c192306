#include "matching/candidates.h"

#include <algorithm>
#include <limits>

namespace tandem::matching {
namespace {

struct Better {  // strict "a ranks before b"
  template <typename E>
  bool operator()(const E& a, const E& b) const {
    return a.score != b.score ? a.score > b.score : a.mentor < b.mentor;
  }
};

Status ValidateRows(const SparseRows& rows, const char* what) {
  if (rows.num_rows < 0 || rows.offsets.size() != static_cast<size_t>(rows.num_rows) + 1 ||
      rows.offsets[0] != 0 || rows.offsets.back() != static_cast<int64_t>(rows.feature.size()) ||
      rows.weight.size() != rows.feature.size()) {
    return InvalidArgument(std::string(what) + ": malformed sparse rows");
  }
  for (int32_t r = 0; r < rows.num_rows; ++r) {
    if (rows.offsets[r + 1] < rows.offsets[r]) {
      return InvalidArgument(std::string(what) + ": offsets must not decrease");
    }
  }
  for (size_t t = 0; t < rows.feature.size(); ++t) {
    if (rows.feature[t] < 0 || rows.weight[t] < 0) {
      return InvalidArgument(std::string(what) + ": feature ids and weights must be >= 0");
    }
  }
  return Status::Ok();
}

}  // namespace

TopKCollector::TopKCollector(int32_t num_mentees, int32_t k)
    : num_mentees_(std::max(num_mentees, 0)),
      k_(std::max(k, 0)),
      slots_(static_cast<size_t>(num_mentees_) * k_),
      size_(num_mentees_, 0) {}

void TopKCollector::Offer(int32_t mentee, int32_t mentor, int32_t score) {
  if (mentee < 0 || mentee >= num_mentees_ || mentor < 0 || score < 0) {
    bad_index_ = true;
    return;
  }
  if (k_ == 0) return;
  Entry* heap = &slots_[static_cast<size_t>(mentee) * k_];
  int32_t& size = size_[mentee];
  const Entry e{score, mentor};
  // Heap ordered by Better: the top is the worst kept entry.
  if (size < k_) {
    heap[size++] = e;
    std::push_heap(heap, heap + size, Better());
  } else if (Better()(e, heap[0])) {
    std::pop_heap(heap, heap + size, Better());
    heap[size - 1] = e;
    std::push_heap(heap, heap + size, Better());
  }
}

Result<BipartiteGraph> TopKCollector::Finish(int32_t num_mentors) && {
  if (bad_index_) return InvalidArgument("candidate offered with an index or score out of range");
  BipartiteGraph g;
  g.num_mentees = num_mentees_;
  g.num_mentors = num_mentors;
  g.offsets.assign(static_cast<size_t>(num_mentees_) + 1, 0);
  for (int32_t i = 0; i < num_mentees_; ++i) g.offsets[i + 1] = g.offsets[i] + size_[i];
  g.mentors.reserve(g.offsets.back());
  g.scores.reserve(g.offsets.back());
  for (int32_t i = 0; i < num_mentees_; ++i) {
    Entry* heap = &slots_[static_cast<size_t>(i) * k_];
    std::sort(heap, heap + size_[i], Better());
    for (int32_t t = 0; t < size_[i]; ++t) {
      if (heap[t].mentor >= num_mentors) return InvalidArgument("candidate mentor out of range");
      g.mentors.push_back(heap[t].mentor);
      g.scores.push_back(heap[t].score);
    }
  }
  slots_.clear();
  return g;
}

Result<BipartiteGraph> TopK(int32_t num_mentees, int32_t num_mentors, int32_t k,
                            const CandidateSource& source, const PairScorer& score) {
  TopKCollector collector(num_mentees, k);
  for (int32_t i = 0; i < num_mentees; ++i) {
    source(i, [&](int32_t mentor) {
      if (const std::optional<int32_t> s = score(i, mentor)) collector.Offer(i, mentor, *s);
    });
  }
  return std::move(collector).Finish(num_mentors);
}

Result<BipartiteGraph> InvertedIndexCandidates(const SparseRows& mentees, const SparseRows& mentors,
                                               const InvertedIndexOptions& options) {
  RETURN_IF_ERROR(ValidateRows(mentees, "mentees"));
  RETURN_IF_ERROR(ValidateRows(mentors, "mentors"));
  if (options.k < 0 || options.max_postings < 0) return InvalidArgument("k must be >= 0");
  // Inverted index: feature -> (mentor, weight), highest weight first.
  int32_t num_features = 0;
  for (int32_t f : mentors.feature) num_features = std::max(num_features, f + 1);
  std::vector<int64_t> begin(static_cast<size_t>(num_features) + 1, 0);
  for (int32_t f : mentors.feature) ++begin[f + 1];
  for (int32_t f = 0; f < num_features; ++f) begin[f + 1] += begin[f];
  struct Posting {
    int32_t mentor;
    int32_t weight;
  };
  std::vector<Posting> postings(mentors.feature.size());
  {
    std::vector<int64_t> cursor(begin.begin(), begin.end() - 1);
    for (int32_t j = 0; j < mentors.num_rows; ++j) {
      for (int64_t t = mentors.offsets[j]; t < mentors.offsets[j + 1]; ++t) {
        postings[cursor[mentors.feature[t]]++] = {j, mentors.weight[t]};
      }
    }
  }
  for (int32_t f = 0; f < num_features; ++f) {
    std::stable_sort(postings.begin() + begin[f], postings.begin() + begin[f + 1],
                     [](const Posting& a, const Posting& b) { return a.weight > b.weight; });
  }
  TopKCollector collector(mentees.num_rows, options.k);
  std::vector<int64_t> acc(mentors.num_rows, 0);
  std::vector<int32_t> touched;
  for (int32_t i = 0; i < mentees.num_rows; ++i) {
    for (int64_t t = mentees.offsets[i]; t < mentees.offsets[i + 1]; ++t) {
      const int32_t f = mentees.feature[t];
      const int64_t a = mentees.weight[t];
      if (f >= num_features || a == 0) continue;
      int64_t end = begin[f + 1];
      if (options.max_postings > 0) end = std::min(end, begin[f] + options.max_postings);
      for (int64_t p = begin[f]; p < end; ++p) {
        if (postings[p].weight == 0) break;  // sorted: the rest add nothing
        if (acc[postings[p].mentor] == 0) touched.push_back(postings[p].mentor);
        acc[postings[p].mentor] += a * postings[p].weight;
      }
    }
    for (int32_t j : touched) {
      const int64_t s = std::min<int64_t>(acc[j], std::numeric_limits<int32_t>::max());
      collector.Offer(i, j, static_cast<int32_t>(s));
      acc[j] = 0;
    }
    touched.clear();
  }
  return std::move(collector).Finish(mentors.num_rows);
}

}  // namespace tandem::matching
