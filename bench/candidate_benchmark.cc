// Candidate generation alone (no database): each mentee's top 100 mentors by exact pair score,
// through the candidate index versus scoring every pair, on one thread.
//
// Two vocabularies:
//   - narrow: 15 skills, 12 interests, 20 words (the end-to-end round benchmark's profiles):
//     every mentor shares something with every mentee, the worst case for an index;
//   - broad: 400 skills, 300 interests, 5,000 words with Zipf-like frequencies, closer to real
//     profiles.
// Counters: pairs scored exactly and mentors touched through the index, per mentee; the full
// scan scores N/5 per mentee. The index returns exactly the full scan's lists (tested in
// src/matching/scoring/candidate_index_test.cc); `checksum` (sum of kept scores) lets a run
// confirm it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>
#include <random>
#include <string>

#include "matching/assignment.h"
#include "matching/scoring/candidate_index.h"

namespace tandem::matching {
namespace {

struct Vocab {
  int skills, interests, words;
  bool zipf;
};
constexpr Vocab kNarrow{15, 12, 20, false};
constexpr Vocab kBroad{400, 300, 5000, true};

struct Instance {
  Corpus corpus;
  std::vector<MenteeFeatures> mentees;
  std::vector<MentorFeatures> mentors;
};

class Picker {
 public:
  Picker(int n, bool zipf) : n_(n), zipf_(zipf) {
    if (!zipf) return;
    double total = 0;
    for (int r = 1; r <= n; ++r) cdf_.push_back(total += 1.0 / r);
    for (double& c : cdf_) c /= total;
  }
  int operator()(std::mt19937_64& rng) {
    if (!zipf_) return static_cast<int>(rng() % n_);
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<int>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  int n_;
  bool zipf_;
  std::vector<double> cdf_;
};

template <typename T, typename Key>
void SortUniqueBy(std::vector<T>& v, Key key) {
  std::sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
  v.erase(std::unique(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) == key(b); }),
          v.end());
}

std::unique_ptr<Instance> Make(int n, const Vocab& vocab) {
  auto in = std::make_unique<Instance>();
  std::mt19937_64 rng(7);
  Picker skill(vocab.skills, vocab.zipf), interest(vocab.interests, vocab.zipf),
      word(vocab.words, vocab.zipf);
  auto text = [&] {
    std::string t;
    for (int w = 0; w < 12; ++w) t.append("w").append(std::to_string(word(rng))).append("x ");
    return t;
  };
  const int zones[] = {-300, -360, -420, -480};
  for (int i = 0; i < n; ++i) {
    MenteeFeatures m;
    for (int s = 0; s < 3; ++s) {
      int cur = 1 + static_cast<int>(rng() % 3);
      m.learn.push_back({skill(rng), cur, cur + 1 + static_cast<int>(rng() % 2)});
    }
    SortUniqueBy(m.learn, [](const SkillNeed& s) { return s.skill; });
    for (int s = 0; s < 3; ++s) m.interests.push_back(interest(rng));
    SortUniqueBy(m.interests, [](int x) { return x; });
    m.languages = rng() % 3 ? std::vector<int>{0} : std::vector<int>{0, 1};
    m.text_doc = in->corpus.Add(text());
    m.utc_offsets = UtcOffsets::Fixed(zones[rng() % 4]);
    m.availability_hours = 2 + static_cast<int>(rng() % 8);
    m.experience = 2;
    in->mentees.push_back(std::move(m));
  }
  for (int j = 0; j < n / 5; ++j) {
    MentorFeatures m;
    for (int s = 0; s < 3; ++s) m.teach.push_back({skill(rng), 2 + static_cast<int>(rng() % 4)});
    SortUniqueBy(m.teach, [](const SkillOffer& s) { return s.skill; });
    for (int s = 0; s < 3; ++s) m.interests.push_back(interest(rng));
    SortUniqueBy(m.interests, [](int x) { return x; });
    m.languages = rng() % 3 ? std::vector<int>{0} : std::vector<int>{0, 1};
    m.text_doc = in->corpus.Add(text());
    m.utc_offsets = UtcOffsets::Fixed(zones[rng() % 4]);
    m.availability_hours = 2 + static_cast<int>(rng() % 8);
    m.accepts_external = true;
    m.youth_cleared = true;
    m.experience = 3.5;
    in->mentors.push_back(std::move(m));
  }
  in->corpus.Build();
  return in;
}

constexpr int kK = 100;

void BM_Index(benchmark::State& state, Vocab vocab) {
  auto in = Make(static_cast<int>(state.range(0)), vocab);
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &in->corpus);
  CandidateIndex::Stats stats;
  int64_t checksum = 0;
  for (auto _ : state) {
    std::vector<const MentorFeatures*> mentors;
    for (const auto& m : in->mentors) mentors.push_back(&m);
    CandidateIndex index(scorer, std::move(mentors));
    CandidateIndex::Workspace ws(index);
    std::vector<std::pair<int32_t, int32_t>> top;
    std::vector<float> dense;
    stats = {};
    checksum = 0;
    for (const MenteeFeatures& me : in->mentees) {
      const float* text = scorer.ScatterText(me, dense);
      index.TopK(
          me, kK, [&](int32_t j) { return scorer.ScoreWithDenseText(me, in->mentors[j], text); },
          ws, top, &stats);
      scorer.ClearText(me, dense);
      for (const auto& [s, j] : top) checksum += s;
    }
  }
  const double n = static_cast<double>(in->mentees.size());
  state.counters["scored_per_mentee"] = stats.scored / n;
  state.counters["touched_per_mentee"] = stats.touched / n;
  state.counters["full_pass_share"] =
      (n - stats.first_pass + stats.second_pass) / n;  // mentees that needed the full pass
  state.counters["checksum"] = static_cast<double>(checksum);
}

// Capped postings (approximate): time, and at sizes where the exact lists are affordable,
// recall = the share of the exact top-100 pairs that the capped lists keep, and the optimal
// assignment's total score on the capped candidates relative to the exact candidates.
void BM_Capped(benchmark::State& state, Vocab vocab) {
  const int n = static_cast<int>(state.range(0));
  auto in = Make(n, vocab);
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &in->corpus);
  std::vector<const MentorFeatures*> mentors;
  for (const auto& m : in->mentors) mentors.push_back(&m);
  auto run = [&](int64_t cap, std::vector<std::vector<std::pair<int32_t, int32_t>>>& lists,
                 CandidateIndex::Stats& stats) {
    CandidateIndex index(scorer, mentors, {-1, cap});
    CandidateIndex::Workspace ws(index);
    std::vector<float> dense;
    lists.assign(in->mentees.size(), {});
    for (size_t i = 0; i < in->mentees.size(); ++i) {
      const MenteeFeatures& me = in->mentees[i];
      const float* text = scorer.ScatterText(me, dense);
      index.TopK(
          me, kK, [&](int32_t j) { return scorer.ScoreWithDenseText(me, in->mentors[j], text); },
          ws, lists[i], &stats);
      scorer.ClearText(me, dense);
    }
  };
  std::vector<std::vector<std::pair<int32_t, int32_t>>> capped, exact;
  CandidateIndex::Stats stats;
  for (auto _ : state) {
    stats = {};
    run(10 * kK, capped, stats);
  }
  state.counters["scored_per_mentee"] = static_cast<double>(stats.scored) / n;
  state.counters["touched_per_mentee"] = static_cast<double>(stats.touched) / n;
  if (n <= 20000) {
    CandidateIndex::Stats ignored;
    run(0, exact, ignored);
    int64_t kept = 0, total = 0;
    double capped_sum = 0, exact_sum = 0;
    for (size_t i = 0; i < exact.size(); ++i) {
      std::vector<int32_t> a, b;
      for (const auto& [s, j] : exact[i]) a.push_back(j), exact_sum += s;
      for (const auto& [s, j] : capped[i]) b.push_back(j), capped_sum += s;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      std::vector<int32_t> both;
      std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
      kept += static_cast<int64_t>(both.size());
      total += static_cast<int64_t>(a.size());
    }
    state.counters["recall"] = total ? static_cast<double>(kept) / total : 1.0;
    state.counters["kept_score_ratio"] = exact_sum > 0 ? capped_sum / exact_sum : 1.0;
    // What matters in the end: the optimal assignment on each candidate graph (capacities 1..5).
    std::mt19937_64 rng(11);
    AssignmentConstraints constraints;
    for (size_t j = 0; j < in->mentors.size(); ++j)
      constraints.mentor_capacity.push_back(1 + static_cast<int32_t>(rng() % 5));
    auto solve = [&](const std::vector<std::vector<std::pair<int32_t, int32_t>>>& lists) {
      std::vector<WeightedPair> edges;
      for (size_t i = 0; i < lists.size(); ++i)
        for (const auto& [score, j] : lists[i])
          edges.push_back({static_cast<int32_t>(i), j, score});
      auto graph = BuildBipartiteGraph(n, static_cast<int32_t>(in->mentors.size()), edges);
      auto a = SolveAssignment(*graph, constraints);
      return a.ok() ? a->total_score : -1;
    };
    const int64_t exact_total = solve(exact), capped_total = solve(capped);
    state.counters["assignment_score_ratio"] =
        exact_total > 0 ? static_cast<double>(capped_total) / exact_total : 1.0;
  }
}

void BM_FullScan(benchmark::State& state, Vocab vocab) {
  auto in = Make(static_cast<int>(state.range(0)), vocab);
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &in->corpus);
  int64_t checksum = 0;
  for (auto _ : state) {
    std::vector<std::pair<int32_t, int32_t>> all;
    std::vector<float> dense;
    checksum = 0;
    for (const MenteeFeatures& me : in->mentees) {
      all.clear();
      const float* text = scorer.ScatterText(me, dense);
      for (int32_t j = 0; j < static_cast<int32_t>(in->mentors.size()); ++j) {
        int s = scorer.ScoreWithDenseText(me, in->mentors[j], text);
        if (s >= 0) all.push_back({s, j});
      }
      scorer.ClearText(me, dense);
      auto better = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      };
      if (all.size() > kK) {
        std::nth_element(all.begin(), all.begin() + kK, all.end(), better);
        all.resize(kK);
      }
      for (const auto& [s, j] : all) checksum += s;
    }
  }
  state.counters["scored_per_mentee"] = static_cast<double>(in->mentors.size());
  state.counters["checksum"] = static_cast<double>(checksum);
}

// One timed run per size. The full scan is quadratic: only 10,000 mentees (2,000 mentors).
void Sizes(benchmark::internal::Benchmark* b, std::initializer_list<int64_t> sizes) {
  for (int64_t n : sizes) b->Arg(n);
  b->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
}

BENCHMARK_CAPTURE(BM_Index, narrow, kNarrow)->Apply([](auto* b) { Sizes(b, {10000}); });
BENCHMARK_CAPTURE(BM_FullScan, narrow, kNarrow)->Apply([](auto* b) { Sizes(b, {10000}); });
BENCHMARK_CAPTURE(BM_Index, broad, kBroad)->Apply([](auto* b) { Sizes(b, {10000, 20000}); });
BENCHMARK_CAPTURE(BM_Capped, broad, kBroad)->Apply([](auto* b) { Sizes(b, {20000, 100000}); });
BENCHMARK_CAPTURE(BM_FullScan, broad, kBroad)->Apply([](auto* b) { Sizes(b, {10000}); });

}  // namespace
}  // namespace tandem::matching

BENCHMARK_MAIN();
