#include "demo/programs_seeder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "demo/demo_test_support.h"
#include "demo/organisations_seeder.h"

namespace tandem::demo {
namespace {

class ProgramsSeederTest : public SeededDemoTest {};

TEST_F(ProgramsSeederTest, ProgramsCoverEveryTypeAndADraft) {
  EXPECT_EQ(snap_->programs,
            (std::vector<std::string>{"lincoln-high/Career Pathways Mentoring/one_to_one/open",
                                      "lincoln-high/College Application Sprint/flash/open",
                                      "lincoln-high/Summer Internship Readiness/group/draft",
                                      "northwind/Northwind Growth Circles/group/open",
                                      "northwind/Northwind Peer Learning/peer/open"}));
  db_->Read([&](Tx& tx) {
    const auto lincoln = Org(tx, "lincoln-high");
    const auto career = Program(tx, lincoln.id, "Career Pathways Mentoring");
    EXPECT_EQ(career.audience, domain::Audience::kYouth);
    EXPECT_TRUE(career.requires_approval);
    EXPECT_EQ(career.start_date, "2026-08-31");
    EXPECT_EQ(career.end_date, "2027-06-11");
    EXPECT_EQ(Program(tx, Org(tx, "northwind").id, "Northwind Growth Circles").audience,
              domain::Audience::kAdult);
  });
}

// The seeder alone, after the organisations: each program in its organisation, 120 days old.
TEST(ProgramsSeederUnitTest, PutsEachProgramInItsOrganisation) {
  DemoDb db;
  auto run = RunBaseSeeders(db, {SeedOrganisations, SeedPrograms});
  ASSERT_OK(run);
  const Cast& cast = run->cast;
  const SeedSummary& summary = run->summary;
  EXPECT_EQ(summary.programs, 5);
  EXPECT_EQ(summary.people, 0);
  const std::vector<std::pair<const domain::Program*, const domain::Organisation*>> expected = {
      {&cast.career, &cast.lincoln},
      {&cast.sprint, &cast.lincoln},
      {&cast.draft, &cast.lincoln},
      {&cast.circles, &cast.northwind},
      {&cast.peer, &cast.northwind}};
  db.Read([&](Tx& tx) {
    for (const auto& [program, org] : expected) {
      ASSERT_FALSE(program->id.empty());
      auto stored = Must(tx.GetProgram(org->id, program->id));
      EXPECT_EQ(stored.name, program->name);
      EXPECT_EQ(stored.organisation_id, org->id);
      EXPECT_EQ(stored.created_at, db.clock.Now() - 120 * kDay) << stored.name;
    }
    EXPECT_TRUE(Must(EveryRow(tx.ListPrograms(cast.alumni.id, true, kEveryRow))).empty());
  });
}

}  // namespace
}  // namespace tandem::demo
