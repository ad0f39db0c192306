#include "domain/profile.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Profile Valid() {
  Profile p;
  p.headline = "Aspiring data scientist";
  p.skills_teach = {{"Python", 4}};
  p.skills_learn = {{"SQL", 2, 4}};
  p.interests = {"Robotics"};
  p.goals = {{"Get an internship", {"internship"}}};
  p.languages = {"en", "es"};
  p.time_zone = "America/Chicago";
  p.availability_hours_per_month = 4;
  p.background = {{"first_generation", "yes", Visibility::kMatching}};
  return p;
}

bool HasField(const Status& s, const std::string& field) {
  for (const auto& f : s.fields())
    if (f.field == field) return true;
  return false;
}

TEST(ProfileTest, ValidProfilePasses) { EXPECT_OK(ValidateProfile(Valid())); }

TEST(ProfileTest, LevelsOutOfRangeNameTheField) {
  Profile p = Valid();
  p.skills_teach[0].level = 6;
  Status s = ValidateProfile(p);
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_TRUE(HasField(s, "skills_teach[0].level"));
}

TEST(ProfileTest, TargetBelowCurrentRejected) {
  Profile p = Valid();
  p.skills_learn[0] = {"SQL", 4, 2};
  EXPECT_TRUE(HasField(ValidateProfile(p), "skills_learn[0].target_level"));
}

TEST(ProfileTest, LanguageCodes) {
  Profile p = Valid();
  p.languages = {"english"};
  EXPECT_TRUE(HasField(ValidateProfile(p), "languages[0]"));
  p.languages = {" ES "};
  EXPECT_OK(ValidateProfile(NormalizeProfile(p)));
}

TEST(ProfileTest, MinorNeedsGuardian) {
  Profile p = Valid();
  p.minor.is_minor = true;
  Status s = ValidateProfile(p);
  EXPECT_TRUE(HasField(s, "minor.guardian_email"));
  EXPECT_TRUE(HasField(s, "minor.guardian_name"));
  p.minor.guardian_name = "Rosa Diaz";
  p.minor.guardian_email = "rosa@example.org";
  EXPECT_OK(ValidateProfile(p));
}

TEST(ProfileTest, TimeZoneAndAvailability) {
  Profile p = Valid();
  p.time_zone = "Chicago";
  p.availability_hours_per_month = 500;
  Status s = ValidateProfile(p);
  EXPECT_TRUE(HasField(s, "time_zone"));
  EXPECT_TRUE(HasField(s, "availability_hours_per_month"));
}

TEST(ProfileTest, TimeZoneIsAnyIanaName) {
  Profile p = Valid();
  for (const char* zone : {"Europe/London", "Asia/Kathmandu", "America/Argentina/Salta", "UTC"}) {
    p.time_zone = zone;
    EXPECT_OK(ValidateProfile(p)) << zone;
  }
  // Shaped like one, but not in the IANA database: the same field error as a malformed name.
  for (const char* zone : {"Mars/Olympus_Mons", "Europe/Londres", "localtime"}) {
    p.time_zone = zone;
    EXPECT_TRUE(HasField(ValidateProfile(p), "time_zone")) << zone;
  }
}

TEST(ProfileTest, UnknownBackgroundField) {
  Profile p = Valid();
  p.background.push_back({"zodiac", "leo", Visibility::kPrivate});
  EXPECT_TRUE(HasField(ValidateProfile(p), "background[1].field"));
}

TEST(ProfileTest, NormalizeDedupesCaseInsensitively) {
  Profile p = Valid();
  p.interests = {"Robotics", " robotics", "Music"};
  p.skills_teach = {{"Python", 4}, {"python", 2}};
  Profile n = NormalizeProfile(p);
  EXPECT_EQ(n.interests, (std::vector<std::string>{"Robotics", "Music"}));
  ASSERT_EQ(n.skills_teach.size(), 1u);
  EXPECT_EQ(n.skills_teach[0].level, 4);
}

TEST(ProfileTest, PreferredMentorGenderIsOptionalTrimmedAndAtMost80Characters) {
  Profile p = Valid();
  EXPECT_OK(ValidateProfile(p));  // no preference
  p.mentee.preferred_mentor_gender = "  woman ";
  Profile n = NormalizeProfile(p);
  EXPECT_EQ(n.mentee.preferred_mentor_gender, "woman");
  EXPECT_OK(ValidateProfile(n));
  n.mentee.preferred_mentor_gender = std::string(80, 'x');
  EXPECT_OK(ValidateProfile(n));
  n.mentee.preferred_mentor_gender = std::string(81, 'x');
  EXPECT_TRUE(HasField(ValidateProfile(n), "mentee.preferred_mentor_gender"));
  // Characters, not bytes: 80 two-byte letters still fit.
  n.mentee.preferred_mentor_gender.clear();
  for (int i = 0; i < 80; ++i) n.mentee.preferred_mentor_gender += "é";
  EXPECT_OK(ValidateProfile(n));
}

TEST(ProfileTest, GenderIsABackgroundField) { EXPECT_TRUE(IsKnownBackgroundField(kGenderField)); }

}  // namespace
}  // namespace tandem::domain
