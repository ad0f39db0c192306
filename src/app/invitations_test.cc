#include "app/invitations.h"

#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

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
    ASSERT_OK(created);
    program_ = created->program;
  }

  std::string TokenOf(const CreatedInvitation& c) { return c.link.substr(c.link.rfind('/') + 1); }

  // Accepts from one client address (password guesses are counted per address).
  Result<SessionGrant> Accept(const Caller& caller, const std::string& token,
                              const AcceptInput& input, const std::string& address = "192.0.2.10") {
    return AcceptInvitation(*ctx_, caller, token, input, address);
  }

  domain::Organisation org_;
  Caller org_admin_, coordinator_;
  domain::Program program_;
};

TEST_F(InvitationsTest, NewPersonAcceptsIntoProgram) {
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"Maya@Example.org", {}, program_.id, domain::ProgramRole::kMentee});
  ASSERT_OK(inv);
  EXPECT_EQ(inv->invitation.email, "maya@example.org");
  EXPECT_EQ(inv->invitation.roles, domain::RoleSet{Role::kMentee});

  auto preview = PreviewInvitation(*ctx_, TokenOf(*inv));
  ASSERT_OK(preview);
  EXPECT_EQ(preview->program_name, "Career Pathways");
  EXPECT_FALSE(preview->account_exists);

  EXPECT_CODE(Accept({}, TokenOf(*inv), {std::nullopt, kPassword}),
              StatusCode::kInvalidArgument);  // name missing
  auto grant = Accept({}, TokenOf(*inv), {"Maya Lopez", kPassword});
  ASSERT_OK(grant);
  EXPECT_EQ(grant->me.person.name, "Maya Lopez");
  ASSERT_EQ(grant->me.memberships.size(), 1u);
  EXPECT_EQ(grant->me.memberships[0].roles, domain::RoleSet{Role::kMentee});

  Caller maya{grant->me.person.id, false};
  auto enrollments = ListMyEnrollments(*ctx_, maya, {});
  ASSERT_EQ(enrollments->items.size(), 1u);
  EXPECT_EQ(enrollments->items.at(0).enrollment.status, domain::EnrollmentStatus::kActive);
  EXPECT_EQ(enrollments->items.at(0).enrollment.source, domain::EnrollmentSource::kInvitation);

  // A used link cannot be used again.
  EXPECT_CODE(Accept({}, TokenOf(*inv), {"X", kPassword}), StatusCode::kFailedPrecondition);
}

TEST_F(InvitationsTest, WithMailDeliveryTheLinkGoesToTheInviteeOnly) {
  ctx_->mail_mode = MailMode::kSmtp;
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"sam@example.org", {}, program_.id, domain::ProgramRole::kMentee});
  ASSERT_OK(inv);
  EXPECT_TRUE(inv->link.empty());  // the inviter cannot accept in Sam's name
  ctx_->mail_mode = MailMode::kDevelopment;
  auto dev = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"kim@example.org", {}, program_.id, domain::ProgramRole::kMentee});
  ASSERT_OK(dev);
  EXPECT_NE(dev->link.find("/invite/"), std::string::npos);  // no mail leaves: shown to the inviter
}

TEST_F(InvitationsTest, CoordinatorMayNotGrantStaffRoles) {
  auto inv = CreateInvitation(*ctx_, coordinator_, org_.id,
                              {"boss@example.org", {Role::kOrgAdmin}, "", std::nullopt});
  EXPECT_CODE(inv, StatusCode::kPermissionDenied);
  auto org_only = CreateInvitation(*ctx_, coordinator_, org_.id,
                                   {"m@example.org", {Role::kMentor}, "", std::nullopt});
  EXPECT_CODE(org_only, StatusCode::kPermissionDenied);
  EXPECT_OK(CreateInvitation(*ctx_, org_admin_, org_.id,
                             {"boss@example.org", {Role::kCoordinator}, "", std::nullopt}));
}

TEST_F(InvitationsTest, OutsidersSeeNothing) {
  auto other = MakeOrg("other");
  Caller outsider = Member(other, {Role::kOrgAdmin}, "outsider");
  auto inv = CreateInvitation(*ctx_, outsider, org_.id,
                              {"x@example.org", {Role::kMentee}, "", std::nullopt});
  EXPECT_CODE(inv, StatusCode::kNotFound);
  EXPECT_CODE(ListInvitations(*ctx_, outsider, org_.id, {}), StatusCode::kNotFound);
}

TEST_F(InvitationsTest, ExistingAccountMustProveOwnership) {
  Caller existing = MakeUser("sam@example.org", "Sam");
  auto inv = CreateInvitation(*ctx_, org_admin_, org_.id,
                              {"sam@example.org", {Role::kMentor}, program_.id,
                               domain::ProgramRole::kMentor});
  ASSERT_OK(inv);
  EXPECT_TRUE(PreviewInvitation(*ctx_, TokenOf(*inv))->account_exists);
  EXPECT_CODE(Accept({}, TokenOf(*inv), {}), StatusCode::kInvalidArgument);
  EXPECT_CODE(Accept({}, TokenOf(*inv), {std::nullopt, "wrong password!"}),
              StatusCode::kUnauthenticated);
  EXPECT_CODE(Accept(coordinator_, TokenOf(*inv), {}),
              StatusCode::kPermissionDenied);  // signed in as someone else
  auto grant = Accept(existing, TokenOf(*inv), {});
  ASSERT_OK(grant);
  EXPECT_EQ(grant->me.person.id, existing.person_id);
}

// A coordinator of any organisation can invite any address, so acceptance must not be a way to
// guess an account's password without limit: it spends the same budget as sign-in.
TEST_F(InvitationsTest, PasswordGuessesThroughAnInvitationShareTheSignInBudget) {
  auto inv =
      CreateInvitation(*ctx_, coordinator_, org_.id,
                       {"root@tandem.example", {}, program_.id, domain::ProgramRole::kMentor});
  ASSERT_OK(inv);
  for (int i = 0; i < 3; ++i)
    ASSERT_CODE(Accept({}, TokenOf(*inv), {std::nullopt, "guess number " + std::to_string(i)},
                       "203.0.113.5"),
                StatusCode::kUnauthenticated);
  for (int i = 3; i < 5; ++i)
    ASSERT_CODE(
        Login(*ctx_, "root@tandem.example", "guess number " + std::to_string(i), "203.0.113.5"),
        StatusCode::kUnauthenticated);
  // The sixth guess, whichever the path, is refused; even the right password.
  auto sixth = Accept({}, TokenOf(*inv), {std::nullopt, kPassword}, "203.0.113.5");
  EXPECT_CODE(sixth, StatusCode::kResourceExhausted);
  EXPECT_GT(sixth.status().retry_after_seconds(), 0);
  EXPECT_CODE(Login(*ctx_, "root@tandem.example", kPassword, "203.0.113.5"),
              StatusCode::kResourceExhausted);
  EXPECT_EQ(PreviewInvitation(*ctx_, TokenOf(*inv))->status, domain::InvitationStatus::kPending);
  // The owner elsewhere is not locked out, and may accept.
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "192.0.2.77"));
  EXPECT_OK(Accept({}, TokenOf(*inv), {std::nullopt, kPassword}, "192.0.2.77"));
}

// Two invitations (from two organisations) to one new address, accepted at once by two people:
// the account is created by whichever commits first; the other, who never proved that
// account's password, must not be signed in to it.
TEST_F(InvitationsTest, AnAccountCreatedMeanwhileIsNotHandedToTheOtherAcceptance) {
  auto other_org = MakeOrg("other");
  Caller other_admin = Member(other_org, {Role::kOrgAdmin}, "otheradmin");
  auto mine = CreateInvitation(*ctx_, org_admin_, org_.id,
                               {"new@example.org", {Role::kMentee}, "", std::nullopt});
  auto theirs = CreateInvitation(*ctx_, other_admin, other_org.id,
                                 {"new@example.org", {Role::kMentor}, "", std::nullopt});
  ASSERT_TRUE(mine.ok() && theirs.ok());

  testing::HookedHasher hooked(hasher_);
  Context ctx{*store_, hooked, tokens_, clock_};
  Result<SessionGrant> first = Internal("not run");
  bool fired = false;
  hooked.on_hash = [&] {  // while the second acceptance hashes its password
    if (std::exchange(fired, true)) return;
    first = Accept({}, TokenOf(*theirs), {"First Person", "first person password"});
  };
  auto second = AcceptInvitation(ctx, {}, TokenOf(*mine), {"Second Person", "second person pw!"},
                                 "192.0.2.10");
  ASSERT_OK(first);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition) << second.status().ToString();
  EXPECT_EQ(PreviewInvitation(*ctx_, TokenOf(*mine))->status, domain::InvitationStatus::kPending)
      << "still there to accept with the account's password";
  EXPECT_FALSE(Login(*ctx_, "new@example.org", "second person pw!", "192.0.2.10").ok());
  EXPECT_OK(Login(*ctx_, "new@example.org", "first person password", "192.0.2.10"));
  auto accepted = Accept({}, TokenOf(*mine), {std::nullopt, "first person password"});
  ASSERT_OK(accepted);
  EXPECT_EQ(accepted->me.person.id, first->me.person.id);
  EXPECT_EQ(accepted->me.memberships.size(), 2u);
}

// The same race for an account that exists without a password (never claimed).
TEST_F(InvitationsTest, AnAccountCompletedMeanwhileIsNotHandedToTheOtherAcceptance) {
  domain::Person unclaimed;
  unclaimed.id = NewId();
  unclaimed.email = "later@example.org";
  unclaimed.name = "Later";
  unclaimed.created_at = clock_.Now();
  ASSERT_OK(store_->Transact([&](Tx& tx) { return tx.InsertPerson(unclaimed); }));
  auto a = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"later@example.org", {Role::kMentee}, "", std::nullopt});
  auto b = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"later@example.org", {Role::kMentor}, "", std::nullopt});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_FALSE(PreviewInvitation(*ctx_, TokenOf(*a))->account_exists);

  testing::HookedHasher hooked(hasher_);
  Context ctx{*store_, hooked, tokens_, clock_};
  Result<SessionGrant> first = Internal("not run");
  bool fired = false;
  hooked.on_hash = [&] {
    if (std::exchange(fired, true)) return;
    first = Accept({}, TokenOf(*b), {"First Person", "first person password"});
  };
  auto second =
      AcceptInvitation(ctx, {}, TokenOf(*a), {"Second Person", "second person pw!"}, "192.0.2.10");
  ASSERT_OK(first);
  EXPECT_EQ(first->me.person.id, unclaimed.id);
  EXPECT_CODE(second, StatusCode::kFailedPrecondition);
  EXPECT_OK(Login(*ctx_, "later@example.org", "first person password", "192.0.2.10"));
}

TEST_F(InvitationsTest, RevokedAndExpiredInvitationsCannotBeAccepted) {
  auto a = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"a@example.org", {Role::kMentee}, "", std::nullopt});
  ASSERT_OK(RevokeInvitation(*ctx_, org_admin_, org_.id, a->invitation.id));
  EXPECT_CODE(RevokeInvitation(*ctx_, org_admin_, org_.id, a->invitation.id),
              StatusCode::kFailedPrecondition);
  EXPECT_CODE(Accept({}, TokenOf(*a), {"A", kPassword}), StatusCode::kFailedPrecondition);
  auto b = CreateInvitation(*ctx_, org_admin_, org_.id,
                            {"b@example.org", {Role::kMentee}, "", std::nullopt});
  clock_.Advance(domain::kInvitationLifetime + kSecond);
  EXPECT_EQ(PreviewInvitation(*ctx_, TokenOf(*b))->status, domain::InvitationStatus::kExpired);
  EXPECT_CODE(Accept({}, TokenOf(*b), {"B", kPassword}), StatusCode::kFailedPrecondition);
}

TEST_F(InvitationsTest, InvalidRequests) {
  EXPECT_EQ(CreateInvitation(*ctx_, org_admin_, org_.id, {"not-an-email", {Role::kMentee}, "", {}})
                .status()
                .fields()
                .at(0)
                .field,
            "email");
  EXPECT_CODE(CreateInvitation(*ctx_, org_admin_, org_.id, {"a@example.org", {}, "", {}}),
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
