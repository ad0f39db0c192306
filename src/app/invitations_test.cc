#include "app/invitations.h"

#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"

namespace tandem::app {
namespace {

using domain::Role;
using testing::kPassword;

class InvitationsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("lincoln");
    org_admin_ = Member(org_, {Role::kOrgAdmin}, "admin");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Career Pathways";
    auto created = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    program_ = created->program;
  }

  std::string TokenOf(const CreatedInvitation& c) { return c.link.substr(c.link.rfind('/') + 1); }

  domain::Organisation org_;
  Caller org_admin_, coordinator_;
  domain::Program program_;
};

TEST_F(InvitationsTest, NewPersonAcceptsIntoProgram) {
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"Maya@Example.org", {}, program_.id, domain::ProgramRole::kMentee});
  ASSERT_TRUE(inv.ok()) << inv.status().ToString();
  EXPECT_EQ(inv->invitation.email, "maya@example.org");
  EXPECT_EQ(inv->invitation.roles, domain::RoleSet{Role::kMentee});

  auto preview = PreviewInvitation(*ctx_, TokenOf(*inv));
  ASSERT_TRUE(preview.ok());
  EXPECT_EQ(preview->program_name, "Career Pathways");
  EXPECT_FALSE(preview->account_exists);

  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*inv), {std::nullopt, kPassword}).status().code(),
            StatusCode::kInvalidArgument);  // name missing
  auto grant = AcceptInvitation(*ctx_, {}, TokenOf(*inv), {"Maya Lopez", kPassword});
  ASSERT_TRUE(grant.ok()) << grant.status().ToString();
  EXPECT_EQ(grant->me.person.name, "Maya Lopez");
  ASSERT_EQ(grant->me.memberships.size(), 1u);
  EXPECT_EQ(grant->me.memberships[0].roles, domain::RoleSet{Role::kMentee});

  Caller maya{grant->me.person.id, false};
  auto enrollments = ListMyEnrollments(*ctx_, maya);
  ASSERT_EQ(enrollments->size(), 1u);
  EXPECT_EQ(enrollments->at(0).enrollment.status, domain::EnrollmentStatus::kActive);
  EXPECT_EQ(enrollments->at(0).enrollment.source, domain::EnrollmentSource::kInvitation);

  // A used link cannot be used again.
  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*inv), {"X", kPassword}).status().code(),
            StatusCode::kFailedPrecondition);
}

TEST_F(InvitationsTest, CoordinatorMayNotGrantStaffRoles) {
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"boss@example.org", {Role::kOrgAdmin}, "", std::nullopt});
  EXPECT_EQ(inv.status().code(), StatusCode::kPermissionDenied);
  auto org_only = CreateInvitation(*ctx_, coordinator_, org_.id,
                                   {"m@example.org", {Role::kMentor}, "", std::nullopt});
  EXPECT_EQ(org_only.status().code(), StatusCode::kPermissionDenied);
  EXPECT_TRUE(CreateInvitation(*ctx_, org_admin_, org_.id,
                               {"boss@example.org", {Role::kCoordinator}, "", std::nullopt})
                  .ok());
}

TEST_F(InvitationsTest, OutsidersSeeNothing) {
  auto other = MakeOrg("other");
  Caller outsider = Member(other, {Role::kOrgAdmin}, "outsider");
  auto inv = CreateInvitation(*ctx_, outsider, org_.id,
                              {"x@example.org", {Role::kMentee}, "", std::nullopt});
  EXPECT_EQ(inv.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ListInvitations(*ctx_, outsider, org_.id).status().code(), StatusCode::kNotFound);
}

TEST_F(InvitationsTest, ExistingAccountMustProveOwnership) {
  Caller existing = MakeUser("sam@example.org", "Sam");
  auto inv = CreateInvitation(*ctx_, org_admin_, org_.id,
                              {"sam@example.org", {Role::kMentor}, program_.id,
                               domain::ProgramRole::kMentor});
  ASSERT_TRUE(inv.ok());
  EXPECT_TRUE(PreviewInvitation(*ctx_, TokenOf(*inv))->account_exists);
  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*inv), {}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*inv), {std::nullopt, "wrong password!"})
                .status()
                .code(),
            StatusCode::kUnauthenticated);
  EXPECT_EQ(AcceptInvitation(*ctx_, coordinator_, TokenOf(*inv), {}).status().code(),
            StatusCode::kPermissionDenied);  // signed in as someone else
  auto grant = AcceptInvitation(*ctx_, existing, TokenOf(*inv), {});
  ASSERT_TRUE(grant.ok()) << grant.status().ToString();
  EXPECT_EQ(grant->me.person.id, existing.person_id);
}

TEST_F(InvitationsTest, RevokedAndExpiredInvitationsCannotBeAccepted) {
  auto a = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"a@example.org", {Role::kMentee}, "", std::nullopt});
  ASSERT_TRUE(RevokeInvitation(*ctx_, org_admin_, org_.id, a->invitation.id).ok());
  EXPECT_EQ(RevokeInvitation(*ctx_, org_admin_, org_.id, a->invitation.id).code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*a), {"A", kPassword}).status().code(),
            StatusCode::kFailedPrecondition);
  auto b = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"b@example.org", {Role::kMentee}, "", std::nullopt});
  clock_.Advance(domain::kInvitationLifetime + kSecond);
  EXPECT_EQ(PreviewInvitation(*ctx_, TokenOf(*b))->status, domain::InvitationStatus::kExpired);
  EXPECT_EQ(AcceptInvitation(*ctx_, {}, TokenOf(*b), {"B", kPassword}).status().code(),
            StatusCode::kFailedPrecondition);
}

TEST_F(InvitationsTest, InvalidRequests) {
  EXPECT_EQ(CreateInvitation(*ctx_, org_admin_, org_.id, {"not-an-email", {Role::kMentee}, "", {}})
                .status()
                .fields()
                .at(0)
                .field,
            "email");
  EXPECT_EQ(CreateInvitation(*ctx_, org_admin_, org_.id, {"a@example.org", {}, "", {}})
                .status()
                .code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(CreateInvitation(*ctx_, org_admin_, org_.id,
                             {"a@example.org", {}, "nope", domain::ProgramRole::kMentee})
                .status()
                .fields()
                .at(0)
                .field,
            "program_id");
}

}  // namespace
}  // namespace tandem::app
