#include "matching/scoring/candidate_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

namespace tandem::matching {
namespace {

using Ranked = std::vector<std::pair<int32_t, int32_t>>;

const char* kWords[] = {"data",    "nurse",   "engineer", "college", "career",  "product",
                        "manager", "teacher", "startup",  "design",  "finance", "health",
                        "law",     "science", "writing",  "music",   "robots",  "garden"};

std::string RandomText(std::mt19937_64& rng) {
  std::string t;
  int words = static_cast<int>(rng() % 6);  // sometimes empty
  for (int w = 0; w < words; ++w) t += std::string(kWords[rng() % std::size(kWords)]) + " ";
  return t;
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

struct Instance {
  Corpus corpus;
  std::vector<MenteeFeatures> mentees;
  std::vector<MentorFeatures> mentors;
  CriteriaWeights weights;
  std::set<std::pair<int, int>> blocked;
};

// Small vocabularies so that ties, shared features and "nothing shared" all happen often.
void Fill(Instance& in, std::mt19937_64& rng, int n, int m, int vocab) {
  auto pick = [&](int hi) { return static_cast<int>(rng() % hi); };
  const int skills = vocab, interests = vocab, values = 3;
  for (int i = 0; i < n; ++i) {
    MenteeFeatures f;
    f.organisation = pick(3);
    for (int s = pick(4); s > 0; --s) {
      int cur = 1 + pick(4);
      f.learn.push_back({pick(skills), cur, std::min(5, cur + pick(3))});
    }
    std::sort(f.learn.begin(), f.learn.end(), [](auto& a, auto& b) { return a.skill < b.skill; });
    f.learn.erase(std::unique(f.learn.begin(), f.learn.end(),
                              [](auto& a, auto& b) { return a.skill == b.skill; }),
                  f.learn.end());
    for (int s = pick(5); s > 0; --s) f.interests.push_back(pick(interests));
    SortUnique(f.interests);
    for (int s = pick(3); s > 0; --s) f.languages.push_back(pick(3));
    SortUnique(f.languages);
    for (int s = pick(3); s > 0; --s) f.wishes.push_back({{pick(2), pick(values)}, pick(4) == 0});
    SortUnique(f.wishes);
    f.text_doc = rng() % 4 ? in.corpus.Add(RandomText(rng)) : -1;
    f.utc_offsets = UtcOffsets::Fixed((pick(25) - 12) * 60);
    f.availability_hours = pick(12);
    f.wants_outside = pick(2);
    f.is_minor = pick(4) == 0;
    f.experience = 1 + pick(5) * 0.5;
    in.mentees.push_back(f);
  }
  for (int j = 0; j < m; ++j) {
    MentorFeatures f;
    f.organisation = pick(3);
    for (int s = pick(4); s > 0; --s) f.teach.push_back({pick(skills), 1 + pick(5)});
    std::sort(f.teach.begin(), f.teach.end(), [](auto& a, auto& b) { return a.skill < b.skill; });
    f.teach.erase(std::unique(f.teach.begin(), f.teach.end(),
                              [](auto& a, auto& b) { return a.skill == b.skill; }),
                  f.teach.end());
    for (int s = pick(5); s > 0; --s) f.interests.push_back(pick(interests));
    SortUnique(f.interests);
    for (int s = pick(3); s > 0; --s) f.languages.push_back(pick(3));
    SortUnique(f.languages);
    for (int s = pick(3); s > 0; --s) f.background.push_back({pick(2), pick(values)});
    SortUnique(f.background);
    f.text_doc = rng() % 4 ? in.corpus.Add(RandomText(rng)) : -1;
    f.utc_offsets = UtcOffsets::Fixed((pick(25) - 12) * 60);
    f.availability_hours = pick(12);
    f.accepts_external = pick(3) != 0;
    f.youth_cleared = pick(2);
    f.experience = 1 + pick(9) * 0.5;
    in.mentors.push_back(f);
  }
  in.corpus.Build();
  for (Criterion c : kAllCriteria) in.weights.Set(c, static_cast<Priority>(pick(5)));
  for (int b = pick(n + 1); b > 0; --b) in.blocked.insert({pick(n), pick(m)});
}

Ranked BruteForce(const Scorer& scorer, const Instance& in, int i, int k) {
  Ranked all;
  for (int j = 0; j < static_cast<int>(in.mentors.size()); ++j) {
    if (in.blocked.count({i, j})) continue;
    int s = scorer.Score(in.mentees[i], in.mentors[j]);
    if (s >= 0) all.push_back({s, j});
  }
  std::sort(all.begin(), all.end(), [](auto& a, auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (static_cast<int>(all.size()) > k) all.resize(k);
  return all;
}

TEST(CandidateIndexTest, MatchesAFullScanOnRandomInstances) {
  std::mt19937_64 rng(20261125);
  int64_t scored = 0, pairs = 0, settled_first = 0;
  for (int round = 0; round < 400; ++round) {
    Instance in;
    const int n = 1 + static_cast<int>(rng() % 30), m = 1 + static_cast<int>(rng() % 60);
    Fill(in, rng, n, m, 2 + static_cast<int>(rng() % 10));
    Scorer scorer(in.weights, &in.corpus);
    std::vector<const MentorFeatures*> ptrs;
    for (const auto& f : in.mentors) ptrs.push_back(&f);
    // Half the instances call features held by more than 0..9 mentors common, so the
    // selective first pass and its bounds are exercised too.
    const int64_t common = rng() % 2 ? -1 : static_cast<int64_t>(rng() % 10);
    CandidateIndex index(scorer, ptrs, {common, 0});
    CandidateIndex::Workspace ws(index);
    CandidateIndex::Stats stats;
    Ranked got;
    for (int i = 0; i < n; ++i) {
      const int k = 1 + static_cast<int>(rng() % 12);
      index.TopK(
          in.mentees[i], k,
          [&](int32_t j) {
            return in.blocked.count({i, j}) ? -1 : scorer.Score(in.mentees[i], in.mentors[j]);
          },
          ws, got, &stats);
      ASSERT_EQ(got, BruteForce(scorer, in, i, k)) << "round " << round << " mentee " << i;
    }
    scored += stats.scored;
    settled_first += stats.first_pass - stats.second_pass;
    pairs += static_cast<int64_t>(n) * m;
  }
  EXPECT_LT(scored, pairs);     // the bounds do prune
  EXPECT_GT(settled_first, 0);  // some mentees were settled by the selective pass alone
}

TEST(CandidateIndexTest, ScoresFewPairsWhenFeaturesAreSelective) {
  // 40 skills, each mentor teaches one; each mentee wants one. Skills are a must.
  Corpus corpus;
  std::vector<MenteeFeatures> mentees(200);
  std::vector<MentorFeatures> mentors(400);
  for (int j = 0; j < 400; ++j) {
    mentors[j].teach = {{j % 40, 5}};
    mentors[j].languages = {0};
    mentors[j].accepts_external = true;
  }
  for (int i = 0; i < 200; ++i) {
    mentees[i].learn = {{i % 40, 1, 3}};
    mentees[i].languages = {0};
  }
  CriteriaWeights w = CriteriaWeights::DefaultsFor("one_to_one");
  w.Set(Criterion::kSkills, Priority::kMust);
  Scorer scorer(w, &corpus);
  std::vector<const MentorFeatures*> ptrs;
  for (const auto& f : mentors) ptrs.push_back(&f);
  CandidateIndex index(scorer, ptrs);
  CandidateIndex::Workspace ws(index);
  CandidateIndex::Stats stats;
  Ranked got;
  for (int i = 0; i < 200; ++i) {
    index.TopK(
        mentees[i], 5, [&](int32_t j) { return scorer.Score(mentees[i], mentors[j]); }, ws, got,
        &stats);
    ASSERT_EQ(got.size(), 5u);
    for (const auto& [s, j] : got) EXPECT_EQ(j % 40, i % 40);
  }
  EXPECT_EQ(stats.touched, 200 * 10);  // only the 10 mentors teaching the skill
  EXPECT_LE(stats.scored, 200 * 10);
}

TEST(CandidateIndexTest, CappedPostingsListExactScoresOfFeasiblePairsOnly) {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 200; ++round) {
    Instance in;
    const int n = 1 + static_cast<int>(rng() % 20), m = 1 + static_cast<int>(rng() % 60);
    Fill(in, rng, n, m, 2 + static_cast<int>(rng() % 10));
    Scorer scorer(in.weights, &in.corpus);
    std::vector<const MentorFeatures*> ptrs;
    for (const auto& f : in.mentors) ptrs.push_back(&f);
    CandidateIndex index(scorer, ptrs, {-1, 1 + static_cast<int64_t>(rng() % 5)});
    CandidateIndex::Workspace ws(index);
    Ranked got;
    for (int i = 0; i < n; ++i) {
      const int k = 1 + static_cast<int>(rng() % 12);
      auto exact = [&](int32_t j) {
        return in.blocked.count({i, j}) ? -1 : scorer.Score(in.mentees[i], in.mentors[j]);
      };
      index.TopK(in.mentees[i], k, exact, ws, got);
      ASSERT_LE(static_cast<int>(got.size()), k);
      for (size_t t = 0; t < got.size(); ++t) {
        EXPECT_EQ(got[t].first, exact(got[t].second));  // exact, feasible, not blocked
        if (t > 0) {
          EXPECT_TRUE(got[t - 1].first > got[t].first ||
                      (got[t - 1].first == got[t].first && got[t - 1].second < got[t].second));
        }
      }
    }
  }
}

TEST(CandidateIndexTest, CappedPostingsKeepTheStrongestMentorsOfASkill) {
  // One skill taught by 50 mentors at levels 1..5; a cap of 10 keeps level-5 teachers.
  Corpus corpus;
  std::vector<MentorFeatures> mentors(50);
  for (int j = 0; j < 50; ++j) {
    mentors[j].teach = {{0, 1 + j % 5}};
    mentors[j].languages = {0};
  }
  MenteeFeatures mentee;
  mentee.learn = {{0, 1, 3}};
  mentee.languages = {0};
  CriteriaWeights w = CriteriaWeights::DefaultsFor("one_to_one");
  w.Set(Criterion::kSkills, Priority::kMust);
  Scorer scorer(w, &corpus);
  std::vector<const MentorFeatures*> ptrs;
  for (const auto& f : mentors) ptrs.push_back(&f);
  CandidateIndex index(scorer, ptrs, {-1, 10});
  CandidateIndex::Workspace ws(index);
  Ranked got;
  CandidateIndex::Stats stats;
  index.TopK(
      mentee, 5, [&](int32_t j) { return scorer.Score(mentee, mentors[j]); }, ws, got, &stats);
  EXPECT_EQ(stats.touched, 10);
  ASSERT_EQ(got.size(), 5u);
  for (const auto& [s, j] : got) EXPECT_EQ(mentors[j].teach[0].level, 5);
}

TEST(CandidateIndexTest, ZeroKKeepsNothing) {
  Corpus corpus;
  MentorFeatures mentor;
  MenteeFeatures mentee;
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &corpus);
  CandidateIndex index(scorer, {&mentor});
  CandidateIndex::Workspace ws(index);
  Ranked got = {{1, 1}};
  index.TopK(
      mentee, 0, [](int32_t) { return 5; }, ws, got);
  EXPECT_TRUE(got.empty());
}

}  // namespace
}  // namespace tandem::matching
