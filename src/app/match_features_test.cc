// BuildMatchFeatures is pure, so these tests build participants in memory and read the
// features (and the scorer's explanations of them) directly.
#include "app/match_features.h"

#include <gtest/gtest.h>

#include <tuple>

namespace tandem::app {
namespace {

using domain::Visibility;

constexpr Millis kNow = 1800014400000;      // 2027-01-15T12:00:00Z
constexpr Millis kMarch20 = 1805544000000;  // 2027-03-20T12:00:00Z

Participant Person(std::vector<domain::BackgroundEntry> background,
                   std::string preferred_mentor_gender = "") {
  Participant p;
  p.profile.languages = {"en"};
  p.profile.background = std::move(background);
  p.profile.mentee.preferred_mentor_gender = std::move(preferred_mentor_gender);
  p.profile.mentor.accepts_external_mentees = true;
  return p;
}

// The scorer's explanation of each mentee/mentor pair, mentees in rows.
std::vector<std::vector<std::string>> Explanations(const std::vector<Participant>& mentees,
                                                   const std::vector<Participant>& mentors,
                                                   const std::string& background_priority) {
  domain::MatchingSettings settings;
  settings.priorities = {{"background", background_priority}};
  MatchFeatures f = BuildMatchFeatures("org", mentees, mentors, settings, kNow);
  matching::Scorer scorer(WeightsFor("one_to_one", settings), f.corpus.get());
  std::vector<std::vector<std::string>> out;
  for (const auto& me : f.mentees) {
    out.emplace_back();
    for (const auto& mr : f.mentors) out.back().push_back(scorer.Explain(me, mr, f.vocab).Text());
  }
  return out;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MatchFeaturesTest, SpanishGoalsMatchAfterStemmingAsEnglishOnesDo) {
  // No word in common: "programación"/"programar" and "desarrollo"/"desarrolladora" meet only
  // as Spanish stems. A third person's English goal meets the mentee's Spanish one too.
  auto person = [](std::vector<std::string> languages, std::string goal) {
    Participant p = Person({});
    p.profile.languages = std::move(languages);
    p.profile.goals = {{std::move(goal), {}}};
    return p;
  };
  const Participant mentee = person({"es"}, "Quiero aprender programación y desarrollo web");
  const Participant spanish = person({"es", "en"}, "Enseño a programar; soy desarrolladora");
  const Participant english = person({"en"}, "I teach programming");
  const Participant unrelated = person({"es"}, "Cocina y jardinería");
  domain::MatchingSettings settings;
  MatchFeatures f =
      BuildMatchFeatures("org", {mentee}, {spanish, english, unrelated}, settings, kNow);
  matching::Scorer scorer(WeightsFor("one_to_one", settings), f.corpus.get());
  auto goals = [&](int mentor) {
    auto e = scorer.Explain(f.mentees[0], f.mentors[mentor], f.vocab);
    for (const auto& c : e.contributions)
      if (c.criterion == matching::Criterion::kGoals)
        return std::make_pair(c.points, matching::EnglishReason(c.reason, matching::Perspective::kMentee));
    return std::make_pair(0, std::string());
  };
  EXPECT_GT(goals(0).first, 0);
  EXPECT_TRUE(Has(goals(0).second, "programación")) << goals(0).second;
  EXPECT_TRUE(Has(goals(0).second, "desarrollo")) << goals(0).second;
  // English "programming" and Spanish "programación" share the stem "program".
  const auto& corpus = *f.corpus;
  EXPECT_GT(matching::Cosine(corpus.Vector(f.mentees[0].text_doc),
                             corpus.Vector(f.mentors[1].text_doc)),
            0.0f);
  EXPECT_EQ(goals(2).first, 0);
  EXPECT_EQ(matching::Cosine(corpus.Vector(f.mentees[0].text_doc),
                             corpus.Vector(f.mentors[2].text_doc)),
            0.0f);
}

TEST(MatchFeaturesTest, TimeZoneOffsetsFollowDaylightSavingFromTheCallersInstant) {
  Participant london = Person({}), new_york = Person({});
  london.profile.time_zone = "Europe/London";
  new_york.profile.time_zone = "America/New_York";
  domain::MatchingSettings settings;
  auto time_zone_reason = [&](Millis now) {
    MatchFeatures f = BuildMatchFeatures("org", {london}, {new_york}, settings, now);
    matching::Scorer scorer(WeightsFor("one_to_one", settings), f.corpus.get());
    const std::string text = scorer.Explain(f.mentees[0], f.mentors[0], f.vocab).Text();
    return std::make_tuple(f.mentees[0].utc_offsets, f.mentors[0].utc_offsets, text);
  };
  // January and July: 5 h apart both times. From 20 March (New York already on summer time,
  // London not yet) and September: 4 h, then 5 h.
  const auto [london_jan, new_york_jan, january] = time_zone_reason(kNow);
  EXPECT_EQ(london_jan, (matching::UtcOffsets{0, 60}));
  EXPECT_EQ(new_york_jan, (matching::UtcOffsets{-300, -240}));
  EXPECT_TRUE(Has(january, "5 h time difference")) << january;
  const auto [london_mar, new_york_mar, march] = time_zone_reason(kMarch20);
  EXPECT_EQ(london_mar, (matching::UtcOffsets{0, 60}));
  EXPECT_EQ(new_york_mar, (matching::UtcOffsets{-240, -240}));
  EXPECT_TRUE(Has(march, "4-5 h time difference")) << march;
  EXPECT_EQ(OffsetsOf("Asia/Tokyo", kNow), matching::UtcOffsets::Fixed(9 * 60));
  EXPECT_EQ(OffsetsOf("Nowhere/Atlantis", kNow), matching::UtcOffsets::Fixed(0));
}

TEST(MatchFeaturesTest, AMenteesOwnAnswersAreWishesForAMentorWhoSharesThem) {
  auto e = Explanations({Person({{"gender", "woman", Visibility::kParticipants},
                                 {"first_generation", "yes", Visibility::kParticipants}})},
                        {Person({{"gender", "Woman", Visibility::kParticipants},
                                 {"first_generation", "yes", Visibility::kParticipants}})},
                        "medium");
  EXPECT_TRUE(Has(e[0][0], "shares your background: gender woman")) << e[0][0];
  EXPECT_TRUE(Has(e[0][0], "shares your background: first generation yes")) << e[0][0];
}

// Every visibility on either side, both wordings: only an answer both people show to
// participants is named; matching and coordinators answers count in a round's score but are
// never named and never in the shown score; private ones do nothing.
TEST(MatchFeaturesTest, OnlyAnswersBothSidesShowToParticipantsAreNamed) {
  const Visibility all[] = {Visibility::kPrivate, Visibility::kMatching,
                            Visibility::kCoordinators, Visibility::kParticipants};
  domain::MatchingSettings settings;
  settings.priorities = {{"background", "medium"}};
  for (Visibility mine : all) {
    for (Visibility theirs : all) {
      std::vector<Participant> mentees = {Person({{"cultural_background", "Hmong", mine}})};
      std::vector<Participant> mentors = {Person({{"cultural_background", "Hmong", theirs}})};
      const bool named = mine == Visibility::kParticipants && theirs == Visibility::kParticipants;
      const bool counts = mine != Visibility::kPrivate && theirs != Visibility::kPrivate;
      std::string label = std::string(domain::VisibilityName(mine)) + "/" +
                          std::string(domain::VisibilityName(theirs));
      // A match round (everything matching may use).
      MatchFeatures f = BuildMatchFeatures("org", mentees, mentors, settings, kNow);
      matching::Scorer scorer(WeightsFor("one_to_one", settings), f.corpus.get());
      MatchFeatures plain = BuildMatchFeatures("org", {Person({})}, {Person({})}, settings, kNow);
      const int base = scorer.Score(plain.mentees[0], plain.mentors[0]);
      PairExplanations texts = ExplainPair(scorer, f, 0, 0);
      for (auto side : {matching::Perspective::kMentee, matching::Perspective::kMentor}) {
        const std::string text = matching::EnglishReasons(texts.reasons, side);
        EXPECT_EQ(Has(text, "Hmong"), named) << label << ": " << text;
      }
      EXPECT_EQ(scorer.Score(f.mentees[0], f.mentors[0]) > base, counts) << label;
      EXPECT_EQ(texts.shown_score > base, named) << label << " shown score";
      // Self-service (what a participant drives and watches): only what both show counts.
      MatchFeatures self =
          BuildMatchFeatures("org", mentees, mentors, settings, kNow, Disclosure::kParticipants);
      EXPECT_EQ(scorer.Score(self.mentees[0], self.mentors[0]) > base, named) << label;
      PairExplanations self_texts = ExplainPair(scorer, self, 0, 0);
      EXPECT_EQ(self_texts.shown_score, scorer.Score(self.mentees[0], self.mentors[0])) << label;
    }
  }
}

TEST(MatchFeaturesTest, APreferredGenderMatchesTheMentorsSharedGenderIgnoringCase) {
  std::vector<Participant> mentors = {
      Person({{"gender", "Man", Visibility::kParticipants}}),
      Person({{"gender", "man", Visibility::kPrivate}}),  // kept private: never matches
      Person({{"gender", "woman", Visibility::kParticipants}}),
      Person({}),
      Person({{"gender", "man", Visibility::kMatching}})};  // counts, never named
  // She is a woman who would prefer a man: her own gender must not pull toward women.
  auto e = Explanations({Person({{"gender", "woman", Visibility::kParticipants}}, "man")},
                        mentors, "medium");
  EXPECT_TRUE(Has(e[0][0], "matches your preferred mentor gender: man")) << e[0][0];
  for (int m : {1, 2, 3, 4}) EXPECT_FALSE(Has(e[0][m], "gender")) << m << ": " << e[0][m];
}

TEST(MatchFeaturesTest, UnderMustAMenteeWithAPreferenceOnlyGetsMentorsWhoMeetIt) {
  std::vector<Participant> mentors = {
      Person({{"gender", "non-binary", Visibility::kParticipants},
              {"cultural_background", "Filipino American", Visibility::kParticipants}}),
      Person({{"gender", "woman", Visibility::kParticipants},
              {"cultural_background", "Filipino American", Visibility::kParticipants}}),
      Person({{"gender", "Non-Binary", Visibility::kPrivate}}),
      Person({{"gender", "non-binary", Visibility::kMatching},
              {"cultural_background", "Filipino American", Visibility::kMatching}})};
  auto e = Explanations(
      {Person({{"cultural_background", "Filipino American", Visibility::kParticipants}},
              "Non-binary"),
       Person({{"cultural_background", "Filipino American", Visibility::kParticipants}})},
      mentors, "must");
  EXPECT_TRUE(Has(e[0][0], "matches your preferred mentor gender: Non-binary")) << e[0][0];
  EXPECT_EQ(e[0][1], "does not match the mentor preference you stated");
  EXPECT_EQ(e[0][2], "does not match the mentor preference you stated");
  // An answer nobody may be told cannot meet a "must": whether the pair is possible would
  // tell it.
  EXPECT_EQ(e[0][3], "does not match the mentor preference you stated");
  // Without a preference the shared culture is enough, as before.
  EXPECT_TRUE(Has(e[1][1], "shares your background: cultural background Filipino American"))
      << e[1][1];
  EXPECT_EQ(e[1][2], "shares none of the background you asked for");
  EXPECT_EQ(e[1][3], "shares none of the background you asked for");
}

}  // namespace
}  // namespace tandem::app
