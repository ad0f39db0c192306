#include "demo/agreements_seeder.h"

#include <gtest/gtest.h>

#include <string>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class AgreementsSeederTest : public SeededDemoTest {};

TEST_F(AgreementsSeederTest, CirclesHaveNormsAnAgreementAndATemplate) {
  db_->Read([&](Tx& tx) {
    const auto northwind = Org(tx, "northwind");
    const auto circles = Program(tx, northwind.id, "Northwind Growth Circles");
    auto norms = Must(tx.FindProgramNorms(northwind.id, circles.id));
    ASSERT_TRUE(norms.has_value());
    EXPECT_EQ(norms->meeting_cadence_days, 14);
    EXPECT_FALSE(norms->ending.empty());
    auto latest = Must(tx.FindLatestAgreementVersion(northwind.id, circles.id));
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->version, 1);
    auto tmpl = Must(tx.FindPlanTemplate(northwind.id, circles.id));
    ASSERT_TRUE(tmpl.has_value());
    ASSERT_EQ(tmpl->goals.size(), 1u);
    EXPECT_EQ(tmpl->goals[0].milestones.size(), 2u);
  });
}

TEST_F(AgreementsSeederTest, PairsAreAtEveryAgreementStageAndSomeHavePlansInProgress) {
  db_->Read([&](Tx& tx) {
    const auto northwind = Org(tx, "northwind");
    const auto circles = Program(tx, northwind.id, "Northwind Growth Circles");
    app::RelationshipFilter active;
    active.status = domain::RelationshipStatus::kActive;
    int both = 0, mentee_only = 0, none = 0, plans = 0, done_goals = 0, done_milestones = 0;
    for (const auto& r : Must(tx.ListRelationships(northwind.id, circles.id, active))) {
      const auto acceptances = Must(tx.ListAgreementAcceptances(northwind.id, r.id));
      bool mentee = false, mentor = false;
      for (const auto& a : acceptances) {
        EXPECT_EQ(a.version, 1);
        mentee |= a.party == domain::AgreementParty::kMentee && a.person_id == r.mentee_id;
        mentor |= a.party == domain::AgreementParty::kMentor && a.person_id == r.mentor_id;
      }
      both += mentee && mentor;
      mentee_only += mentee && !mentor;
      none += !mentee && !mentor;
      EXPECT_FALSE(mentor && !mentee);  // the mentee accepts first in the demo
      const auto goals = Must(tx.ListPlanGoals(northwind.id, r.id));
      if (!goals.empty()) {
        EXPECT_TRUE(mentee && mentor) << "a plan before the agreement";
        ++plans;
        for (const auto& g : goals) {
          done_goals += g.status == domain::PlanStatus::kDone;
          for (const auto& m : g.milestones)
            done_milestones += m.status == domain::PlanStatus::kDone;
        }
      }
    }
    EXPECT_GT(both, 0);
    EXPECT_GT(mentee_only, 0);
    EXPECT_GT(none, 0);
    EXPECT_GE(both, 4);
    EXPECT_EQ(plans, 4);
    EXPECT_EQ(done_goals, 1);
    EXPECT_EQ(done_milestones, 3);  // pair 0's first, pair 2's two
  });
}

TEST_F(AgreementsSeederTest, AgreementsChangeNoRelationship) {
  EXPECT_EQ(summary_->relationships, static_cast<int>(snap_->relationships.size()));
}

}  // namespace
}  // namespace tandem::demo
