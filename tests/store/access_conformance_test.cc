// Conformance: sessions, invitations, password resets and the outbox.
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::InvitationStatus;
using domain::Role;

class AccessConformanceTest : public StoreTest {
 protected:
  std::optional<domain::Session> FindSession(const std::string& id_hash) {
    auto found =
        Read<std::optional<domain::Session>>([&](app::Tx& tx) { return tx.FindSession(id_hash); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
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
  std::vector<std::string> OutboxIds(int limit) {
    auto messages = Read<std::vector<domain::OutboxMessage>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListOutbox({limit, std::nullopt})); });
    EXPECT_OK(messages);
    if (!messages.ok()) return {};
    return Keys(*messages, [](const domain::OutboxMessage& m) { return m.id; });
  }
};

TEST_P(AccessConformanceTest, SessionRoundTripsAndIdsAreUnique) {
  domain::Person p = AddPerson();
  domain::Session s = test::ASession(p.id).CreatedAt(test::kT0 + 1).ExpiresAt(test::kT0 + kDay);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertSession(s); }));
  auto found = FindSession(s.id_hash);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(s));
  EXPECT_EQ(FindSession("no-such-session"), std::nullopt);
  EXPECT_CODE(
      Write([&](app::Tx& tx) { return tx.InsertSession(test::ASession(p.id).IdHash(s.id_hash)); }),
      StatusCode::kAlreadyExists);
}

TEST_P(AccessConformanceTest, DeleteSessionIsIdempotent) {
  domain::Session s = test::ASession(AddPerson().id);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertSession(s); }));
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeleteSession(s.id_hash); }));
  EXPECT_EQ(FindSession(s.id_hash), std::nullopt);
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeleteSession(s.id_hash); }));
}

TEST_P(AccessConformanceTest, DeleteSessionsOfPersonKeepsOtherPeoplesSessions) {
  domain::Person p = AddPerson();
  domain::Person other = AddPerson();
  domain::Session a = test::ASession(p.id), b = test::ASession(p.id), c = test::ASession(other.id);
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertSession(a));
    RETURN_IF_ERROR(tx.InsertSession(b));
    return tx.InsertSession(c);
  }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeleteSessionsOfPerson(p.id); }));
  EXPECT_EQ(FindSession(a.id_hash), std::nullopt);
  EXPECT_EQ(FindSession(b.id_hash), std::nullopt);
  EXPECT_TRUE(FindSession(c.id_hash).has_value());
}

TEST_P(AccessConformanceTest, InvitationsRoundTripWithInviterName) {
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

TEST_P(AccessConformanceTest, InvitationOfAnotherOrganisationIsNotFound) {
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

TEST_P(AccessConformanceTest, InvitationTokensAreUnique) {
  domain::Organisation org = AddOrganisation();
  domain::Person inviter = AddPerson();
  domain::Invitation inv = test::AnInvitation(org.id, inviter.id);
  ASSERT_OK(AddInvitation(inv));
  Status dup = AddInvitation(test::AnInvitation(org.id, inviter.id).TokenHash(inv.token_hash));
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("token"), std::string::npos) << dup.message();
}

TEST_P(AccessConformanceTest, ListInvitationsNewestFirstAndScoped) {
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

TEST_P(AccessConformanceTest, SetInvitationStatus) {
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

TEST_P(AccessConformanceTest, LockInvitationNeedsTheInvitationInTheOrganisation) {
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
TEST_P(AccessConformanceTest, LockInvitationMakesALaterDecisionSeeTheEarlierOne) {
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

TEST_P(AccessConformanceTest, APasswordResetIsUsedOnceEvenByConcurrentConfirmations) {
  for (int round = 0; round < 3; ++round) {
    domain::PasswordReset r = test::APasswordReset(AddPerson().id);
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPasswordReset(r); }));
    std::atomic<int> ready{0};
    auto confirm = [&] {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      return Write([&](app::Tx& tx) -> Status {
        RETURN_IF_ERROR(tx.MarkPasswordResetUsed(r.token_hash));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return Status::Ok();
      });
    };
    Status s1, s2;
    std::thread t1([&] { s1 = confirm(); });
    std::thread t2([&] { s2 = confirm(); });
    t1.join();
    t2.join();
    EXPECT_EQ(s1.ok() + s2.ok(), 1) << s1.ToString() << " / " << s2.ToString();
    for (const Status& s : {s1, s2})
      if (!s.ok()) EXPECT_CODE(s, StatusCode::kFailedPrecondition);
  }
}

TEST_P(AccessConformanceTest, PasswordResetRoundTripAndMarkUsed) {
  domain::PasswordReset r = test::APasswordReset(AddPerson().id).ExpiresAt(test::kT0 + 77);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertPasswordReset(r); }));
  auto find = [&](const std::string& token) {
    auto found = Read<std::optional<domain::PasswordReset>>(
        [&](app::Tx& tx) { return tx.FindPasswordReset(token); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  };
  ASSERT_TRUE(find(r.token_hash).has_value());
  EXPECT_EQ(Fields(*find(r.token_hash)), Fields(r));
  EXPECT_EQ(find("unknown"), std::nullopt);

  ASSERT_OK(Write([&](app::Tx& tx) { return tx.MarkPasswordResetUsed(r.token_hash); }));
  EXPECT_TRUE(find(r.token_hash)->used);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.MarkPasswordResetUsed(r.token_hash); }),
              StatusCode::kFailedPrecondition)
      << "used once only";
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.MarkPasswordResetUsed("unknown"); }),
              StatusCode::kNotFound);
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertPasswordReset(r); }),
              StatusCode::kAlreadyExists);
}

TEST_P(AccessConformanceTest, ACompletedResetCanUseUpEveryResetOfThePerson) {
  domain::Person p = AddPerson();
  domain::Person other = AddPerson();
  domain::PasswordReset a = test::APasswordReset(p.id), b = test::APasswordReset(p.id);
  domain::PasswordReset theirs = test::APasswordReset(other.id);
  ASSERT_OK(Write([&](app::Tx& tx) {
    for (const auto& r : {a, b, theirs}) RETURN_IF_ERROR(tx.InsertPasswordReset(r));
    return tx.MarkPasswordResetUsed(a.token_hash);
  }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.MarkPasswordResetsOfPersonUsed(p.id); }));
  auto used = [&](const std::string& token) {
    auto found = Read<std::optional<domain::PasswordReset>>(
        [&](app::Tx& tx) { return tx.FindPasswordReset(token); });
    EXPECT_TRUE(found.ok() && found->has_value());
    return found.ok() && found->has_value() && (*found)->used;
  };
  EXPECT_TRUE(used(a.token_hash));
  EXPECT_TRUE(used(b.token_hash));
  EXPECT_FALSE(used(theirs.token_hash)) << "another person's reset is untouched";
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.MarkPasswordResetsOfPersonUsed(p.id); }))
      << "none left is fine";
}

TEST_P(AccessConformanceTest, OutboxIsNewestFirstWithLimitAndTiesInInsertionOrder) {
  domain::OutboxMessage older = test::AnOutboxMessage().CreatedAt(test::kT0);
  domain::OutboxMessage tie_first = test::AnOutboxMessage().CreatedAt(test::kT0 + kMinute);
  domain::OutboxMessage tie_second = test::AnOutboxMessage().CreatedAt(test::kT0 + kMinute);
  domain::OutboxMessage newest = test::AnOutboxMessage().CreatedAt(test::kT0 + kHour);
  // Inserted out of time order on purpose.
  for (const auto& m : {tie_first, newest, older, tie_second})
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(m); }));

  EXPECT_EQ(OutboxIds(10),
            (std::vector<std::string>{newest.id, tie_second.id, tie_first.id, older.id}));
  EXPECT_EQ(OutboxIds(2), (std::vector<std::string>{newest.id, tie_second.id}));
  EXPECT_EQ(OutboxIds(0).size(), 4u);  // 0: every row

  auto all = Read<std::vector<domain::OutboxMessage>>(
      [](app::Tx& tx) { return app::EveryRow(tx.ListOutbox({1, std::nullopt})); });
  ASSERT_OK(all);
  EXPECT_EQ(Fields(all->at(0)), Fields(newest));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertOutboxMessage(older); }),
              StatusCode::kAlreadyExists);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccessConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
