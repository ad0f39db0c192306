#include "domain/organisation.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(OrganisationTest, SlugRules) {
  Organisation o{"", "Lincoln High", "lincoln-high", OrganisationKind::kSchool, 0};
  EXPECT_TRUE(ValidateOrganisation(o).ok());
  o.slug = "Lincoln High";
  EXPECT_EQ(ValidateOrganisation(o).fields().at(0).field, "slug");
  o.slug = "-x";
  EXPECT_FALSE(ValidateOrganisation(o).ok());
}

TEST(OrganisationTest, Passwords) {
  EXPECT_FALSE(ValidatePassword("short").ok());
  EXPECT_TRUE(ValidatePassword("long enough pass").ok());
}

TEST(OrganisationTest, DefaultTaxonomyIsNotEmpty) {
  EXPECT_GE(DefaultSkills().size(), 20u);
  EXPECT_GE(DefaultInterests().size(), 10u);
}

}  // namespace
}  // namespace tandem::domain
