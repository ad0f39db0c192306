// BuildMatchFeatures is pure, so these tests build participants in memory and read the
// features (and the scorer's explanations of them) directly.
#include "app/match_features.h"

#include <gtest/gtest.h>

namespace tandem::app {
namespace {

using domain::Visibility;

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
  MatchFeatures f = BuildMatchFeatures("org", mentees, mentors, settings);
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

TEST(MatchFeaturesTest, AMenteesOwnAnswersAreWishesForAMentorWhoSharesThem) {
  auto e = Explanations({Person({{"gender", "woman", Visibility::kMatching},
                                 {"first_generation", "yes", Visibility::kCoordinators}})},
                        {Person({{"gender", "Woman", Visibility::kParticipants},
                                 {"first_generation", "yes", Visibility::kMatching}})},
                        "medium");
  EXPECT_TRUE(Has(e[0][0], "shares your background: gender woman")) << e[0][0];
  EXPECT_TRUE(Has(e[0][0], "shares your background: first generation yes")) << e[0][0];
}

TEST(MatchFeaturesTest, APreferredGenderMatchesTheMentorsSharedGenderIgnoringCase) {
  std::vector<Participant> mentors = {
      Person({{"gender", "Man", Visibility::kMatching}}),
      Person({{"gender", "man", Visibility::kPrivate}}),  // kept private: never matches
      Person({{"gender", "woman", Visibility::kMatching}}),
      Person({})};
  // She is a woman who would prefer a man: her own gender must not pull toward women.
  auto e = Explanations({Person({{"gender", "woman", Visibility::kMatching}}, "man")}, mentors,
                        "medium");
  EXPECT_TRUE(Has(e[0][0], "matches your preferred mentor gender: man")) << e[0][0];
  for (int m : {1, 2, 3}) EXPECT_FALSE(Has(e[0][m], "gender")) << m << ": " << e[0][m];
}

TEST(MatchFeaturesTest, UnderMustAMenteeWithAPreferenceOnlyGetsMentorsWhoMeetIt) {
  std::vector<Participant> mentors = {
      Person({{"gender", "non-binary", Visibility::kCoordinators},
              {"cultural_background", "Filipino American", Visibility::kMatching}}),
      Person({{"gender", "woman", Visibility::kMatching},
              {"cultural_background", "Filipino American", Visibility::kMatching}}),
      Person({{"gender", "Non-Binary", Visibility::kPrivate}})};
  auto e = Explanations(
      {Person({{"cultural_background", "Filipino American", Visibility::kMatching}},
              "Non-binary"),
       Person({{"cultural_background", "Filipino American", Visibility::kMatching}})},
      mentors, "must");
  EXPECT_TRUE(Has(e[0][0], "matches your preferred mentor gender: Non-binary")) << e[0][0];
  EXPECT_EQ(e[0][1], "does not match the mentor preference you stated");
  EXPECT_EQ(e[0][2], "does not match the mentor preference you stated");
  // Without a preference the shared culture is enough, as before.
  EXPECT_TRUE(Has(e[1][1], "shares your background: cultural background Filipino American"))
      << e[1][1];
  EXPECT_EQ(e[1][2], "shares none of the background you asked for");
}

}  // namespace
}  // namespace tandem::app
