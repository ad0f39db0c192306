#include "domain/access.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(AccessTest, InvitationAcceptedByItsAccountOnly) {
  Invitation inv;
  inv.email = "ana@example.org";
  EXPECT_TRUE(CheckInvitationAcceptor(inv, std::string("p1"), "p1").ok());
  Status other = CheckInvitationAcceptor(inv, std::string("p1"), "p2");
  EXPECT_EQ(other.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(other.message(),
            "This invitation is for ana@example.org; sign out and accept it as that account.");
  EXPECT_EQ(CheckInvitationAcceptor(inv, std::nullopt, "p1").code(),
            StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace tandem::domain
