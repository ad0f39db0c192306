#include "matching/scoring/scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <random>

#include "matching/scoring/fit.h"

namespace tandem::matching {
namespace {

// Vocabulary ids used below.
enum Skill { kSql = 0, kPython = 1, kWriting = 2 };
enum Lang { kEn = 0, kEs = 1 };

Vocabulary Vocab() {
  Vocabulary v;
  v.skills = {"SQL", "Python", "Writing"};
  v.interests = {"robotics", "music", "chess"};
  v.languages = {"English", "Spanish"};
  v.background_fields = {"cultural background", "gender"};
  v.background_values = {"Mexican American", "woman", "man"};
  return v;
}

MenteeFeatures Mentee() {
  MenteeFeatures m;
  m.organisation = 1;
  m.learn = {{kSql, 1, 3}};
  m.interests = {0, 1};
  m.languages = {kEs};
  m.utc_offsets = UtcOffsets::Fixed(-6 * 60);
  m.availability_hours = 4;
  m.experience = 1;
  return m;
}

MentorFeatures Mentor() {
  MentorFeatures m;
  m.organisation = 1;
  m.teach = {{kSql, 4}};
  m.interests = {1};
  m.languages = {kEn, kEs};
  m.utc_offsets = UtcOffsets::Fixed(-6 * 60);
  m.availability_hours = 4;
  m.accepts_external = true;
  m.youth_cleared = true;
  m.experience = 4;
  return m;
}

TEST(ScorerTest, ScoreIsTheSumOfTheExplainedContributions) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  Vocabulary vocab = Vocab();
  Explanation e = scorer.Explain(Mentee(), Mentor(), vocab);
  ASSERT_TRUE(e.feasible);
  int sum = 0;
  for (const auto& c : e.contributions) sum += c.points;
  EXPECT_EQ(sum, e.total);
  EXPECT_EQ(scorer.Score(Mentee(), Mentor()), e.total);
  EXPECT_NE(e.Text().find("teaches SQL at level 4, you want level 3 (+"), std::string::npos)
      << e.Text();
  EXPECT_NE(e.Text().find("both speak Spanish"), std::string::npos) << e.Text();
  EXPECT_NE(e.Text().find("music"), std::string::npos) << e.Text();
}

// What is stored and sent: reason ids with their facts and points, the same for both readers.
TEST(ScorerTest, ReasonsAreIdsWithTheirFactsAndPoints) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  Explanation e = scorer.Explain(Mentee(), Mentor(), Vocab());
  std::map<std::string, Reason> by_id;
  int points = 0;
  for (const Reason& r : e.Reasons()) {
    by_id[r.id] = r;
    points += r.points;
  }
  EXPECT_EQ(points, e.ShownTotal());
  ASSERT_TRUE(by_id.count("skill_match"));
  EXPECT_EQ(by_id["skill_match"].params,
            (ReasonParams{{"skill", "SQL"}, {"mentor_level", 4LL}, {"target_level", 3LL}}));
  ASSERT_TRUE(by_id.count("shared_language"));
  EXPECT_EQ(by_id["shared_language"].params,
            (ReasonParams{{"languages", std::vector<std::string>{"Spanish"}}}));
  ASSERT_TRUE(by_id.count("shared_interests"));
  EXPECT_EQ(by_id["shared_interests"].params,
            (ReasonParams{{"interests", std::vector<std::string>{"music"}}}));
  for (const Contribution& c : e.contributions) EXPECT_EQ(c.reason.points, c.points);
}

TEST(ScorerTest, AMentorAboveTheTargetCoversTheGapBest) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MentorFeatures above = Mentor(), at = Mentor(), between = Mentor(), below = Mentor();
  above.teach = {{kSql, 5}};
  at.teach = {{kSql, 3}};
  between.teach = {{kSql, 2}};
  below.teach = {{kSql, 1}};
  int s_above = scorer.Score(Mentee(), above), s_at = scorer.Score(Mentee(), at),
      s_between = scorer.Score(Mentee(), between), s_below = scorer.Score(Mentee(), below);
  EXPECT_GT(s_above, s_at);
  EXPECT_GT(s_at, s_between);
  EXPECT_GT(s_between, s_below);
}

TEST(ScorerTest, NoSharedLanguageIsInfeasibleByDefault) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MentorFeatures m = Mentor();
  m.languages = {kEn};
  EXPECT_EQ(scorer.Score(Mentee(), m), kInfeasible);
  Explanation e = scorer.Explain(Mentee(), m, Vocab());
  EXPECT_FALSE(e.feasible);
  EXPECT_EQ(InfeasibilityId(e.infeasibility), std::string("no_shared_language"));
  EXPECT_TRUE(e.Reasons().empty());
  EXPECT_EQ(e.Text(), "no shared language");
  CriteriaWeights relaxed = CriteriaWeights::DefaultsFor("one_to_one");
  relaxed.Set(Criterion::kLanguage, Priority::kLow);
  EXPECT_GE(Scorer(relaxed, nullptr).Score(Mentee(), m), 0);
}

TEST(ScorerTest, MinorsNeedClearedMentorsWhateverTheWeights) {
  MenteeFeatures minor = Mentee();
  minor.is_minor = true;
  MentorFeatures m = Mentor();
  m.youth_cleared = false;
  CriteriaWeights w;
  for (Criterion c : kAllCriteria) w.Set(c, Priority::kIgnore);
  EXPECT_EQ(Scorer(w, nullptr).Score(minor, m), kInfeasible);
  m.youth_cleared = true;
  EXPECT_EQ(Scorer(w, nullptr).Score(minor, m), 0);
}

TEST(ScorerTest, ExternalMentorsMustConsent) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MentorFeatures m = Mentor();
  m.organisation = 2;
  m.accepts_external = false;
  EXPECT_EQ(scorer.Score(Mentee(), m), kInfeasible);
  m.accepts_external = true;
  MenteeFeatures wants = Mentee();
  wants.wants_outside = true;
  EXPECT_GT(scorer.Score(wants, m), scorer.Score(Mentee(), m));
}

TEST(ScorerTest, TextSimilarityRewardsSharedGoals) {
  Corpus corpus;
  int mentee_doc = corpus.Add("I want to become a product manager at a technology startup");
  int pm_doc = corpus.Add("Product manager for ten years; I mentor new product managers");
  int chef_doc = corpus.Add("Pastry chef who loves baking bread");
  corpus.Build();
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &corpus);
  MenteeFeatures me = Mentee();
  me.text_doc = mentee_doc;
  MentorFeatures pm = Mentor(), chef = Mentor();
  pm.text_doc = pm_doc;
  chef.text_doc = chef_doc;
  EXPECT_GT(scorer.Score(me, pm), scorer.Score(me, chef));
  Explanation e = scorer.Explain(me, pm, Vocab());
  EXPECT_NE(e.Text().find("similar goals (product"), std::string::npos) << e.Text();
}

TEST(ScorerTest, MustCriteriaFilter) {
  CriteriaWeights w = CriteriaWeights::DefaultsFor("one_to_one");
  w.Set(Criterion::kSkills, Priority::kMust);
  MentorFeatures m = Mentor();
  m.teach = {{kWriting, 5}};
  EXPECT_EQ(Scorer(w, nullptr).Score(Mentee(), m), kInfeasible);
}

// Background ids in Vocab().
constexpr BackgroundValue kMexicanAmerican{0, 0}, kWoman{1, 1}, kMan{1, 2};

bool Mentions(const Explanation& e, const std::string& text) {
  return e.Text().find(text) != std::string::npos;
}

TEST(ScorerTest, SharedBackgroundAndAStatedPreferenceEarnTheSameShareWithTheirOwnReasons) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MenteeFeatures me = Mentee();
  me.wishes = {{kMexicanAmerican, false}, {kWoman, true}};
  MentorFeatures both = Mentor(), culture = Mentor(), woman = Mentor(), man = Mentor();
  both.background = {kMexicanAmerican, kWoman};
  culture.background = {kMexicanAmerican};
  woman.background = {kWoman};
  man.background = {kMan};
  Explanation e = scorer.Explain(me, both, Vocab());
  EXPECT_TRUE(Mentions(e, "shares your background: cultural background Mexican American (+30)"))
      << e.Text();  // half of 30 base points x2 (medium)
  EXPECT_TRUE(Mentions(e, "matches your preferred mentor gender: woman (+30)")) << e.Text();
  EXPECT_EQ(scorer.Score(me, culture), scorer.Score(me, woman));
  EXPECT_EQ(scorer.Score(me, man) + 30, scorer.Score(me, woman));
  EXPECT_FALSE(Mentions(scorer.Explain(me, man, Vocab()), "gender"));
}

TEST(ScorerTest, UnderMustEveryStatedPreferenceHasToBeMet) {
  CriteriaWeights w = CriteriaWeights::DefaultsFor("one_to_one");
  w.Set(Criterion::kBackground, Priority::kMust);
  Scorer scorer(w, nullptr);
  MenteeFeatures me = Mentee();
  me.wishes = {{kMexicanAmerican, false}, {kWoman, true}};
  MentorFeatures culture = Mentor(), woman = Mentor();
  culture.background = {kMexicanAmerican};
  woman.background = {kWoman};
  // Sharing the cultural background does not make up for a missed preference.
  EXPECT_EQ(scorer.Score(me, culture), kInfeasible);
  EXPECT_EQ(scorer.Explain(me, culture, Vocab()).Text(),
            "does not match the mentor preference you stated");
  EXPECT_GT(scorer.Score(me, woman), 0);
  // Without a preference, one shared answer of any kind is enough, as before.
  me.wishes = {{kMexicanAmerican, false}, {kWoman, false}};
  EXPECT_GT(scorer.Score(me, culture), 0);
  EXPECT_EQ(scorer.Explain(me, Mentor(), Vocab()).Text(),
            "shares none of the background you asked for");
  // A preference weighs nothing, and filters nothing, when background is ignored.
  w.Set(Criterion::kBackground, Priority::kIgnore);
  me.wishes = {{kWoman, true}};
  EXPECT_EQ(Scorer(w, nullptr).Score(me, Mentor()), Scorer(w, nullptr).Score(me, woman));
}

// A background match either side keeps from participants earns its points (below "must")
// but is never named, and the shown total leaves its points out, from both sides.
TEST(ScorerTest, HiddenBackgroundCountsButIsNeverNamedNorShown) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MenteeFeatures me = Mentee();
  me.wishes = {{kMexicanAmerican, false}, {kWoman, true}};
  MentorFeatures open = Mentor(), kept = Mentor();
  open.background = kept.background = {kMexicanAmerican, kWoman};
  kept.background_hidden = {kMexicanAmerican, kWoman};  // the mentor's "matching" answers
  EXPECT_EQ(scorer.Score(me, open), scorer.Score(me, kept)) << "they still count";
  for (Perspective side : {Perspective::kMentee, Perspective::kMentor}) {
    Explanation shown = scorer.Explain(me, open, Vocab());
    Explanation hidden = scorer.Explain(me, kept, Vocab());
    EXPECT_EQ(hidden.total, scorer.Score(me, kept));
    EXPECT_EQ(shown.ShownTotal(), shown.total);
    EXPECT_EQ(hidden.ShownTotal() + 60, hidden.total) << "two shares of 30 left unnamed";
    for (const char* word : {"Mexican", "woman", "background", "gender"}) {
      EXPECT_NE(shown.Text(side).find(word), std::string::npos) << word << " in " << shown.Text(side);
      EXPECT_EQ(hidden.Text(side).find(word), std::string::npos) << word << " in " << hidden.Text(side);
    }
    int named = 0;
    for (const auto& c : hidden.contributions) {
      if (c.hidden) EXPECT_TRUE(c.reason.id.empty() && c.reason.params.empty());
      else named += c.points;
    }
    EXPECT_EQ(named, hidden.ShownTotal());
  }
  // The mentee's own answer kept from participants: the mentor is not told either.
  me.wishes = {{kMexicanAmerican, false, /*shown=*/false}};
  Explanation to_mentor = scorer.Explain(me, open, Vocab());
  EXPECT_EQ(to_mentor.Text(Perspective::kMentor).find("Mexican"), std::string::npos) << to_mentor.Text(Perspective::kMentor);
  EXPECT_EQ(to_mentor.ShownTotal() + 60, to_mentor.total) << "the whole share of one wish";
}

TEST(ScorerTest, AHiddenMatchNeverSatisfiesAMustCriterion) {
  CriteriaWeights w = CriteriaWeights::DefaultsFor("one_to_one");
  w.Set(Criterion::kBackground, Priority::kMust);
  Scorer scorer(w, nullptr);
  MenteeFeatures me = Mentee();
  me.wishes = {{kWoman, true}};
  MentorFeatures open = Mentor(), kept = Mentor();
  open.background = kept.background = {kWoman};
  kept.background_hidden = {kWoman};
  EXPECT_GT(scorer.Score(me, open), 0);
  // Feasibility must not reveal what nobody may be told: the kept answer is as good as none.
  EXPECT_EQ(scorer.Score(me, kept), kInfeasible);
  EXPECT_EQ(scorer.Score(me, kept), scorer.Score(me, Mentor()));
  me.wishes = {{kMexicanAmerican, false, /*shown=*/false}};
  open.background = {kMexicanAmerican};
  EXPECT_EQ(scorer.Score(me, open), kInfeasible);
}

TEST(ScorerTest, RandomPairsAgreeBetweenScoreAndExplain) {
  std::mt19937_64 rng(7);
  Scorer scorer(CriteriaWeights::DefaultsFor("group"), nullptr);
  Vocabulary vocab = Vocab();
  for (int i = 0; i < 500; ++i) {
    MenteeFeatures me = Mentee();
    MentorFeatures mr = Mentor();
    me.is_minor = rng() % 2;
    mr.youth_cleared = rng() % 2;
    mr.organisation = 1 + rng() % 2;
    mr.accepts_external = rng() % 2;
    mr.teach = {{kSql, 1 + static_cast<int>(rng() % 5)}};
    mr.languages = rng() % 3 ? std::vector<int>{kEs} : std::vector<int>{kEn};
    mr.utc_offsets = UtcOffsets::Fixed((static_cast<int>(rng() % 25) - 12) * 60);
    mr.availability_hours = rng() % 10;
    me.wishes.clear();
    if (rng() % 2) me.wishes.push_back({kMexicanAmerican, false});
    if (rng() % 2) me.wishes.push_back({rng() % 2 ? kWoman : kMan, true});
    mr.background.clear();
    if (rng() % 2) mr.background.push_back(kMexicanAmerican);
    if (rng() % 2) mr.background.push_back(rng() % 2 ? kWoman : kMan);
    std::sort(mr.background.begin(), mr.background.end());
    mr.background_hidden.clear();
    for (const auto& b : mr.background)
      if (rng() % 3 == 0) mr.background_hidden.push_back(b);
    Explanation e = scorer.Explain(me, mr, vocab);
    EXPECT_EQ(scorer.Score(me, mr), e.feasible ? e.total : kInfeasible);
    EXPECT_LE(e.ShownTotal(), e.total);
    if (me.is_minor && !mr.youth_cleared) {
      EXPECT_FALSE(e.feasible);
    }
  }
}

// Both sides of a pair must read the same numbers: only the words may differ.
void ExpectSameNumbers(const Explanation& mentee_side, const Explanation& mentor_side) {
  EXPECT_EQ(mentee_side.feasible, mentor_side.feasible);
  EXPECT_EQ(mentee_side.total, mentor_side.total);
  ASSERT_EQ(mentee_side.contributions.size(), mentor_side.contributions.size())
      << mentee_side.Text() << " | " << mentor_side.Text(Perspective::kMentor);
  for (size_t k = 0; k < mentee_side.contributions.size(); ++k) {
    EXPECT_EQ(mentee_side.contributions[k].criterion, mentor_side.contributions[k].criterion);
    EXPECT_EQ(mentee_side.contributions[k].points, mentor_side.contributions[k].points);
  }
}

// Phrases that only make sense to the other reader.
void ExpectNoneOf(const std::string& text, std::initializer_list<const char*> phrases) {
  for (const char* phrase : phrases)
    EXPECT_EQ(text.find(phrase), std::string::npos) << "'" << phrase << "' in: " << text;
}
const auto kMenteeVoice = {"you want", "you asked", "ahead of you", "your background",
                           "this mentor", "available "};
const auto kMentorVoice = {"you teach", "they ask", "they want", "you are", "you have",
                           "you offer"};

// Each criterion's reason in the English of the command line, as `p` reads it.
std::map<Criterion, std::string> ReasonsByCriterion(const Explanation& e,
                                                    Perspective p = Perspective::kMentee) {
  std::map<Criterion, std::string> out;
  for (const Contribution& c : e.contributions) out[c.criterion] = EnglishReason(c.reason, p);
  return out;
}

// A pair that earns points on every criterion, so every reason is worded.
TEST(ScorerTest, TheMentorReadsTheSameReasonsInTheirOwnWords) {
  Corpus corpus;
  int mentee_doc = corpus.Add("I want to become a product manager at a technology startup");
  int mentor_doc = corpus.Add("Product manager for ten years; I mentor new product managers");
  corpus.Build();
  CriteriaWeights weights;
  for (Criterion c : kAllCriteria) weights.Set(c, Priority::kHigh);
  Scorer scorer(weights, &corpus);
  MenteeFeatures me = Mentee();
  me.interests = {1, 2};
  me.wishes = {{0, 0}};
  me.text_doc = mentee_doc;
  me.availability_hours = 6;
  me.wants_outside = true;
  MentorFeatures mr = Mentor();
  mr.organisation = 2;
  mr.interests = {1, 2};
  mr.background = {{0, 0}};
  mr.text_doc = mentor_doc;
  mr.utc_offsets = UtcOffsets::Fixed(-3 * 60);

  Explanation mentee_side = scorer.Explain(me, mr, Vocab());
  Explanation mentor_side = scorer.Explain(me, mr, Vocab());
  ASSERT_TRUE(mentor_side.feasible) << mentor_side.Text(Perspective::kMentor);
  ASSERT_EQ(mentor_side.contributions.size(), static_cast<size_t>(kNumCriteria))
      << mentor_side.Text(Perspective::kMentor);
  ExpectSameNumbers(mentee_side, mentor_side);
  EXPECT_EQ(mentor_side.total, scorer.Score(me, mr));

  auto mentor = ReasonsByCriterion(mentor_side, Perspective::kMentor);
  EXPECT_EQ(mentor[Criterion::kSkills], "wants to learn SQL to level 3, you teach it at level 4");
  EXPECT_EQ(mentor[Criterion::kInterests], "shares your interest in music, chess");
  EXPECT_EQ(mentor[Criterion::kLanguage], "both speak Spanish");
  EXPECT_EQ(mentor[Criterion::kBackground],
            "you have the background they asked for: cultural background Mexican American");
  EXPECT_EQ(mentor[Criterion::kTimeZone], "3 h time difference");
  EXPECT_EQ(mentor[Criterion::kAvailability], "they ask for 6 h a month, you offer 4");
  EXPECT_EQ(mentor[Criterion::kOutside], "you are from outside their organisation, as they asked");
  EXPECT_EQ(mentor[Criterion::kExperienceGap], "you are a few steps ahead in experience");
  EXPECT_EQ(mentor[Criterion::kGoals].rfind("similar goals (product", 0), 0u)
      << mentor[Criterion::kGoals];
  ExpectNoneOf(mentor_side.Text(Perspective::kMentor), kMenteeVoice);

  // The mentee's words are unchanged.
  auto mentee = ReasonsByCriterion(mentee_side);
  EXPECT_EQ(mentee[Criterion::kSkills], "teaches SQL at level 4, you want level 3");
  EXPECT_EQ(mentee[Criterion::kBackground],
            "shares your background: cultural background Mexican American");
  EXPECT_EQ(mentee[Criterion::kAvailability], "available 4 h a month");
  EXPECT_EQ(mentee[Criterion::kOutside], "from outside your organisation, as you asked");
  EXPECT_EQ(mentee[Criterion::kExperienceGap], "a few steps ahead of you in experience");
  EXPECT_EQ(mentee[Criterion::kGoals], mentor[Criterion::kGoals]);
  ExpectNoneOf(mentee_side.Text(), kMentorVoice);
}

TEST(ScorerTest, AMentorWhoseMenteeGaveNoHoursReadsOnlyTheirOffer) {
  CriteriaWeights weights = CriteriaWeights::DefaultsFor("one_to_one");
  weights.Set(Criterion::kAvailability, Priority::kHigh);
  MenteeFeatures me = Mentee();
  me.availability_hours = 0;
  Explanation e = Scorer(weights, nullptr).Explain(me, Mentor(), Vocab());
  EXPECT_EQ(ReasonsByCriterion(e, Perspective::kMentor)[Criterion::kAvailability],
            "you offer 4 h a month");
}

TEST(ScorerTest, InfeasiblePairsAreExplainedToTheMentorToo) {
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), nullptr);
  MenteeFeatures minor = Mentee();
  minor.is_minor = true;
  MentorFeatures uncleared = Mentor();
  uncleared.youth_cleared = false;
  EXPECT_EQ(scorer.Explain(minor, uncleared, Vocab()).Text(Perspective::kMentor),
            "you have not completed screening and training for youth programs");
  MentorFeatures internal = Mentor();
  internal.organisation = 2;
  internal.accepts_external = false;
  EXPECT_EQ(scorer.Explain(Mentee(), internal, Vocab()).Text(Perspective::kMentor),
            "you only mentor within your own organisation");
  EXPECT_EQ(scorer.Explain(Mentee(), internal, Vocab()).Text(),
            "this mentor only mentors within their own organisation");

  CriteriaWeights must = CriteriaWeights::DefaultsFor("one_to_one");
  must.Set(Criterion::kSkills, Priority::kMust);
  must.Set(Criterion::kOutside, Priority::kMust);
  MentorFeatures writer = Mentor();
  writer.teach = {{kWriting, 5}};
  EXPECT_EQ(Scorer(must, nullptr).Explain(Mentee(), writer, Vocab()).Text(Perspective::kMentor),
            "you teach none of the skills they want");
  MenteeFeatures outside = Mentee();
  outside.wants_outside = true;
  EXPECT_EQ(Scorer(must, nullptr).Explain(outside, Mentor(), Vocab()).Text(Perspective::kMentor),
            "they asked for a mentor from outside their organisation, and you are in it");
  EXPECT_EQ(Scorer(must, nullptr).Explain(outside, Mentor(), Vocab()).Text(),
            "from your own organisation");
}

TEST(ScorerTest, RandomPairsReadTheSameNumbersFromBothSides) {
  Corpus corpus;
  for (const char* t : {"data analyst career in health data", "product manager startup growth",
                        "nurse health community care", "software engineer data platform"})
    corpus.Add(t);
  corpus.Build();
  std::mt19937_64 rng(2024);
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  auto some = [&](int n) {
    std::vector<int> v;
    for (int id = 0; id < n; ++id)
      if (pick(2)) v.push_back(id);
    return v;
  };
  const Vocabulary vocab = Vocab();
  int feasible = 0;
  for (int round = 0; round < 2000; ++round) {
    CriteriaWeights weights;
    for (Criterion c : kAllCriteria) weights.Set(c, static_cast<Priority>(pick(5)));
    Scorer scorer(weights, &corpus);
    MenteeFeatures me;
    MentorFeatures mr;
    me.organisation = 1 + pick(2);
    mr.organisation = 1 + pick(2);
    for (int skill : some(3)) {
      int current = 1 + pick(3);
      me.learn.push_back({skill, current, current + 1 + pick(5 - current)});
    }
    for (int skill : some(3)) mr.teach.push_back({skill, 1 + pick(5)});
    me.interests = some(3);
    mr.interests = some(3);
    me.languages = some(2);
    mr.languages = some(2);
    if (pick(2)) me.wishes = {{0, 0}};
    if (pick(2)) mr.background = {{0, 0}};
    me.text_doc = pick(5) - 1;
    mr.text_doc = pick(5) - 1;
    me.utc_offsets = UtcOffsets::Fixed((pick(25) - 12) * 60 + 30 * pick(2));
    mr.utc_offsets = UtcOffsets::Fixed((pick(25) - 12) * 60);
    me.availability_hours = pick(10);
    mr.availability_hours = pick(10);
    me.wants_outside = pick(2);
    mr.accepts_external = pick(2);
    me.is_minor = pick(4) == 0;
    mr.youth_cleared = pick(2);
    me.experience = 1 + pick(5);
    mr.experience = 1 + pick(5);

    Explanation mentee_side = scorer.Explain(me, mr, vocab);
    Explanation mentor_side = scorer.Explain(me, mr, vocab);
    ExpectSameNumbers(mentee_side, mentor_side);
    EXPECT_EQ(scorer.Score(me, mr), mentor_side.feasible ? mentor_side.total : kInfeasible);
    ExpectNoneOf(mentor_side.Text(Perspective::kMentor), kMenteeVoice);
    ExpectNoneOf(mentee_side.Text(), kMentorVoice);
    feasible += mentor_side.feasible;
    if (HasFailure()) break;
  }
  // Both outcomes were exercised.
  EXPECT_GT(feasible, 100);
  EXPECT_LT(feasible, 1900);
}

TEST(TextSimilarityTest, ExplanationsUseTheFirstSpellingOfAStem) {
  Corpus corpus;
  corpus.Add("Product managers wanted");
  corpus.Add("I studied management");
  corpus.Build();
  std::vector<std::string> words;
  for (size_t t = 0; t < corpus.num_terms(); ++t) words.push_back(corpus.Word(static_cast<int>(t)));
  EXPECT_EQ(words, (std::vector<std::string>{"product", "managers", "wanted", "studied"}));
  EXPECT_EQ(corpus.Term(1), "manag");  // "management" shares the term
}

TEST(ScorerTest, TimeZonesCountBothInstants) {
  CriteriaWeights w;
  w.Set(Criterion::kTimeZone, Priority::kHigh);
  Scorer scorer(w, nullptr);
  auto time_zone = [&](UtcOffsets mentee, UtcOffsets mentor) {
    MenteeFeatures me = Mentee();
    me.utc_offsets = mentee;
    MentorFeatures mr = Mentor();
    mr.utc_offsets = mentor;
    Explanation e = scorer.Explain(me, mr, Vocab());
    EXPECT_EQ(e.total, scorer.Score(me, mr));
    return std::make_pair(e.total, ReasonsByCriterion(e)[Criterion::kTimeZone]);
  };
  // A London mentee and a New York mentor, as offsets on 15 January and half a year later
  // (both on summer time then), and on 20 March (only New York on summer time) and in September.
  const auto january = time_zone({0, 60}, {-300, -240});
  const auto march = time_zone({0, 60}, {-240, -240});
  EXPECT_EQ(january.second, "5 h time difference");
  EXPECT_EQ(march.second, "4-5 h time difference");
  EXPECT_GT(march.first, january.first);  // an hour more of shared waking time, half the year
  EXPECT_EQ(january, time_zone(UtcOffsets::Fixed(0), UtcOffsets::Fixed(-300)));
  // Kathmandu (+5:45, no DST) and London; clocks wrap around the day (+14 and -10 agree).
  EXPECT_EQ(time_zone(UtcOffsets::Fixed(345), {0, 60}).second, "4.75-5.75 h time difference");
  EXPECT_EQ(time_zone(UtcOffsets::Fixed(14 * 60), UtcOffsets::Fixed(-10 * 60)).second,
            "same time zone");
}

TEST(FitTest, SharesOfTheMaximumInPlainWords) {
  EXPECT_EQ(FitOf(60, 100), Fit::kExcellent);
  EXPECT_EQ(FitOf(59, 100), Fit::kStrong);
  EXPECT_EQ(FitOf(45, 100), Fit::kStrong);
  EXPECT_EQ(FitOf(44, 100), Fit::kGood);
  EXPECT_EQ(FitOf(30, 100), Fit::kGood);
  EXPECT_EQ(FitOf(29, 100), Fit::kFair);
  EXPECT_EQ(FitOf(0, 100), Fit::kFair);
  EXPECT_EQ(FitOf(10, 0), Fit::kFair);
  EXPECT_EQ(FitOf(120, 100), Fit::kExcellent);
  EXPECT_EQ(FitName(Fit::kStrong), "strong");
}

TEST(FitTest, TheMaximumCountsOnlyWhatTheMenteeGaveSomethingFor) {
  const CriteriaWeights weights = CriteriaWeights::DefaultsFor("one_to_one");
  MenteeFeatures bare;  // no skills, interests, wishes, text or languages; no outside wish
  MenteeFeatures full = Mentee();
  full.learn = {{0, 1, 3}};
  full.interests = {0};
  full.languages = {0};
  full.wants_outside = true;
  const int bare_max = MaxScoreFor(weights, nullptr, bare);
  const int full_max = MaxScoreFor(weights, nullptr, full);
  EXPECT_GT(bare_max, 0);  // time zone, availability and experience always apply
  EXPECT_GT(full_max, bare_max);
  // No pair scores above the maximum.
  Scorer scorer(weights, nullptr);
  MentorFeatures m = Mentor();
  EXPECT_LE(scorer.Score(full, m), full_max);
}

// Issue 9, point 5: an explanation names only words that tell the reader something.
}  // namespace
}  // namespace tandem::matching

namespace tandem::matching {
namespace {

TEST(ScorerTest, DenseTextPathIsBitIdentical) {
  Corpus corpus;
  const char* texts[] = {"data analyst career in health data", "product manager startup growth",
                         "nurse health community care", "software engineer data platform",
                         "teacher community writing", "analyst health research data science"};
  for (const char* t : texts) corpus.Add(t);
  corpus.Build();
  Scorer scorer(CriteriaWeights::DefaultsFor("one_to_one"), &corpus);
  std::vector<float> dense;
  for (int a = 0; a < 6; ++a) {
    MenteeFeatures me = Mentee();
    me.text_doc = a;
    const float* text = scorer.ScatterText(me, dense);
    for (int b = 0; b < 6; ++b) {
      MentorFeatures mr = Mentor();
      mr.text_doc = b;
      EXPECT_EQ(scorer.ScoreWithDenseText(me, mr, text), scorer.Score(me, mr));
    }
    scorer.ClearText(me, dense);
    for (float v : dense) EXPECT_EQ(v, 0.0f);
  }
}

}  // namespace
}  // namespace tandem::matching
