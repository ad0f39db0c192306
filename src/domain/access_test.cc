#include "domain/access.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

TEST(AccessTest, InvitationAcceptedByItsAccountOnly) {
  Invitation inv;
  inv.email = "ana@example.org";
  EXPECT_OK(CheckInvitationAcceptor(inv, std::string("p1"), "p1"));
  Status other = CheckInvitationAcceptor(inv, std::string("p1"), "p2");
  EXPECT_CODE(other, StatusCode::kPermissionDenied);
  EXPECT_EQ(other.message(),
            "This invitation is for ana@example.org; sign out and accept it as that account.");
  EXPECT_CODE(CheckInvitationAcceptor(inv, std::nullopt, "p1"), StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace tandem::domain
