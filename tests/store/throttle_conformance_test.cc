// Conformance: password failures, known addresses, guessing alerts and the throttle lock.
#include <atomic>
#include <chrono>
#include <thread>

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::PasswordFailure;

class ThrottleConformanceTest : public StoreTest {
 protected:
  Status AddFailure(const PasswordFailure& f) {
    return Write([&](app::Tx& tx) { return tx.InsertPasswordFailure(f); });
  }
  std::vector<PasswordFailure> OfAccount(const std::string& account, Millis since) {
    auto found = Read<std::vector<PasswordFailure>>(
        [&](app::Tx& tx) { return tx.ListPasswordFailuresOfAccount(account, since); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::vector<PasswordFailure>{};
  }
  std::vector<Millis> FromAddress(const std::string& address, Millis since) {
    auto found = Read<std::vector<Millis>>(
        [&](app::Tx& tx) { return tx.ListPasswordFailureTimesFromAddress(address, since); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::vector<Millis>{};
  }
  bool Known(const std::string& person, const std::string& address, Millis since) {
    auto known = Read<bool>([&](app::Tx& tx) { return tx.IsKnownAddress(person, address, since); });
    EXPECT_OK(known);
    return known.ok() && *known;
  }
  // Whether the claim succeeded (a failed transaction fails the test and answers false).
  bool Claim(const std::string& person, Millis at, Millis since) {
    bool claimed = false;
    EXPECT_OK(Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(claimed, tx.ClaimPasswordAlert(person, at, since));
      return Status::Ok();
    }));
    return claimed;
  }
};

std::vector<std::string> Ids(const std::vector<PasswordFailure>& failures) {
  return Keys(failures, [](const PasswordFailure& f) { return f.id; });
}

auto Fields(const PasswordFailure& f) { return std::make_tuple(f.id, f.account, f.address, f.at); }

TEST_P(ThrottleConformanceTest, FailuresAreListedByAccountAndByAddressWithinTheirWindow) {
  const Millis now = test::kT0;
  PasswordFailure old_one{NewId(), "ana@example.test", "192.0.2.1", now - kHour - 1};
  PasswordFailure boundary{NewId(), "ana@example.test", "192.0.2.2", now - kHour};
  PasswordFailure recent{NewId(), "ana@example.test", "192.0.2.1", now - kMinute};
  PasswordFailure newest{NewId(), "ana@example.test", "192.0.2.1", now};
  PasswordFailure other_account{NewId(), "bo@example.test", "192.0.2.1", now - 2 * kMinute};
  // Inserted out of time order on purpose.
  for (const auto& f : {newest, old_one, other_account, recent, boundary}) ASSERT_OK(AddFailure(f));

  auto listed = OfAccount("ana@example.test", now - kHour);
  EXPECT_EQ(Ids(listed), (std::vector<std::string>{boundary.id, recent.id, newest.id}))
      << "oldest first; the boundary counts, older ones do not";
  ASSERT_EQ(listed.size(), 3u);
  EXPECT_EQ(Fields(listed[1]), Fields(recent));
  EXPECT_TRUE(OfAccount("nobody@example.test", 0).empty());

  EXPECT_EQ(FromAddress("192.0.2.1", now - kHour),
            (std::vector<Millis>{other_account.at, recent.at, newest.at}))
      << "any account, oldest first";
  EXPECT_EQ(FromAddress("192.0.2.1", now + 1), std::vector<Millis>{});

  EXPECT_CODE(AddFailure(newest), StatusCode::kAlreadyExists);
}

TEST_P(ThrottleConformanceTest, InsertingAFailureDeletesFailuresPastTheirRetention) {
  const Millis now = test::kT0;
  PasswordFailure stale{NewId(), "ana@example.test", "192.0.2.1",
                        now - domain::kPasswordFailureRetention - 1};
  PasswordFailure kept{NewId(), "bo@example.test", "192.0.2.9",
                       now - domain::kPasswordFailureRetention};
  ASSERT_OK(AddFailure(stale));
  ASSERT_OK(AddFailure(kept));
  EXPECT_EQ(OfAccount("ana@example.test", 0).size(), 1u) << "nothing pruned yet";
  ASSERT_OK(AddFailure({NewId(), "cy@example.test", "198.51.100.1", now}));
  EXPECT_TRUE(OfAccount("ana@example.test", 0).empty()) << "pruned whatever its account";
  EXPECT_EQ(Ids(OfAccount("bo@example.test", 0)), std::vector<std::string>{kept.id});
}

TEST_P(ThrottleConformanceTest, DeletePasswordFailuresFromOneAddressOrAll) {
  const std::string ana = "ana@example.test";
  for (const char* address : {"192.0.2.1", "192.0.2.1", "192.0.2.2"})
    ASSERT_OK(AddFailure({NewId(), ana, address, test::kT0}));
  ASSERT_OK(AddFailure({NewId(), "bo@example.test", "192.0.2.1", test::kT0}));

  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeletePasswordFailures(ana, "192.0.2.1"); }));
  auto left = OfAccount(ana, 0);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].address, "192.0.2.2");
  EXPECT_EQ(OfAccount("bo@example.test", 0).size(), 1u) << "other accounts are kept";

  ASSERT_OK(Write([&](app::Tx& tx) { return tx.DeletePasswordFailures(ana, ""); }));
  EXPECT_TRUE(OfAccount(ana, 0).empty());
  EXPECT_EQ(OfAccount("bo@example.test", 0).size(), 1u);
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeletePasswordFailures(ana, ""); }))
      << "nothing to delete is fine";
}

TEST_P(ThrottleConformanceTest, KnownAddressesMoveForwardAndAgeOut) {
  domain::Person p = AddPerson();
  domain::Person other = AddPerson();
  const Millis t = test::kT0;
  auto touch = [&](const std::string& person, const std::string& address, Millis at) {
    return Write([&](app::Tx& tx) { return tx.TouchKnownAddress(person, address, at); });
  };
  EXPECT_FALSE(Known(p.id, "192.0.2.1", 0));
  ASSERT_OK(touch(p.id, "192.0.2.1", t));
  EXPECT_TRUE(Known(p.id, "192.0.2.1", t)) << "the boundary counts";
  EXPECT_FALSE(Known(p.id, "192.0.2.1", t + 1));
  EXPECT_FALSE(Known(p.id, "192.0.2.2", 0));
  EXPECT_FALSE(Known(other.id, "192.0.2.1", 0)) << "known per person";

  ASSERT_OK(touch(p.id, "192.0.2.1", t + kDay));
  EXPECT_TRUE(Known(p.id, "192.0.2.1", t + kDay));
  ASSERT_OK(touch(p.id, "192.0.2.1", t + kHour)) << "an older sign-in arriving late";
  EXPECT_TRUE(Known(p.id, "192.0.2.1", t + kDay)) << "last_seen_at never moves back";

  // A sign-in long after deletes the person's addresses not seen for the lifetime.
  ASSERT_OK(touch(other.id, "192.0.2.1", t));
  ASSERT_OK(touch(p.id, "192.0.2.3", t + kDay + domain::kKnownAddressLifetime + 1));
  EXPECT_FALSE(Known(p.id, "192.0.2.1", 0));
  EXPECT_TRUE(Known(p.id, "192.0.2.3", 0));
  EXPECT_TRUE(Known(other.id, "192.0.2.1", 0)) << "other people's addresses are kept";
}

TEST_P(ThrottleConformanceTest, AnAlertIsClaimedOncePerInterval) {
  domain::Person p = AddPerson();
  const Millis t = test::kT0;
  const Millis interval = domain::kGuessAlertInterval;
  EXPECT_TRUE(Claim(p.id, t, t - interval)) << "the first";
  EXPECT_FALSE(Claim(p.id, t + kHour, t + kHour - interval))
      << "one already sent within the interval";
  EXPECT_FALSE(Claim(p.id, t + interval, t)) << "sent exactly at `since`";
  EXPECT_TRUE(Claim(p.id, t + interval + 1, t + 1)) << "after the interval";
  EXPECT_TRUE(Claim(AddPerson().id, t, t - interval)) << "per person";
}

TEST_P(ThrottleConformanceTest, OfConcurrentAlertClaimsOneWins) {
  for (int round = 0; round < 3; ++round) {
    domain::Person p = AddPerson();
    std::atomic<int> ready{0};
    std::atomic<int> won{0};
    std::atomic<int> errors{0};
    auto claim = [&] {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      Status s = Write([&](app::Tx& tx) -> Status {
        ASSIGN_OR_RETURN(bool claimed, tx.ClaimPasswordAlert(p.id, test::kT0, test::kT0 - kDay));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (claimed) ++won;
        return Status::Ok();
      });
      if (!s.ok()) ++errors;
    };
    std::thread a(claim), b(claim);
    a.join();
    b.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(won.load(), 1);
  }
}

// What the throttle lock is for: a count-then-insert under the lock never lets two concurrent
// writers both see room for one.
TEST_P(ThrottleConformanceTest, TheThrottleLockSerialisesCountThenInsert) {
  for (int round = 0; round < 3; ++round) {
    const std::string account = "round" + std::to_string(round) + "@example.test";
    std::atomic<int> ready{0};
    std::atomic<int> errors{0};
    auto guess = [&] {
      ++ready;
      while (ready < 2) std::this_thread::yield();
      Status s = Write([&](app::Tx& tx) -> Status {
        RETURN_IF_ERROR(tx.LockThrottleKey("account:" + account));
        ASSIGN_OR_RETURN(auto seen, tx.ListPasswordFailuresOfAccount(account, 0));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!seen.empty()) return Status::Ok();  // no room left
        return tx.InsertPasswordFailure({NewId(), account, "192.0.2.1", test::kT0});
      });
      if (!s.ok()) ++errors;
    };
    std::thread a(guess), b(guess);
    a.join();
    b.join();
    EXPECT_EQ(errors.load(), 0);
    EXPECT_EQ(OfAccount(account, 0).size(), 1u);
  }
  // Different keys do not wait for each other (nothing to assert but that both succeed).
  EXPECT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.LockThrottleKey("account:a@example.test"));
    return tx.LockThrottleKey("address:192.0.2.1");
  }));
}

INSTANTIATE_TEST_SUITE_P(Backends, ThrottleConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
