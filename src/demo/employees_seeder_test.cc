#include "demo/employees_seeder.h"

#include <gtest/gtest.h>

#include <string>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class EmployeesSeederTest : public SeededDemoTest {};

bool IsEmployee(const std::string& email, const PersonSnapshot& p) {
  return p.roles.contains("northwind") && !email.starts_with("admin@") &&
         !email.starts_with("coordinator@") && !email.starts_with("mentor@");
}

// Three in four mentor; every third joins the peer program; the juniors join a circle (the
// last two have just applied); a few seniors volunteer at the school.
TEST_F(EmployeesSeederTest, SeniorsMentorJuniorsJoinCirclesEveryThirdLearnsFromAPeer) {
  int employees = 0, mentors = 0, volunteers = 0;
  for (const auto& [email, p] : snap_->people) {
    if (!IsEmployee(email, p)) continue;
    ++employees;
    const auto& roles = p.roles.at("northwind");
    EXPECT_FALSE(roles.empty()) << email;
    if (roles.contains(Role::kMentor)) ++mentors;
    if (p.roles.contains("lincoln-high")) {
      ++volunteers;
      EXPECT_TRUE(roles.contains(Role::kMentor)) << email;
      EXPECT_TRUE(p.profile->mentor.accepts_external_mentees) << email;
    }
  }
  EXPECT_EQ(employees, 60);
  EXPECT_EQ(mentors, 45);
  EXPECT_GE(volunteers, 1);
  EXPECT_LE(volunteers, 14);

  int peers = 0, circle_mentees = 0, circle_pending = 0;
  for (const auto& e : snap_->enrollments) {
    if (!e.email.ends_with("@northwind.example")) continue;
    if (e.program == "Northwind Peer Learning") {
      ++peers;
      EXPECT_EQ(e.role, ProgramRole::kMentee);
    }
    if (e.program == "Northwind Growth Circles" && e.role == ProgramRole::kMentee) {
      ++circle_mentees;
      if (e.status == EnrollmentStatus::kPending) ++circle_pending;
      // Juniors only: they do not mentor.
      EXPECT_FALSE(Person(e.email).roles.at("northwind").contains(Role::kMentor)) << e.email;
    }
  }
  EXPECT_EQ(peers, 20);
  EXPECT_EQ(circle_mentees, 15);
  EXPECT_EQ(circle_pending, 2);
}

}  // namespace
}  // namespace tandem::demo
