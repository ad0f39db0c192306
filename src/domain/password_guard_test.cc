#include "domain/password_guard.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

constexpr Millis kNow = 1795631400000;
const std::string kHere = "192.0.2.1";

// `n` failures of the account from `address`, one a second up to now.
void Fail(GuessHistory& h, const std::string& address, int n, Millis last = kNow) {
  for (int i = 0; i < n; ++i)
    h.of_account.push_back({"f" + std::to_string(h.of_account.size()), "ana@example.test", address,
                            last - (n - 1 - i) * kSecond});
}

TEST(PasswordGuardTest, AFreshAccountMayBeTried) {
  EXPECT_TRUE(JudgeGuess({}, kHere, kNow).allowed());
}

TEST(PasswordGuardTest, FiveFailuresFromOneAddressPauseThatAddressOnly) {
  GuessHistory h;
  Fail(h, kHere, kMaxFailuresPerAccountAndAddress - 1);
  EXPECT_TRUE(JudgeGuess(h, kHere, kNow).allowed());
  Fail(h, kHere, 1);
  GuessVerdict v = JudgeGuess(h, kHere, kNow);
  EXPECT_EQ(v.limit, GuessLimit::kAccountAndAddress);
  // The oldest of the five (3 s ago) leaves the window first.
  EXPECT_EQ(v.retry_after, kGuessWindow - 3 * kSecond + 1);
  EXPECT_TRUE(JudgeGuess(h, "198.51.100.9", kNow).allowed()) << "the owner elsewhere";
  EXPECT_TRUE(JudgeGuess(h, kHere, kNow + v.retry_after).allowed());
  EXPECT_FALSE(JudgeGuess(h, kHere, kNow + v.retry_after - 1).allowed());
}

TEST(PasswordGuardTest, OldFailuresDoNotCount) {
  GuessHistory h;
  Fail(h, kHere, 10, kNow - kGuessWindow - 1);
  EXPECT_TRUE(JudgeGuess(h, kHere, kNow).allowed());
}

TEST(PasswordGuardTest, OneAddressTryingManyAccountsIsPaused) {
  GuessHistory h;
  for (int i = 0; i < kMaxFailuresPerAddress; ++i) h.from_address.push_back(kNow - i);
  GuessVerdict v = JudgeGuess(h, kHere, kNow);
  EXPECT_EQ(v.limit, GuessLimit::kAddress);
  EXPECT_GT(v.retry_after, 0);
  h.from_address.pop_back();
  EXPECT_TRUE(JudgeGuess(h, kHere, kNow).allowed());
}

TEST(PasswordGuardTest, TheAccountCeilingSparesKnownAddresses) {
  GuessHistory h;
  // Four attacker addresses, five failures each: each pair is at its limit, the account at its
  // ceiling.
  for (int a = 0; a < kMaxFailuresPerAccount / kMaxFailuresPerAccountAndAddress; ++a)
    Fail(h, "203.0.113." + std::to_string(a), kMaxFailuresPerAccountAndAddress);
  ASSERT_TRUE(AccountCeilingReached(static_cast<int>(h.of_account.size())));
  GuessVerdict v = JudgeGuess(h, "198.51.100.9", kNow);
  EXPECT_EQ(v.limit, GuessLimit::kAccount) << "a new address waits";
  EXPECT_GT(v.retry_after, kGuessWindow);
  EXPECT_LE(v.retry_after, kAccountCeilingWindow + 1);
  h.known_address = true;
  EXPECT_TRUE(JudgeGuess(h, "198.51.100.9", kNow).allowed()) << "the owner's usual address";
  EXPECT_EQ(JudgeGuess(h, "203.0.113.0", kNow).limit, GuessLimit::kAccountAndAddress)
      << "known or not, a pair's own limit still holds";
}

TEST(PasswordGuardTest, TheLongestWaitWins) {
  GuessHistory h;
  Fail(h, kHere, kMaxFailuresPerAccountAndAddress);
  for (int a = 0; a < 3; ++a)
    Fail(h, "203.0.113." + std::to_string(a), kMaxFailuresPerAccountAndAddress,
         kNow - 50 * kMinute);
  // Pair: free in 15 min; account ceiling (20 within the hour): free when the oldest leaves.
  GuessVerdict v = JudgeGuess(h, kHere, kNow);
  EXPECT_EQ(v.limit, GuessLimit::kAccountAndAddress);
  h.of_account.clear();
  Fail(h, kHere, kMaxFailuresPerAccountAndAddress, kNow - 10 * kMinute);
  for (int a = 0; a < 3; ++a)
    Fail(h, "203.0.113." + std::to_string(a), kMaxFailuresPerAccountAndAddress, kNow);
  v = JudgeGuess(h, kHere, kNow);
  EXPECT_EQ(v.limit, GuessLimit::kAccount);
  EXPECT_EQ(v.retry_after, kAccountCeilingWindow - 10 * kMinute - 4 * kSecond + 1);
}

TEST(PasswordGuardTest, WaitForRoom) {
  EXPECT_EQ(WaitForRoom({}, 1, kMinute, kNow), 0);
  EXPECT_EQ(WaitForRoom({kNow}, 2, kMinute, kNow), 0);
  EXPECT_EQ(WaitForRoom({kNow, kNow - 10}, 2, kMinute, kNow), kMinute - 10 + 1);
  EXPECT_EQ(WaitForRoom({kNow - 10, kNow, kNow - 20}, 2, kMinute, kNow), kMinute - 10 + 1);
  EXPECT_EQ(WaitForRoom({kNow - kMinute}, 1, kMinute, kNow), 1) << "the boundary still counts";
  EXPECT_EQ(WaitForRoom({kNow - kMinute - 1}, 1, kMinute, kNow), 0);
}

TEST(PasswordGuardTest, ThrottleAddress) {
  EXPECT_EQ(ThrottleAddress("192.0.2.1"), "192.0.2.1");
  EXPECT_EQ(ThrottleAddress("::ffff:192.0.2.1"), "192.0.2.1");
  EXPECT_EQ(ThrottleAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
  EXPECT_EQ(ThrottleAddress("2001:DB8:1:2::1"), "2001:db8:1:2::/64");
  EXPECT_EQ(ThrottleAddress("fe80::1%eth0"), "fe80::/64");
  EXPECT_EQ(ThrottleAddress("::1"), "::/64");
  EXPECT_EQ(ThrottleAddress("not an address"), "not an address");
  EXPECT_EQ(ThrottleAddress(std::string(500, 'x')).size(), 100u);
}

}  // namespace
}  // namespace tandem::domain
