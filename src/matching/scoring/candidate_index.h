// Exact top-K candidate mentors per mentee without scoring every pair.
//
// A pair's score (Scorer) is a sum of criterion points. The index splits the criteria in two:
//   - sparse ones, earned only through something both sides list (skills, interests, the
//     background values a mentee asked for, words of goals/bio/headline): an inverted index
//     maps each such feature to the mentors that have it, so a mentee touches only mentors
//     sharing something with them, accumulating those criteria's points on the way;
//   - dense ones (language, time zone, availability, outside organisation, experience gap),
//     cheap per pair and bounded per mentee by their best value over all mentors.
// For every touched mentor that passes the cheap hard constraints (youth screening, consent
// to external mentees, a "must" language or sparse criterion) the index computes an upper bound
//     UB = sparse points (exact; text +1 for float summation order) + dense points (exact),
// and mentors are scored exactly (by the caller's callback, which also applies exclusions) in
// decreasing UB order until the k-th best exact score exceeds the next bound. Mentors that
// share nothing have sparse points 0, so one bound covers them all; they are scanned only when
// that bound could still reach the current k-th score (never when a sparse criterion is
// "must"). Features held by many mentors ("common") are bounded instead of walked in a first
// pass; a full pass follows only when the first cannot settle the list. The result is exactly
// the top k by (score desc, mentor asc) among feasible pairs: the list a full scan would keep.
//
// Cost per mentee: the posting lists of its features plus exact scores for the mentors that
// can still make the top k. With selective features that is near-linear in the number of
// mentees; with a small or Zipf-like vocabulary most mentors are touched and the cost is that
// of a cheap bound per pair (measured in docs/matching.md). Options::max_postings trades
// exactness for a cost per mentee that does not grow with the pool. Workspace is per thread;
// the index is immutable and thread-safe after construction. Deterministic.
#ifndef TANDEM_MATCHING_SCORING_CANDIDATE_INDEX_H_
#define TANDEM_MATCHING_SCORING_CANDIDATE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "matching/scoring/scorer.h"

namespace tandem::matching {

class CandidateIndex {
 public:
  struct Options {
    // A feature held by more than this many mentors is left out of the first pass (-1: an
    // eighth of the mentors, at least 64).
    int64_t common_postings = -1;
    // 0: exact. Otherwise each feature contributes only its `max_postings` strongest mentors
    // (highest skill level or term weight; for interests and background values, the most
    // available mentors) and mentors sharing nothing are never scored: cost per mentee is
    // bounded by features x max_postings whatever the pool size, and the lists are
    // approximate (every listed score is exact, but a better mentor may be missed).
    int64_t max_postings = 0;
  };

  // `mentors` must outlive the index; candidate ids are positions in it. The scorer's weights
  // and corpus are those the callback's exact scores come from.
  CandidateIndex(const Scorer& scorer, std::vector<const MentorFeatures*> mentors, Options options);
  CandidateIndex(const Scorer& scorer, std::vector<const MentorFeatures*> mentors)
      : CandidateIndex(scorer, std::move(mentors), Options{}) {}

  // Per-thread scratch space, sized for one index.
  class Workspace {
   public:
    explicit Workspace(const CandidateIndex& index);

   private:
    friend class CandidateIndex;
    struct Acc {  // sparse criteria accumulated for one mentor
      int32_t skill = 0, background = 0, interests = 0;
      float text = 0;
    };
    std::vector<Acc> acc;
    std::vector<uint8_t> touched_mark;
    std::vector<int32_t> touched;
    std::vector<std::pair<int32_t, int32_t>> order;  // (bound, mentor)
    // Dense points by the index's distinct values, for the current mentee.
    std::vector<int32_t> zone_points, hours_points, experience_points, language_points;
    std::vector<uint8_t> language_shared;
  };

  struct Stats {
    int64_t touched = 0;      // mentors reached through the inverted index (both passes)
    int64_t scored = 0;       // exact scores computed
    int64_t first_pass = 0;   // mentees with common features: a selective first pass ran
    int64_t second_pass = 0;  // ... and could not settle the list: a full pass followed
  };

  // Exact pair score (>= 0) or < 0 when the pair is infeasible or excluded.
  using ExactScore = std::function<int(int32_t mentor)>;

  // The best k feasible mentors for `mentee` as (score, mentor), sorted by score descending,
  // ties by mentor ascending. `out` is replaced. Fewer than k entries means every feasible
  // mentor is listed.
  void TopK(const MenteeFeatures& mentee, int k, const ExactScore& score, Workspace& ws,
            std::vector<std::pair<int32_t, int32_t>>& out, Stats* stats = nullptr) const;

  int32_t num_mentors() const { return static_cast<int32_t>(mentors_.size()); }

 private:
  struct Posting {
    int32_t mentor;
    int32_t value;  // skill level; unused elsewhere
  };
  struct TextPosting {
    int32_t mentor;
    float weight;
  };
  // Feature id -> postings, in CSR form.
  template <typename P>
  struct Postings {
    std::vector<int64_t> begin;  // size features + 1
    std::vector<P> items;
    int64_t Size(int f) const {
      return f >= 0 && f + 1 < static_cast<int>(begin.size()) ? begin[f + 1] - begin[f] : 0;
    }
  };
  // A mentor's dense attributes as positions in the distinct-value lists below, so a
  // mentee's dense points are table lookups.
  struct MentorDense {
    int32_t organisation;
    int32_t zone, hours, experience, languages;
    bool accepts_external, youth_cleared;
  };
  struct Bounds;  // what skipped features may add, for one mentee (candidate_index.cc)
  // One of a mentee's features: criterion << 32 | feature id (a term id for goals).
  using FeatureKey = uint64_t;

  // One pass: walks the postings of the mentee's features except `skipped` (sorted keys),
  // bounding what those may add; scores touched mentors exactly in decreasing bound order; and
  // returns whether mentors never touched are settled (none can enter the top k). With
  // `scan_untouched`, unsettled untouched mentors are scored too, so the pass always settles.
  // `out` is a heap whose top is the worst kept entry.
  bool Pass(const MenteeFeatures& me, int k, const std::vector<FeatureKey>& skipped,
            bool scan_untouched, const ExactScore& score, Workspace& ws,
            std::vector<std::pair<int32_t, int32_t>>& out, Stats& stats) const;
  // The mentee's common features, most postings first.
  std::vector<std::pair<int64_t, FeatureKey>> CommonFeatures(const MenteeFeatures& me) const;
  // Adds what mentors holding feature `key` can earn from it at most.
  void AddBound(const MenteeFeatures& me, FeatureKey key, Bounds& bounds) const;
  // Sparse points of a mentor with accumulator `a`, plus what skipped features may add;
  // clears `feasible` when a "must" criterion can no longer be met.
  int SparseBound(const MenteeFeatures& me, const Workspace::Acc& a, const Bounds& rest,
                  bool& feasible) const;
  void FillDenseTables(const MenteeFeatures& me, Workspace& ws) const;
  int DensePoints(const MenteeFeatures& me, const MentorDense& d, const Workspace& ws) const;
  int DenseBound(const Workspace& ws, const MenteeFeatures& me) const;
  bool HardInfeasible(const MenteeFeatures& me, const MentorDense& d, const Workspace& ws) const;
  // End of feature f's walk: all its postings, or the first max_postings_ of them.
  int64_t End(const std::vector<int64_t>& begin, int f) const {
    return max_postings_ > 0 ? std::min(begin[f + 1], begin[f] + max_postings_) : begin[f + 1];
  }
  bool Common(int64_t postings) const { return postings > common_postings_; }

  CriteriaWeights weights_;
  const Corpus* corpus_;
  std::vector<const MentorFeatures*> mentors_;
  Postings<Posting> skills_, interests_, background_;
  Postings<TextPosting> text_;
  std::vector<float> text_max_;                     // largest mentor weight per term
  std::vector<BackgroundValue> background_values_;  // sorted; position = background_ feature id
  std::vector<MentorDense> dense_;
  std::vector<UtcOffsets> zones_;       // distinct UTC offsets (both instants)
  std::vector<int32_t> hours_;          // distinct availability hours
  std::vector<double> experiences_;
  std::vector<std::vector<int>> language_sets_;
  int64_t common_postings_ = 0;  // a feature with more postings is "common"
  int64_t max_postings_ = 0;     // 0 = exact
};

}  // namespace tandem::matching

#endif  // TANDEM_MATCHING_SCORING_CANDIDATE_INDEX_H_
