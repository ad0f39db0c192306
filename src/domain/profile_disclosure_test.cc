#include "domain/profile_disclosure.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(ProfileDisclosureTest, CoordinatorsReadOnlyWhatThePersonShowsThem) {
  Profile p;
  p.headline = "Student";
  p.skills_learn = {{"SQL", 1, 3}};
  p.background = {{"first_generation", "yes", Visibility::kPrivate},
                  {"gender", "woman", Visibility::kMatching},
                  {"cultural_background", "Andean", Visibility::kCoordinators},
                  {"veteran", "no", Visibility::kParticipants}};
  p.minor = {true, "Pat Guardian", "pat@example.org"};
  Profile seen = ProfileForCoordinators(p);
  ASSERT_EQ(seen.background.size(), 2u);
  EXPECT_EQ(seen.background[0].field, "cultural_background");
  EXPECT_EQ(seen.background[1].field, "veteran");
  EXPECT_TRUE(seen.minor.is_minor);
  EXPECT_EQ(seen.minor.guardian_name, "");
  EXPECT_EQ(seen.minor.guardian_email, "");
  EXPECT_EQ(seen.headline, "Student");
  EXPECT_EQ(seen.skills_learn, p.skills_learn);
}

TEST(ProfileDisclosureTest, VisibleToCoordinators) {
  EXPECT_FALSE(VisibleToCoordinators(Visibility::kPrivate));
  EXPECT_FALSE(VisibleToCoordinators(Visibility::kMatching));
  EXPECT_TRUE(VisibleToCoordinators(Visibility::kCoordinators));
  EXPECT_TRUE(VisibleToCoordinators(Visibility::kParticipants));
}

}  // namespace
}  // namespace tandem::domain
