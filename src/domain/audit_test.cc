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

TEST(AuditTest, CursorRoundTripsAndRejectsForgeries) {
  AuditCursor c{1795631400123, "0123456789abcdef0123456789abcdef"};
  auto back = ParseAuditCursor(EncodeAuditCursor(c));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->created_at, c.created_at);
  EXPECT_EQ(back->id, c.id);
  for (const char* bad : {"", ".", "12", "12.", ".0123456789abcdef0123456789abcdef",
                          "-1.0123456789abcdef0123456789abcdef",
                          "1x.0123456789abcdef0123456789abcdef", "1.not-an-id",
                          "99999999999999999999.0123456789abcdef0123456789abcdef"}) {
    EXPECT_EQ(ParseAuditCursor(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace tandem::domain
