#include "domain/mentee_filter.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

Enrollment E(std::string grade, std::string group) {
  Enrollment e;
  e.grade = std::move(grade);
  e.group = std::move(group);
  return e;
}

Profile P(std::vector<std::string> languages, std::vector<BackgroundEntry> background = {}) {
  Profile p;
  p.languages = std::move(languages);
  p.background = std::move(background);
  return p;
}

TEST(MenteeFilterTest, EmptyFilterKeepsEveryone) {
  MenteeFilter f;
  EXPECT_TRUE(f.Empty());
  EXPECT_TRUE(MatchesMenteeFilter(f, E("", ""), P({})));
}

TEST(MenteeFilterTest, EveryConditionMustHoldAndEachListIsAnyOf) {
  MenteeFilter f;
  f.grades = {"9", "10"};
  f.groups = {"A"};
  f.languages = {"ES"};
  EXPECT_FALSE(f.Empty());
  EXPECT_TRUE(MatchesMenteeFilter(f, E("10", "A"), P({"en", "es"})));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("11", "A"), P({"es"})));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("9", "B"), P({"es"})));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("9", "A"), P({"en"})));
  // Labels compare exactly: "9 " is not "9" (labels are trimmed when set).
  EXPECT_FALSE(MatchesMenteeFilter(f, E("9 ", "A"), P({"es"})));
}

// A filter a coordinator runs reveals who passes it: only answers shared with coordinators.
TEST(MenteeFilterTest, FirstGenerationOnlyWhenSharedWithCoordinators) {
  MenteeFilter f;
  f.first_generation = true;
  auto with = [](std::string value, Visibility v) {
    return P({"en"}, {{"first_generation", std::move(value), v}});
  };
  EXPECT_TRUE(MatchesMenteeFilter(f, E("", ""), with("yes", Visibility::kCoordinators)));
  EXPECT_TRUE(MatchesMenteeFilter(f, E("", ""), with(" Sí ", Visibility::kParticipants)));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("", ""), with("yes", Visibility::kMatching)));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("", ""), with("yes", Visibility::kPrivate)));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("", ""), with("no", Visibility::kCoordinators)));
  EXPECT_FALSE(MatchesMenteeFilter(f, E("", ""), P({"en"})));
  EXPECT_FALSE(SharedFirstGeneration(P({}, {{"low_income", "yes", Visibility::kCoordinators}})));
}

TEST(MenteeFilterTest, CohortLabelsAreTrimmedShortAndPrintable) {
  EXPECT_EQ(*NormalizeCohortLabel("grade", "  10 "), "10");
  EXPECT_EQ(*NormalizeCohortLabel("group", ""), "");
  EXPECT_EQ(*NormalizeCohortLabel("group", std::string(40, 'x')), std::string(40, 'x'));
  // 40 characters, more bytes.
  std::string accents;
  for (int i = 0; i < 40; ++i) accents += "é";
  EXPECT_TRUE(NormalizeCohortLabel("group", accents).ok());
  EXPECT_EQ(NormalizeCohortLabel("group", std::string(41, 'x')).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(NormalizeCohortLabel("grade", "9\n10").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(NormalizeCohortLabel("grade", "\xff").status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::domain
