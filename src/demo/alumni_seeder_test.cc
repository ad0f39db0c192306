#include "demo/alumni_seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class AlumniSeederTest : public SeededDemoTest {};

TEST_F(AlumniSeederTest, MentorsFromAllThreeOrganisationsInCareerPathways) {
  int alumni = 0, northwind = 0, ready = 0, unscreened = 0, untrained = 0;
  for (const auto& e : snap_->enrollments) {
    if (e.program != "Career Pathways Mentoring" || e.role != ProgramRole::kMentor ||
        e.status != EnrollmentStatus::kActive)
      continue;
    if (e.email.ends_with("@lincoln-alumni.example")) ++alumni;
    if (e.email.ends_with("@northwind.example")) ++northwind;
    if (e.screened && e.trained) ++ready;
    if (!e.screened) ++unscreened;
    if (e.screened && !e.trained) ++untrained;
    // Everyone enrolled in a program is a member of its organisation.
    EXPECT_TRUE(Person(e.email).roles.contains("lincoln-high")) << e.email;
  }
  EXPECT_GE(alumni, 30);
  EXPECT_GE(northwind, 10);
  EXPECT_GT(ready, unscreened + untrained);  // most are ready...
  EXPECT_GT(unscreened, 0);                  // ...but matching must see both
  EXPECT_GT(untrained, 0);
}

TEST_F(AlumniSeederTest, FortyAlumniMentorAndTheLastTwoHaveJustApplied) {
  int alumni = 0, pending = 0;
  for (const auto& [email, p] : snap_->people)
    if (p.roles.contains("lincoln-alumni") &&
        p.roles.at("lincoln-alumni").contains(Role::kMentor)) {
      ++alumni;
      // Alumni mentor at the school too.
      EXPECT_TRUE(p.roles.contains("lincoln-high")) << email;
    }
  for (const auto& e : snap_->enrollments)
    if (e.email.ends_with("@lincoln-alumni.example") && e.status == EnrollmentStatus::kPending) {
      ++pending;
      EXPECT_EQ(e.program, "Career Pathways Mentoring");
      EXPECT_EQ(e.role, ProgramRole::kMentor);
      EXPECT_FALSE(e.message.empty());
    }
  EXPECT_EQ(alumni, 40);
  EXPECT_EQ(pending, 2);
}

}  // namespace
}  // namespace tandem::demo
