#include "domain/audit.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(AuditTest, ActionNamesRoundTrip) {
  for (AuditAction a :
       {AuditAction::kOrganisationCreated, AuditAction::kFirstAdminInvited,
        AuditAction::kFirstAdminAppointed, AuditAction::kPlatformAdminGranted,
        AuditAction::kMemberRolesChanged, AuditAction::kEnrollmentScreeningChanged,
        AuditAction::kEnrollmentTrainingChanged}) {
    EXPECT_EQ(ParseAuditAction(AuditActionName(a)), a) << AuditActionName(a);
  }
  EXPECT_EQ(AuditActionName(AuditAction::kMemberRolesChanged), "member.roles_changed");
  EXPECT_EQ(ParseAuditAction("member.deleted_everything"), std::nullopt);
}

TEST(AuditTest, PlatformActionsAreThePlatformAdminsOwn) {
  EXPECT_TRUE(IsPlatformAuditAction(AuditAction::kOrganisationCreated));
  EXPECT_TRUE(IsPlatformAuditAction(AuditAction::kPlatformAdminGranted));
  EXPECT_FALSE(IsPlatformAuditAction(AuditAction::kMemberRolesChanged));
  EXPECT_FALSE(IsPlatformAuditAction(AuditAction::kEnrollmentScreeningChanged));
}

}  // namespace
}  // namespace tandem::domain
