#include "demo/caseload_seeder.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "app/caseload.h"
#include "app/pulse_surveys.h"
#include "demo/data_caseload.h"
#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class CaseloadSeederTest : public SeededDemoTest {
 protected:
  static app::Caller CallerOf(const std::string& email) {
    app::Caller c;
    db_->Read([&](Tx& tx) {
      auto p = Must(tx.FindPersonByEmail(email));
      ASSERT_TRUE(p.has_value()) << email;
      c.person_id = p->id;
    });
    return c;
  }
};

TEST_F(CaseloadSeederTest, TheNorthwindCaseloadShowsEveryStatusWithItsReasons) {
  std::string org_id;
  db_->Read([&](Tx& tx) { org_id = Org(tx, "northwind").id; });
  auto caseload =
      app::GetCaseload(*db_->ctx, CallerOf("coordinator@northwind.example"), org_id, {}, {});
  ASSERT_TRUE(caseload.ok()) << caseload.status().ToString();
  EXPECT_GE(caseload->at_risk, 2);
  EXPECT_GE(caseload->needs_checkin, 2);
  EXPECT_GE(caseload->on_track, 2);
  std::set<std::string> reasons;
  for (const app::CaseloadEntry& e : caseload->page.items)
    for (const auto& r : e.health.reasons) reasons.insert(r.id);
  for (const char* id : {"no_meeting_for", "pulse_low", "checkin_due", "met_recently"})
    EXPECT_TRUE(reasons.count(id)) << id;
  // Most urgent first.
  ASSERT_FALSE(caseload->page.items.empty());
  EXPECT_EQ(caseload->page.items.front().health.status, domain::HealthStatus::kAtRisk);
  EXPECT_EQ(caseload->page.items.back().health.status, domain::HealthStatus::kOnTrack);
}

TEST_F(CaseloadSeederTest, TheNamedMentorHasAPulseSurveyToAnswer) {
  auto open = app::ListMyPulseSurveys(*db_->ctx, CallerOf("mentor@northwind.example"));
  ASSERT_TRUE(open.ok()) << open.status().ToString();
  EXPECT_FALSE(open->empty());
}

}  // namespace
}  // namespace tandem::demo
