#include "demo/students_seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/strings.h"
#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class StudentsSeederTest : public SeededDemoTest {};

TEST_F(StudentsSeederTest, StudentsAreMostlyMinorsWithGuardians) {
  int students = 0, minors = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    const auto& minor = p.profile->minor;
    if (!minor.is_minor) continue;
    ++minors;
    EXPECT_FALSE(minor.guardian_name.empty()) << email;
    EXPECT_TRUE(IsValidEmail(minor.guardian_email)) << email;
  }
  EXPECT_EQ(students, 151);
  EXPECT_GE(minors * 100, students * 70);  // most are minors
  EXPECT_LT(minors, students);             // some seniors are 18
}

TEST_F(StudentsSeederTest, StudentsShareBackgroundAndLanguages) {
  std::map<std::pair<std::string, std::string>, int> shared;
  std::map<std::string, int> languages;
  std::set<domain::Visibility> visibilities;
  std::set<std::string> cultures, zones;
  int students = 0, with_background = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    if (!p.profile->background.empty()) ++with_background;
    for (const auto& b : p.profile->background) {
      ++shared[{b.field, b.value}];
      visibilities.insert(b.visibility);
      if (b.field == "cultural_background") cultures.insert(b.value);
    }
    for (const auto& l : p.profile->languages) ++languages[l];
    zones.insert(p.profile->time_zone);
    EXPECT_FALSE(p.profile->skills_learn.empty()) << email;
    EXPECT_FALSE(p.profile->goals.empty()) << email;
  }
  int most_shared = 0;
  for (const auto& [key, n] : shared) most_shared = std::max(most_shared, n);
  EXPECT_GE(most_shared * 3, students);  // at least a third share some field
  EXPECT_GE(with_background * 2, students);
  EXPECT_EQ(visibilities.size(), 4u);
  EXPECT_GE(cultures.size(), 10u);
  EXPECT_EQ(languages["en"], students);
  EXPECT_GE(languages["es"], 30);
  EXPECT_GE(languages.size(), 8u);
  EXPECT_GE(zones.size(), 2u);
}

TEST_F(StudentsSeederTest, AMinorityOfStudentsPreferAMentorGenderThatCareerMentorsShare) {
  std::map<std::string, int> preferred;  // lower-cased value -> students
  int students = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsStudent(email) || !p.profile) continue;
    ++students;
    const std::string& g = p.profile->mentee.preferred_mentor_gender;
    if (!g.empty()) ++preferred[ToLower(g)];
  }
  int with_preference = 0;
  for (const auto& [value, n] : preferred) with_preference += n;
  EXPECT_GE(with_preference, 8);
  EXPECT_LE(with_preference * 4, students);  // a minority
  EXPECT_EQ(Person("student@lincoln-high.example").profile->mentee.preferred_mentor_gender,
            "woman");

  // Ready Career Pathways mentors whose gender matching may use, by lower-cased value.
  std::map<std::string, int> mentors;
  for (const auto& e : snap_->enrollments) {
    if (e.program != "Career Pathways Mentoring" || e.role != ProgramRole::kMentor ||
        e.status != EnrollmentStatus::kActive || !e.screened || !e.trained)
      continue;
    for (const auto& b : Person(e.email).profile->background)
      if (b.field == domain::kGenderField && b.visibility != domain::Visibility::kPrivate)
        ++mentors[ToLower(b.value)];
  }
  // The common preferences can be met, by several mentors each.
  for (const char* value : {"woman", "man"}) {
    EXPECT_GE(preferred[value], 1) << value;
    EXPECT_GE(mentors[value], 5) << value;
  }
}

}  // namespace
}  // namespace tandem::demo
