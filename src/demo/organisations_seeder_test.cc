#include "demo/organisations_seeder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/status_matchers.h"
#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

// The seeder alone, in an empty database.
TEST(OrganisationsSeederTest, WritesTheThreeOrganisationsAYearAgo) {
  DemoDb db;
  auto run = RunBaseSeeders(db, {SeedOrganisations});
  ASSERT_OK(run);
  const Cast& cast = run->cast;
  const SeedSummary& summary = run->summary;
  EXPECT_EQ(summary.organisations, 3);
  EXPECT_EQ(summary.people, 0);
  db.Read([&](Tx& tx) {
    std::vector<std::string> slugs;
    for (const auto& o : Must(tx.ListOrganisations())) slugs.push_back(o.slug);
    std::sort(slugs.begin(), slugs.end());
    EXPECT_EQ(slugs, (std::vector<std::string>{"lincoln-alumni", "lincoln-high", "northwind"}));
    const auto lincoln = Must(tx.GetOrganisation(cast.lincoln.id));
    EXPECT_EQ(lincoln.name, "Lincoln High School");
    EXPECT_EQ(lincoln.kind, domain::OrganisationKind::kSchool);
    EXPECT_EQ(lincoln.created_at, db.clock.Now() - 400 * kDay);
    EXPECT_EQ(Must(tx.GetOrganisation(cast.northwind.id)).kind, domain::OrganisationKind::kCompany);
    EXPECT_EQ(Must(tx.GetOrganisation(cast.alumni.id)).kind, domain::OrganisationKind::kAlumni);
  });
}

}  // namespace
}  // namespace tandem::demo
