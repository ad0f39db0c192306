// Conformance: invitations (organisation-owned, found by token hash, locked for decisions).
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::InvitationStatus;
using domain::Role;

class InvitationsConformanceTest : public StoreTest {
 protected:
  Status AddInvitation(const domain::Invitation& inv) {
    return Write([&](app::Tx& tx) { return tx.InsertInvitation(inv); });
  }
  std::optional<domain::Invitation> FindInvitation(const std::string& token_hash) {
    auto found = Read<std::optional<domain::Invitation>>(
        [&](app::Tx& tx) { return tx.FindInvitationByTokenHash(token_hash); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
  Result<domain::Invitation> GetInvitation(const std::string& org, const std::string& id) {
    return Read<domain::Invitation>([&](app::Tx& tx) { return tx.GetInvitation(org, id); });
  }
};

TEST_P(InvitationsConformanceTest, InvitationsRoundTripWithInviterName) {
  domain::Organisation org = AddOrganisation();
  domain::Person inviter = AddPerson(test::APerson().Name("Irene Inviter"));
  domain::Program program = AddProgram(test::AProgram(org.id));
  domain::Invitation org_level = test::AnInvitation(org.id, inviter.id)
                                     .Roles({Role::kOrgAdmin, Role::kCoordinator})
                                     .CreatedAt(test::kT0 + 3)
                                     .ExpiresAt(test::kT0 + kDay);
  domain::Invitation to_program = test::AnInvitation(org.id, inviter.id)
                                      .Roles({})
                                      .ToProgram(program.id, domain::ProgramRole::kMentor)
                                      .Status(InvitationStatus::kAccepted);
  ASSERT_OK(AddInvitation(org_level));
  ASSERT_OK(AddInvitation(to_program));

  for (domain::Invitation expected : {org_level, to_program}) {
    expected.invited_by_name = "Irene Inviter";
    auto found = FindInvitation(expected.token_hash);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(Fields(*found), Fields(expected));
    auto got = GetInvitation(org.id, expected.id);
    ASSERT_OK(got);
    EXPECT_EQ(Fields(*got), Fields(expected));
  }
  EXPECT_EQ(FindInvitation("unknown-token"), std::nullopt);
}

TEST_P(InvitationsConformanceTest, InvitationOfAnotherOrganisationIsNotFound) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Invitation inv = test::AnInvitation(org.id, AddPerson().id);
  ASSERT_OK(AddInvitation(inv));
  EXPECT_CODE(GetInvitation(other.id, inv.id), StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.SetInvitationStatus(other.id, inv.id, InvitationStatus::kRevoked);
              }),
              StatusCode::kNotFound);
  EXPECT_EQ(GetInvitation(org.id, inv.id)->status, InvitationStatus::kPending);
}

TEST_P(InvitationsConformanceTest, InvitationTokensAreUnique) {
  domain::Organisation org = AddOrganisation();
  domain::Person inviter = AddPerson();
  domain::Invitation inv = test::AnInvitation(org.id, inviter.id);
  ASSERT_OK(AddInvitation(inv));
  Status dup = AddInvitation(test::AnInvitation(org.id, inviter.id).TokenHash(inv.token_hash));
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("token"), std::string::npos) << dup.message();
}

TEST_P(InvitationsConformanceTest, ListInvitationsNewestFirstAndScoped) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Person inviter = AddPerson(test::APerson().Name("Ines"));
  domain::Invitation old_one = test::AnInvitation(org.id, inviter.id).CreatedAt(test::kT0);
  domain::Invitation new_one = test::AnInvitation(org.id, inviter.id).CreatedAt(test::kT0 + kHour);
  for (const auto& inv :
       {old_one, new_one,
        test::AnInvitation(other.id, inviter.id).CreatedAt(test::kT0 + kDay).Build()})
    ASSERT_OK(AddInvitation(inv));
  auto list = Read<std::vector<domain::Invitation>>(
      [&](app::Tx& tx) { return tx.ListInvitations(org.id); });
  ASSERT_OK(list);
  EXPECT_EQ(Keys(*list, [](const domain::Invitation& i) { return i.id; }),
            (std::vector<std::string>{new_one.id, old_one.id}));
  EXPECT_EQ((*list)[0].invited_by_name, "Ines");
}

TEST_P(InvitationsConformanceTest, SetInvitationStatus) {
  domain::Organisation org = AddOrganisation();
  domain::Invitation inv = test::AnInvitation(org.id, AddPerson().id);
  ASSERT_OK(AddInvitation(inv));
  for (InvitationStatus status : {InvitationStatus::kRevoked, InvitationStatus::kAccepted}) {
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.SetInvitationStatus(org.id, inv.id, status); }));
    EXPECT_EQ(GetInvitation(org.id, inv.id)->status, status);
  }
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.SetInvitationStatus(org.id, NewId(), InvitationStatus::kRevoked);
              }),
              StatusCode::kNotFound);
}

TEST_P(InvitationsConformanceTest, LockInvitationNeedsTheInvitationInTheOrganisation) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::Invitation inv = test::AnInvitation(org.id, AddPerson().id);
  ASSERT_OK(AddInvitation(inv));
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.LockInvitation(org.id, inv.id); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockInvitation(other.id, inv.id); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.LockInvitation(org.id, NewId()); }),
              StatusCode::kNotFound);
}

// An acceptance and a revocation at once: the second to get the lock sees the first's status.
TEST_P(InvitationsConformanceTest, LockInvitationMakesALaterDecisionSeeTheEarlierOne) {
  domain::Organisation org = AddOrganisation();
  domain::Invitation inv = test::AnInvitation(org.id, AddPerson().id);
  ASSERT_OK(AddInvitation(inv));
  auto decide = [&](InvitationStatus to, const std::function<void()>& after_read) {
    return Write([&](app::Tx& tx) -> Status {
      RETURN_IF_ERROR(tx.LockInvitation(org.id, inv.id));
      ASSIGN_OR_RETURN(domain::Invitation now, tx.GetInvitation(org.id, inv.id));
      after_read();
      if (now.status != InvitationStatus::kPending) return FailedPrecondition("decided");
      return tx.SetInvitationStatus(org.id, inv.id, to);
    });
  };
  std::atomic<bool> read{false};
  Status accept, revoke;
  std::thread a([&] {
    accept = decide(InvitationStatus::kAccepted, [&] {
      read = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  std::thread b([&] {
    while (!read) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    revoke = decide(InvitationStatus::kRevoked, [] {});
  });
  a.join();
  b.join();
  EXPECT_OK(accept);
  EXPECT_CODE(revoke, StatusCode::kFailedPrecondition);
  EXPECT_EQ(GetInvitation(org.id, inv.id)->status, InvitationStatus::kAccepted);
}

INSTANTIATE_TEST_SUITE_P(Backends, InvitationsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
