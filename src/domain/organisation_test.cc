#include "domain/organisation.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

TEST(OrganisationTest, SlugRules) {
  Organisation o{"", "Lincoln High", "lincoln-high", OrganisationKind::kSchool, 0};
  EXPECT_OK(ValidateOrganisation(o));
  o.slug = "Lincoln High";
  EXPECT_EQ(ValidateOrganisation(o).fields().at(0).field, "slug");
  o.slug = "-x";
  EXPECT_FALSE(ValidateOrganisation(o).ok());
}

TEST(OrganisationTest, Passwords) {
  EXPECT_FALSE(ValidatePassword("short").ok());
  EXPECT_OK(ValidatePassword("long enough pass"));
}

TEST(OrganisationTest, DefaultTaxonomyIsNotEmpty) {
  EXPECT_GE(DefaultSkills().size(), 20u);
  EXPECT_GE(DefaultInterests().size(), 10u);
}

TEST(OrganisationTest, AdministratorsDoNotRemoveThemselves) {
  EXPECT_OK(CheckOwnMembershipChange("a", "b", MembershipChange::kRemove));
  EXPECT_OK(CheckOwnMembershipChange("a", "b", MembershipChange::kDropAdminRole));
  Status self = CheckOwnMembershipChange("a", "a", MembershipChange::kRemove);
  EXPECT_CODE(self, StatusCode::kFailedPrecondition);
  EXPECT_EQ(self.message(), "You cannot remove yourself; ask another administrator.");
  Status role = CheckOwnMembershipChange("a", "a", MembershipChange::kDropAdminRole);
  EXPECT_CODE(role, StatusCode::kFailedPrecondition);
  EXPECT_EQ(role.message(),
            "You cannot remove your own administrator role; ask another administrator.");
}

}  // namespace
}  // namespace tandem::domain
