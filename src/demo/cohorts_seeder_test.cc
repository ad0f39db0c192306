#include "demo/cohorts_seeder.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "demo/demo_test_support.h"
#include "domain/unmatched_groups.h"

namespace tandem::demo {
namespace {

class CohortsSeederTest : public SeededDemoTest {};

// Career Pathways' active mentees carry a grade and a group, and a draft round over the program
// leaves mentees unmatched for at least two reasons, so the round page shows groups to act on.
TEST_F(CohortsSeederTest, CareerPathwaysHasLabelsAndADraftRoundWithGroupsToActOn) {
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    app::EnrollmentFilter active;
    active.role = domain::ProgramRole::kMentee;
    active.status = domain::EnrollmentStatus::kActive;
    const auto mentees = Must(tx.ListEnrollmentViews(lincoln.id, career.id, active));
    int labelled = 0;
    std::set<std::string> groups;
    for (const auto& v : mentees) {
      if (v.enrollment.grade.empty()) continue;
      ++labelled;
      groups.insert(v.enrollment.group);
    }
    EXPECT_GE(labelled, 100);
    EXPECT_EQ(groups,
              (std::set<std::string>{"Advisory A", "Advisory B", "Advisory C", "Advisory D"}));

    const auto rounds = Must(tx.ListRounds(lincoln.id, career.id));
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].status, domain::RoundStatus::kDraft);
    EXPECT_TRUE(rounds[0].mentee_scope.empty());  // every active mentee
    const auto unmatched = Must(tx.ListUnmatched(lincoln.id, rounds[0].id));
    const auto grouped = domain::GroupUnmatched(unmatched);
    ASSERT_GE(grouped.size(), 2u);
    EXPECT_FALSE(grouped[0].actions.empty());  // the largest need is one to act on
    EXPECT_GT(rounds[0].matched, 0);
  });
}

TEST(AdvisoryTest, FourGroupsInTurn) {
  EXPECT_EQ(AdvisoryOf(0), "Advisory A");
  EXPECT_EQ(AdvisoryOf(3), "Advisory D");
  EXPECT_EQ(AdvisoryOf(4), "Advisory A");
}

}  // namespace
}  // namespace tandem::demo
