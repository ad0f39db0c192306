#include "app/auth.h"

#include "app/admin.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using testing::kPassword;

class AuthTest : public testing::UseCaseTest {};

TEST_F(AuthTest, LoginStartsASessionThatAuthenticates) {
  auto grant = Login(*ctx_, " ROOT@tandem.example ", kPassword, "10.0.0.1");
  ASSERT_OK(grant);
  EXPECT_EQ(grant->me.person.email, "root@tandem.example");
  auto session = Authenticate(*ctx_, grant->session_token);
  ASSERT_OK(session);
  ASSERT_TRUE(session->has_value());
  EXPECT_EQ((*session)->caller.person_id, admin_.person_id);
  EXPECT_TRUE((*session)->caller.is_platform_admin);
  EXPECT_EQ((*session)->csrf_token, grant->csrf_token);
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailLookTheSame) {
  auto wrong = Login(*ctx_, "root@tandem.example", "not the password", "10.0.0.1");
  auto unknown = Login(*ctx_, "nobody@tandem.example", "not the password", "10.0.0.1");
  EXPECT_CODE(wrong, StatusCode::kUnauthenticated);
  EXPECT_CODE(unknown, StatusCode::kUnauthenticated);
  EXPECT_EQ(wrong.status().message(), unknown.status().message());
}

TEST_F(AuthTest, FiveFailuresPauseThatAddressNotTheOwnerElsewhere) {
  for (int i = 0; i < 5; ++i)
    EXPECT_CODE(Login(*ctx_, "root@tandem.example", "nope nope nope", "10.0.0.1"),
                StatusCode::kUnauthenticated);
  // The sixth guess from there is refused, even with the right password.
  auto blocked = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  EXPECT_CODE(blocked, StatusCode::kResourceExhausted);
  EXPECT_GT(blocked.status().retry_after_seconds(), 0);
  EXPECT_LE(blocked.status().retry_after_seconds(), 15 * 60 + 1);
  // The owner signing in from another address is not locked out.
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.2"));
  clock_.Advance(16 * kMinute);  // the window passes
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1"));
}

TEST_F(AuthTest, RefusedAttemptsAreNotCounted) {
  for (int i = 0; i < 5; ++i)
    (void)Login(*ctx_, "root@tandem.example", "nope nope nope", "10.0.0.1");
  clock_.Advance(10 * kMinute);
  for (int i = 0; i < 20; ++i)
    EXPECT_CODE(Login(*ctx_, "root@tandem.example", "still guessing", "10.0.0.1"),
                StatusCode::kResourceExhausted);
  // Hammering did not extend the pause: 15 minutes after the five failures, room again.
  clock_.Advance(5 * kMinute + kSecond);
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1"));
}

TEST_F(AuthTest, ASuccessForgetsThatAddressesFailures) {
  for (int i = 0; i < 4; ++i)
    (void)Login(*ctx_, "root@tandem.example", "nope nope nope", "10.0.0.1");
  ASSERT_OK(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1"));
  for (int i = 0; i < 5; ++i)
    EXPECT_CODE(Login(*ctx_, "root@tandem.example", "nope nope nope", "10.0.0.1"),
                StatusCode::kUnauthenticated)
        << "attempt " << i;
  EXPECT_CODE(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1"),
              StatusCode::kResourceExhausted);
}

TEST_F(AuthTest, AnIpv6SubscriberIsOneAddress) {
  for (int i = 1; i <= 5; ++i)
    (void)Login(*ctx_, "root@tandem.example", "nope nope nope",
                "2001:db8:7:7::" + std::to_string(i));
  EXPECT_CODE(Login(*ctx_, "root@tandem.example", kPassword, "2001:db8:7:7:abcd::1"),
              StatusCode::kResourceExhausted)
      << "another address of the same /64";
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "2001:db8:7:8::1"));
}

TEST_F(AuthTest, OneAddressTryingManyAccountsIsPaused) {
  for (int i = 0; i < domain::kMaxFailuresPerAddress; ++i)
    ASSERT_CODE(
        Login(*ctx_, "user" + std::to_string(i) + "@tandem.example", "nope nope nope", "10.0.0.1"),
        StatusCode::kUnauthenticated);
  auto refused = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  EXPECT_CODE(refused, StatusCode::kResourceExhausted);
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.2"));
}

// Many addresses guessing one account: past the per-account ceiling, new addresses wait, the
// owner's usual address does not, and the owner is told once.
class CeilingTest : public AuthTest {
 protected:
  // Failures from fresh addresses until the account reaches its ceiling.
  void Guess(const std::string& email, int round = 0) {
    for (int i = 0; i < domain::kMaxFailuresPerAccount; ++i) {
      std::string address = "203.0." + std::to_string(round) + "." +
                            std::to_string(i / domain::kMaxFailuresPerAccountAndAddress);
      ASSERT_CODE(Login(*ctx_, email, "guess " + std::to_string(i), address),
                  StatusCode::kUnauthenticated)
          << "guess " << i;
    }
  }
  std::vector<domain::OutboxMessage> AlertsTo(const std::string& email) {
    std::vector<domain::OutboxMessage> out;
    auto outbox = ListOutbox(*ctx_, admin_, {});
    EXPECT_OK(outbox);
    if (!outbox.ok()) return out;
    for (const auto& m : outbox->messages.items)
      if (m.to == email && m.subject.find("Wrong passwords") != std::string::npos) out.push_back(m);
    return out;
  }
};

TEST_F(CeilingTest, NewAddressesWaitTheOwnersUsualAddressDoesNot) {
  ASSERT_OK(Login(*ctx_, "root@tandem.example", kPassword, "192.0.2.1"));  // usual place
  clock_.Advance(kDay);
  Guess("root@tandem.example");

  auto elsewhere = Login(*ctx_, "root@tandem.example", kPassword, "198.51.100.7");
  EXPECT_CODE(elsewhere, StatusCode::kResourceExhausted);
  EXPECT_GT(elsewhere.status().retry_after_seconds(), 15 * 60) << "the hour-long ceiling";
  EXPECT_NE(elsewhere.status().message().find("where you usually"), std::string::npos)
      << elsewhere.status().message();
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "192.0.2.1"))
      << "the owner's known address";

  // The owner was told, once, with no secret in the mail.
  auto alerts = AlertsTo("root@tandem.example");
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].body.find("token"), std::string::npos);
  EXPECT_EQ(alerts[0].body.find("guess"), std::string::npos) << "no guessed password quoted";
  EXPECT_NE(alerts[0].body.find("/forgot-password"), std::string::npos);

  clock_.Advance(kHour + kSecond);
  EXPECT_OK(Login(*ctx_, "root@tandem.example", kPassword, "198.51.100.7"));
}

TEST_F(CeilingTest, KnownAddressesAgeOut) {
  ASSERT_OK(Login(*ctx_, "root@tandem.example", kPassword, "192.0.2.1"));
  clock_.Advance(domain::kKnownAddressLifetime + kSecond);
  Guess("root@tandem.example");
  EXPECT_CODE(Login(*ctx_, "root@tandem.example", kPassword, "192.0.2.1"),
              StatusCode::kResourceExhausted);
}

TEST_F(CeilingTest, TheOwnerIsToldAtMostOnceADay) {
  Guess("root@tandem.example", 0);
  clock_.Advance(kHour + kSecond);
  Guess("root@tandem.example", 1);
  EXPECT_EQ(AlertsTo("root@tandem.example").size(), 1u);
  clock_.Advance(kDay);
  Guess("root@tandem.example", 2);
  EXPECT_EQ(AlertsTo("root@tandem.example").size(), 2u);
}

TEST_F(CeilingTest, UnknownEmailsAreThrottledAlikeAndNobodyIsMailed) {
  Guess("ghost@tandem.example");
  EXPECT_CODE(Login(*ctx_, "ghost@tandem.example", kPassword, "198.51.100.7"),
              StatusCode::kResourceExhausted);
  EXPECT_TRUE(ListOutbox(*ctx_, admin_, {})->messages.items.empty());
}

TEST_F(CeilingTest, ACompletedResetLetsTheOwnerInFromANewAddress) {
  Guess("root@tandem.example");
  ASSERT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "198.51.100.7"));
  std::string token;
  auto outbox = ListOutbox(*ctx_, admin_, {});
  ASSERT_OK(outbox);
  for (const auto& m : outbox->messages.items) {
    auto at = m.body.find("token=");
    if (at != std::string::npos) token = m.body.substr(at + 6, 43);
  }
  ASSERT_FALSE(token.empty());
  ASSERT_OK(ConfirmPasswordReset(*ctx_, token, "a brand new password"));
  EXPECT_OK(Login(*ctx_, "root@tandem.example", "a brand new password", "198.51.100.7"));
}

// A guess is recorded before the password is verified, so concurrent guesses (which would
// each see the others' records) cannot slip past the limit.
TEST_F(AuthTest, AGuessIsCountedBeforeItIsVerified) {
  testing::HookedHasher hooked(hasher_);
  Context ctx{*store_, hooked, tokens_, clock_};
  int recorded_during_verify = -1;
  hooked.on_verify = [&] {
    auto failures = InReadTx<std::vector<domain::PasswordFailure>>(*store_, [&](Tx& tx) {
      return tx.ListPasswordFailuresOfAccount("root@tandem.example", 0);
    });
    recorded_during_verify = failures.ok() ? static_cast<int>(failures->size()) : -1;
  };
  EXPECT_FALSE(Login(ctx, "root@tandem.example", "nope nope nope", "10.0.0.1").ok());
  EXPECT_EQ(recorded_during_verify, 1);
  // And refunded when right.
  EXPECT_OK(Login(ctx, "root@tandem.example", kPassword, "10.0.0.1"));
  EXPECT_EQ(recorded_during_verify, 2) << "both charges present during the second verification";
  auto after = InReadTx<std::vector<domain::PasswordFailure>>(
      *store_, [&](Tx& tx) { return tx.ListPasswordFailuresOfAccount("root@tandem.example", 0); });
  EXPECT_TRUE(after.ok() && after->empty());
}

TEST_F(AuthTest, SessionsExpire) {
  auto grant = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_OK(grant);
  clock_.Advance(domain::kSessionLifetime + kSecond);
  auto session = Authenticate(*ctx_, grant->session_token);
  ASSERT_OK(session);
  EXPECT_FALSE(session->has_value());
}

TEST_F(AuthTest, LogoutEndsTheSession) {
  auto grant = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_OK(Logout(*ctx_, grant->session_token));
  EXPECT_FALSE(Authenticate(*ctx_, grant->session_token)->has_value());
}

std::string TokenFromOutbox(const Context& ctx, const Caller& admin) {
  auto outbox = ListOutbox(ctx, admin, {});
  if (!outbox.ok() || outbox->messages.items.empty()) {
    ADD_FAILURE() << "no mail in the outbox: " << outbox.status().ToString();
    return "";
  }
  const std::string& body = outbox->messages.items.front().body;
  auto at = body.find("token=");
  if (at == std::string::npos) {
    ADD_FAILURE() << "the newest mail holds no reset link: " << body;
    return "";
  }
  auto end = body.find_first_of("\n ", at);
  return body.substr(at + 6, end - at - 6);
}

TEST_F(AuthTest, PasswordResetFlow) {
  auto old_session = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0.1"));
  std::string token = TokenFromOutbox(*ctx_, admin_);
  ASSERT_FALSE(token.empty());
  EXPECT_CODE(ConfirmPasswordReset(*ctx_, token, "short"), StatusCode::kInvalidArgument);
  ASSERT_OK(ConfirmPasswordReset(*ctx_, token, "a brand new password"));
  EXPECT_FALSE(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1").ok());
  EXPECT_OK(Login(*ctx_, "root@tandem.example", "a brand new password", "10.0.0.1"));
  // Used once; old sessions ended.
  EXPECT_CODE(ConfirmPasswordReset(*ctx_, token, "another new password"),
              StatusCode::kInvalidArgument);
  EXPECT_FALSE(Authenticate(*ctx_, old_session->session_token)->has_value());
}

TEST_F(AuthTest, ResetForUnknownEmailSaysNothing) {
  EXPECT_OK(RequestPasswordReset(*ctx_, "ghost@tandem.example", "10.0.0.1"));
  EXPECT_TRUE(ListOutbox(*ctx_, admin_, {})->messages.items.empty());
  EXPECT_CODE(RequestPasswordReset(*ctx_, "not an email", "10.0.0.1"),
              StatusCode::kInvalidArgument);
}

TEST_F(AuthTest, ResetTokensExpire) {
  ASSERT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0.1"));
  std::string token = TokenFromOutbox(*ctx_, admin_);
  clock_.Advance(domain::kPasswordResetLifetime + kSecond);
  EXPECT_CODE(ConfirmPasswordReset(*ctx_, token, "a brand new password"),
              StatusCode::kInvalidArgument);
}

int ResetMails(const Context& ctx, const Caller& admin) {
  int n = 0;
  auto outbox = ListOutbox(ctx, admin, {});
  EXPECT_OK(outbox);
  if (!outbox.ok()) return -1;
  for (const auto& m : outbox->messages.items) n += m.body.find("token=") != std::string::npos;
  return n;
}

TEST_F(AuthTest, AnAccountGetsAFewResetLinksAnHour) {
  for (int i = 0; i < domain::kMaxResetMailsPerAccount + 2; ++i)
    EXPECT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0." + std::to_string(i)))
        << "the same answer every time";
  EXPECT_EQ(ResetMails(*ctx_, admin_), domain::kMaxResetMailsPerAccount);
  clock_.Advance(kHour + kSecond);
  EXPECT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0.1"));
  EXPECT_EQ(ResetMails(*ctx_, admin_), domain::kMaxResetMailsPerAccount + 1);
}

TEST_F(AuthTest, AnAddressGetsAFewResetRequestsAnHour) {
  MakeUser("ana@tandem.example", "Ana");
  for (int i = 0; i < domain::kMaxResetRequestsPerAddress; ++i)
    ASSERT_OK(
        RequestPasswordReset(*ctx_, "ghost" + std::to_string(i) + "@tandem.example", "10.0.0.1"));
  // Refused whatever the email, known or not: the answer reveals nothing about accounts.
  for (const char* email : {"ana@tandem.example", "ghost@tandem.example"}) {
    Status refused = RequestPasswordReset(*ctx_, email, "10.0.0.1");
    EXPECT_CODE(refused, StatusCode::kResourceExhausted) << email;
    EXPECT_GT(refused.retry_after_seconds(), 0);
  }
  EXPECT_EQ(ResetMails(*ctx_, admin_), 0);
  EXPECT_OK(RequestPasswordReset(*ctx_, "ana@tandem.example", "10.0.0.2"));
  EXPECT_EQ(ResetMails(*ctx_, admin_), 1);
  clock_.Advance(kHour + kSecond);
  EXPECT_OK(RequestPasswordReset(*ctx_, "ghost@tandem.example", "10.0.0.1"));
}

TEST_F(AuthTest, ACompletedResetInvalidatesTheOtherLinks) {
  ASSERT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0.1"));
  std::string first = TokenFromOutbox(*ctx_, admin_);
  ASSERT_OK(RequestPasswordReset(*ctx_, "root@tandem.example", "10.0.0.1"));
  std::string second = TokenFromOutbox(*ctx_, admin_);
  ASSERT_NE(first, second);
  ASSERT_OK(ConfirmPasswordReset(*ctx_, second, "a brand new password"));
  EXPECT_CODE(ConfirmPasswordReset(*ctx_, first, "an attackers password"),
              StatusCode::kInvalidArgument);
  EXPECT_OK(Login(*ctx_, "root@tandem.example", "a brand new password", "10.0.0.1"));
}

TEST_F(AuthTest, ResetConfirmationChecksTheTokenBeforeHashing) {
  testing::HookedHasher hooked(hasher_);
  Context ctx{*store_, hooked, tokens_, clock_};
  EXPECT_CODE(ConfirmPasswordReset(ctx, "no-such-token", "a brand new password"),
              StatusCode::kInvalidArgument);
  ASSERT_OK(RequestPasswordReset(ctx, "root@tandem.example", "10.0.0.1"));
  std::string token = TokenFromOutbox(ctx, admin_);
  clock_.Advance(domain::kPasswordResetLifetime + kSecond);
  EXPECT_CODE(ConfirmPasswordReset(ctx, token, "a brand new password"),
              StatusCode::kInvalidArgument);
  EXPECT_EQ(hooked.hashes, 0) << "no argon2 for a token that cannot work";
}

// Two confirmations of one link at once: the token is checked before hashing and claimed again
// after; the one that hashes second finds it used.
TEST_F(AuthTest, AResetLinkUsedWhileHashingIsRefused) {
  testing::HookedHasher hooked(hasher_);
  Context ctx{*store_, hooked, tokens_, clock_};
  ASSERT_OK(RequestPasswordReset(ctx, "root@tandem.example", "10.0.0.1"));
  std::string token = TokenFromOutbox(ctx, admin_);
  Status other = Status::Ok();
  bool fired = false;
  hooked.on_hash = [&] {
    if (std::exchange(fired, true)) return;
    other = ConfirmPasswordReset(*ctx_, token, "the other password");
  };
  EXPECT_CODE(ConfirmPasswordReset(ctx, token, "a brand new password"),
              StatusCode::kInvalidArgument);
  EXPECT_OK(other);
  EXPECT_OK(Login(*ctx_, "root@tandem.example", "the other password", "10.0.0.1"));
}

}  // namespace
}  // namespace tandem::app
