#include "demo/seed_demo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "base/strings.h"
#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class SeedDemoTest : public SeededDemoTest {};

TEST_F(SeedDemoTest, CountsAreInTheExpectedRanges) {
  EXPECT_EQ(summary_->organisations, 3);
  EXPECT_EQ(summary_->programs, 5);
  EXPECT_EQ(summary_->people, static_cast<int>(snap_->people.size()));
  EXPECT_GE(summary_->people, 250);
  EXPECT_LE(summary_->people, 300);
  EXPECT_EQ(summary_->profiles, summary_->people - 1);  // all but the platform admin
  EXPECT_EQ(summary_->enrollments, static_cast<int>(snap_->enrollments.size()));
  EXPECT_GE(summary_->enrollments, 250);
  EXPECT_GE(summary_->pending_enrollments, 8);
  EXPECT_EQ(summary_->invitations, 3);
  EXPECT_EQ(summary_->invitations, static_cast<int>(snap_->invitations.size()));

  int students = 0, alumni = 0, employees = 0;
  for (const auto& [email, p] : snap_->people) {
    if (IsStudent(email)) ++students;
    if (p.roles.contains("lincoln-alumni") && p.roles.at("lincoln-alumni").contains(Role::kMentor))
      ++alumni;
    if (p.roles.contains("northwind") && !email.starts_with("admin@") &&
        !email.starts_with("coordinator@") && !email.starts_with("mentor@"))
      ++employees;
  }
  EXPECT_EQ(students, 151);  // student@ and student001..150
  EXPECT_EQ(alumni, 40);
  EXPECT_EQ(employees, 60);

  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto northwind = Org(tx, "northwind");
    auto career = Must(
        tx.CountEnrollments(lincoln.id, Program(tx, lincoln.id, "Career Pathways Mentoring").id));
    EXPECT_GE(career.mentees, 120);
    EXPECT_GE(career.mentors, 45);
    EXPECT_GE(career.pending, 8);
    auto sprint = Must(
        tx.CountEnrollments(lincoln.id, Program(tx, lincoln.id, "College Application Sprint").id));
    EXPECT_GE(sprint.mentees, 10);
    EXPECT_GE(sprint.mentors, 3);
    auto circles = Must(tx.CountEnrollments(
        northwind.id, Program(tx, northwind.id, "Northwind Growth Circles").id));
    EXPECT_GE(circles.mentors, 5);
    EXPECT_GE(circles.mentees, 10);
    EXPECT_EQ(circles.pending, 2);
    auto peer = Must(
        tx.CountEnrollments(northwind.id, Program(tx, northwind.id, "Northwind Peer Learning").id));
    EXPECT_GE(peer.mentees, 15);
  });
}

TEST_F(SeedDemoTest, PendingApplicationsCarryMessages) {
  int pending = 0;
  for (const auto& e : snap_->enrollments) {
    if (e.status != EnrollmentStatus::kPending) continue;
    ++pending;
    EXPECT_EQ(e.source, domain::EnrollmentSource::kApplication);
    EXPECT_FALSE(e.message.empty()) << e.email;
  }
  EXPECT_EQ(pending, summary_->pending_enrollments);
}

TEST_F(SeedDemoTest, EveryStoredProfileValidates) {
  for (const auto& [email, p] : snap_->people) {
    EXPECT_TRUE(IsValidEmail(email)) << email;
    EXPECT_OK(domain::ValidatePersonName(p.name)) << email;
    if (!p.profile) continue;
    Status st = domain::ValidateProfile(*p.profile);
    EXPECT_OK(st) << email << ": " << st.ToString();
    EXPECT_EQ(domain::NormalizeProfile(*p.profile), *p.profile) << email;
  }
}

TEST_F(SeedDemoTest, SecondRunFailsAndWritesNothing) {
  auto again = SeedDemo(*db_->ctx);
  EXPECT_CODE(again, StatusCode::kFailedPrecondition);
  Snapshot after = TakeSnapshot(*db_);
  EXPECT_EQ(after.people.size(), snap_->people.size());
  EXPECT_TRUE(after.enrollments == snap_->enrollments);
  EXPECT_EQ(after.invitations, snap_->invitations);
  EXPECT_EQ(after.relationships, snap_->relationships);
  EXPECT_EQ(after.requests, snap_->requests);
  db_->Read([&](Tx& tx) {
    EXPECT_EQ(static_cast<int>(Must(EveryRow(tx.ListOutbox(kEveryRow))).size()),
              summary_->outbox_messages);
  });
}

TEST(SeedDemoEmptyDbTest, AnyExistingOrganisationIsAPrecondition) {
  DemoDb db;
  ASSERT_OK(db.store->Transact([](Tx& tx) {
    return tx.InsertOrganisation({"0123456789abcdef0123456789abcdef", "Other", "other",
                                  domain::OrganisationKind::kNonprofit, 0});
  }));
  EXPECT_CODE(SeedDemo(*db.ctx), StatusCode::kFailedPrecondition);
  db.Read([&](Tx& tx) {
    EXPECT_FALSE(Must(tx.FindPersonByEmail("admin@tandem.example")).has_value());
  });
}

TEST(SeedDemoDeterminismTest, SameSeedSameDataDifferentSeedDifferentPeople) {
  DemoDb a, b, c;
  ASSERT_OK(SeedDemo(*a.ctx, 7));
  ASSERT_OK(SeedDemo(*b.ctx, 7));
  ASSERT_OK(SeedDemo(*c.ctx, 8));
  const Snapshot sa = TakeSnapshot(a), sb = TakeSnapshot(b), sc = TakeSnapshot(c);

  std::vector<std::string> emails_a, emails_b;
  for (const auto& [email, p] : sa.people) emails_a.push_back(email);
  for (const auto& [email, p] : sb.people) emails_b.push_back(email);
  ASSERT_EQ(emails_a, emails_b);
  for (const auto& [email, p] : sa.people) EXPECT_TRUE(p == sb.people.at(email)) << email;
  EXPECT_TRUE(sa.enrollments == sb.enrollments);
  EXPECT_EQ(sa.programs, sb.programs);
  EXPECT_EQ(sa.invitations, sb.invitations);
  // The relationship side too: the same pairs, answers, scores, explanations and messages.
  EXPECT_FALSE(sa.relationships.empty());
  EXPECT_FALSE(sa.requests.empty());
  EXPECT_EQ(sa.relationships, sb.relationships);
  EXPECT_EQ(sa.requests, sb.requests);

  // Another seed keeps the contract's named accounts but draws other people.
  for (const char* named :
       {"admin@tandem.example", "student@lincoln-high.example", "mentor@northwind.example"})
    EXPECT_TRUE(sc.people.contains(named)) << named;
  int same_names = 0;
  for (const auto& [email, p] : sa.people)
    if (IsStudent(email) && sc.people.contains(email) && sc.people.at(email).name == p.name)
      ++same_names;
  EXPECT_LT(same_names, 30);
}

}  // namespace
}  // namespace tandem::demo
