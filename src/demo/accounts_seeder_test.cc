#include "demo/accounts_seeder.h"

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

class AccountsSeederTest : public SeededDemoTest {};

TEST_F(AccountsSeederTest, NamedAccountsHaveTheirRoles) {
  std::vector<std::string> emails;
  for (const auto& a : summary_->accounts) emails.push_back(a.email);
  EXPECT_EQ(emails, (std::vector<std::string>{
                        "admin@tandem.example", "admin@lincoln-high.example",
                        "coordinator@lincoln-high.example", "student@lincoln-high.example",
                        "admin@northwind.example", "coordinator@northwind.example",
                        "mentor@northwind.example", "admin@lincoln-alumni.example"}));
  using Roles = std::map<std::string, domain::RoleSet>;
  EXPECT_TRUE(Person("admin@tandem.example").is_platform_admin);
  EXPECT_TRUE(Person("admin@tandem.example").roles.empty());
  EXPECT_EQ(Person("admin@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kOrgAdmin}}}));
  EXPECT_EQ(Person("coordinator@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kCoordinator}}}));
  EXPECT_EQ(Person("student@lincoln-high.example").roles,
            (Roles{{"lincoln-high", {Role::kMentee}}}));
  EXPECT_EQ(Person("admin@northwind.example").roles, (Roles{{"northwind", {Role::kOrgAdmin}}}));
  EXPECT_EQ(Person("coordinator@northwind.example").roles,
            (Roles{{"northwind", {Role::kCoordinator}}}));
  EXPECT_EQ(Person("mentor@northwind.example").roles,
            (Roles{{"northwind", {Role::kMentor}}, {"lincoln-high", {Role::kMentor}}}));
  EXPECT_EQ(Person("admin@lincoln-alumni.example").roles,
            (Roles{{"lincoln-alumni", {Role::kOrgAdmin}}}));
  for (const auto& [email, p] : snap_->people)
    EXPECT_EQ(p.is_platform_admin, email == "admin@tandem.example") << email;

  const auto& student = Person("student@lincoln-high.example");
  ASSERT_TRUE(student.profile.has_value());
  EXPECT_TRUE(student.profile->minor.is_minor);
  EXPECT_TRUE(IsValidEmail(student.profile->minor.guardian_email));

  db_->Read([&](Tx& tx) {
    auto person = Must(tx.FindPersonByEmail("student@lincoln-high.example"));
    ASSERT_TRUE(person.has_value());
    EXPECT_TRUE(db_->hasher.Verify(person->password_hash, kDemoPassword));

    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    auto mentor = Must(tx.FindPersonByEmail("mentor@northwind.example"));
    ASSERT_TRUE(mentor.has_value());
    auto e = Must(tx.FindEnrollment(lincoln.id, career.id, mentor->id, ProgramRole::kMentor));
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->status, EnrollmentStatus::kActive);
    EXPECT_TRUE(e->screening_cleared);
    EXPECT_TRUE(e->training_complete);
    // The school's coordinator cleared them, and the audit log says so.
    auto coordinator = Must(tx.FindPersonByEmail("coordinator@lincoln-high.example"));
    ASSERT_TRUE(coordinator.has_value());
    int cleared = 0;  // over every entry: hundreds of mentors were cleared
    for (const auto& a : Must(EveryRow(tx.ListAuditEntries(lincoln.id, kEveryRow))))
      cleared += a.subject_id == mentor->id && a.actor_id == coordinator->id &&
                 (a.action == domain::AuditAction::kEnrollmentScreeningChanged ||
                  a.action == domain::AuditAction::kEnrollmentTrainingChanged) &&
                 a.params.at("enrollment_id") == e->id;
    EXPECT_EQ(cleared, 2);
    auto s = Must(tx.FindEnrollment(lincoln.id, career.id, person->id, ProgramRole::kMentee));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->status, EnrollmentStatus::kActive);
  });
}

TEST_F(AccountsSeederTest, EveryAccountSharesTheDemoPasswordHash) {
  db_->Read([&](Tx& tx) {
    std::set<std::string> hashes;
    for (const auto& [email, p] : snap_->people) {
      auto person = Must(tx.FindPersonByEmail(email));
      if (person) hashes.insert(person->password_hash);
    }
    EXPECT_EQ(hashes.size(), 1u);  // hashed once, reused
  });
}

}  // namespace
}  // namespace tandem::demo
