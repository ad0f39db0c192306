// Conformance: password-reset tokens, each used once, and the reset requests counted against
// abuse.
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

class PasswordResetsConformanceTest : public StoreTest {
};

TEST_P(PasswordResetsConformanceTest, APasswordResetIsUsedOnceEvenByConcurrentConfirmations) {
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
    for (const Status& s : {s1, s2}) {
      if (!s.ok()) {
        EXPECT_CODE(s, StatusCode::kFailedPrecondition);
      }
    }
  }
}

TEST_P(PasswordResetsConformanceTest, PasswordResetRoundTripAndMarkUsed) {
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

TEST_P(PasswordResetsConformanceTest, ACompletedResetCanUseUpEveryResetOfThePerson) {
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

TEST_P(PasswordResetsConformanceTest, ResetRequestsAreCountedByAddressAndMailsByAccount) {
  const Millis now = test::kT0;
  auto add = [&](const std::string& account, const std::string& address, Millis at, bool mailed) {
    return Write([&](app::Tx& tx) {
      return tx.InsertPasswordResetRequest({account, address, at, mailed});
    });
  };
  ASSERT_OK(add("ana@example.test", "192.0.2.1", now - kHour - 1, true));
  ASSERT_OK(add("ana@example.test", "192.0.2.1", now - kHour, true));
  ASSERT_OK(add("ana@example.test", "192.0.2.2", now - kMinute, false));
  ASSERT_OK(add("ghost@example.test", "192.0.2.1", now, false));
  ASSERT_OK(add("ana@example.test", "192.0.2.1", now, true)) << "the same row twice is fine";
  ASSERT_OK(add("ana@example.test", "192.0.2.1", now, true));

  auto times = Read<std::vector<Millis>>([&](app::Tx& tx) {
    return tx.ListPasswordResetRequestTimesFromAddress("192.0.2.1", now - kHour);
  });
  ASSERT_OK(times);
  EXPECT_EQ(*times, (std::vector<Millis>{now - kHour, now, now, now}))
      << "any account, mailed or not, oldest first";
  auto mails = Read<int>(
      [&](app::Tx& tx) { return tx.CountPasswordResetMails("ana@example.test", now - kHour); });
  ASSERT_OK(mails);
  EXPECT_EQ(*mails, 3) << "mailed ones only, within the window";

  // A request long after deletes those past their retention.
  ASSERT_OK(
      add("cy@example.test", "198.51.100.1", now + domain::kResetRequestRetention + kHour, false));
  auto all = Read<std::vector<Millis>>(
      [&](app::Tx& tx) { return tx.ListPasswordResetRequestTimesFromAddress("192.0.2.1", 0); });
  ASSERT_OK(all);
  EXPECT_TRUE(all->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, PasswordResetsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
