#include "app/auth.h"

#include "app/admin.h"
#include "app/test_support.h"

namespace tandem::app {
namespace {

using testing::kPassword;

class AuthTest : public testing::UseCaseTest {};

TEST_F(AuthTest, LoginStartsASessionThatAuthenticates) {
  auto grant = Login(*ctx_, " ROOT@tandem.example ", kPassword, "10.0.0.1");
  ASSERT_TRUE(grant.ok()) << grant.status().ToString();
  EXPECT_EQ(grant->me.person.email, "root@tandem.example");
  auto session = Authenticate(*ctx_, grant->session_token);
  ASSERT_TRUE(session.ok());
  ASSERT_TRUE(session->has_value());
  EXPECT_EQ((*session)->caller.person_id, admin_.person_id);
  EXPECT_TRUE((*session)->caller.is_platform_admin);
  EXPECT_EQ((*session)->csrf_token, grant->csrf_token);
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailLookTheSame) {
  auto wrong = Login(*ctx_, "root@tandem.example", "not the password", "10.0.0.1");
  auto unknown = Login(*ctx_, "nobody@tandem.example", "not the password", "10.0.0.1");
  EXPECT_EQ(wrong.status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(unknown.status().code(), StatusCode::kUnauthenticated);
  EXPECT_EQ(wrong.status().message(), unknown.status().message());
}

TEST_F(AuthTest, AccountIsThrottledAfterFiveFailures) {
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(Login(*ctx_, "root@tandem.example", "nope nope nope", "10.0.0.1").status().code(),
              StatusCode::kUnauthenticated);
  auto blocked = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.2");
  EXPECT_EQ(blocked.status().code(), StatusCode::kResourceExhausted);
  EXPECT_GT(blocked.status().retry_after_seconds(), 0);
  clock_.Advance(16 * kMinute);  // the window passes
  EXPECT_TRUE(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.2").ok());
}

TEST_F(AuthTest, SessionsExpire) {
  auto grant = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_TRUE(grant.ok());
  clock_.Advance(domain::kSessionLifetime + kSecond);
  auto session = Authenticate(*ctx_, grant->session_token);
  ASSERT_TRUE(session.ok());
  EXPECT_FALSE(session->has_value());
}

TEST_F(AuthTest, LogoutEndsTheSession) {
  auto grant = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_TRUE(Logout(*ctx_, grant->session_token).ok());
  EXPECT_FALSE(Authenticate(*ctx_, grant->session_token)->has_value());
}

std::string TokenFromOutbox(const Context& ctx, const Caller& admin) {
  auto outbox = ListOutbox(ctx, admin);
  if (!outbox.ok() || outbox->messages.empty()) return "";
  const std::string& body = outbox->messages.front().body;
  auto at = body.find("token=");
  if (at == std::string::npos) return "";
  auto end = body.find_first_of("\n ", at);
  return body.substr(at + 6, end - at - 6);
}

TEST_F(AuthTest, PasswordResetFlow) {
  auto old_session = Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1");
  ASSERT_TRUE(RequestPasswordReset(*ctx_, "root@tandem.example").ok());
  std::string token = TokenFromOutbox(*ctx_, admin_);
  ASSERT_FALSE(token.empty());
  EXPECT_EQ(ConfirmPasswordReset(*ctx_, token, "short").code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(ConfirmPasswordReset(*ctx_, token, "a brand new password").ok());
  EXPECT_FALSE(Login(*ctx_, "root@tandem.example", kPassword, "10.0.0.1").ok());
  EXPECT_TRUE(Login(*ctx_, "root@tandem.example", "a brand new password", "10.0.0.1").ok());
  // Used once; old sessions ended.
  EXPECT_EQ(ConfirmPasswordReset(*ctx_, token, "another new password").code(),
            StatusCode::kInvalidArgument);
  EXPECT_FALSE(Authenticate(*ctx_, old_session->session_token)->has_value());
}

TEST_F(AuthTest, ResetForUnknownEmailSaysNothing) {
  EXPECT_TRUE(RequestPasswordReset(*ctx_, "ghost@tandem.example").ok());
  EXPECT_TRUE(ListOutbox(*ctx_, admin_)->messages.empty());
  EXPECT_EQ(RequestPasswordReset(*ctx_, "not an email").code(), StatusCode::kInvalidArgument);
}

TEST_F(AuthTest, ResetTokensExpire) {
  ASSERT_TRUE(RequestPasswordReset(*ctx_, "root@tandem.example").ok());
  std::string token = TokenFromOutbox(*ctx_, admin_);
  clock_.Advance(domain::kPasswordResetLifetime + kSecond);
  EXPECT_EQ(ConfirmPasswordReset(*ctx_, token, "a brand new password").code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::app
