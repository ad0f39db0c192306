// Every email the app sends is written in its recipient's language (app/emails.h): the
// account's locale, or for an address without one the inviter's.
#include "app/emails.h"

#include "app/admin.h"
#include "app/auth.h"
#include "app/invitations.h"
#include "app/me.h"
#include "app/organisations.h"
#include "app/test_support.h"
#include "base/status_matchers.h"

namespace tandem::app {
namespace {

using domain::Role;
using testing::kPassword;

class EmailsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("lincoln");
    org_admin_ = Member(org_, {Role::kOrgAdmin}, "admin");
  }

  void SpeaksSpanish(const Caller& who) {
    ASSERT_OK(UpdateMe(*ctx_, who, std::nullopt, std::string("es")));
  }

  // The subjects of the messages to `email`, oldest first.
  std::vector<std::string> SubjectsTo(const std::string& email) {
    std::vector<std::string> out;
    auto outbox = ListOutbox(*ctx_, admin_, {});
    EXPECT_OK(outbox);
    if (!outbox.ok()) return out;
    for (const auto& m : outbox->messages.items)
      if (m.to == email) out.insert(out.begin(), m.subject);
    return out;
  }
  std::string BodyTo(const std::string& email) {
    auto outbox = ListOutbox(*ctx_, admin_, {});
    if (!outbox.ok()) return "";
    for (const auto& m : outbox->messages.items)
      if (m.to == email) return m.body;
    return "";
  }

  domain::Organisation org_;
  Caller org_admin_;
};

TEST_F(EmailsTest, ANewAddressIsInvitedInTheInvitersLanguage) {
  ASSERT_OK(
      CreateInvitation(*ctx_, org_admin_, org_.id, {"nuevo@example.org", {Role::kMentor}, "", {}}));
  SpeaksSpanish(org_admin_);
  ASSERT_OK(
      CreateInvitation(*ctx_, org_admin_, org_.id, {"nueva@example.org", {Role::kMentor}, "", {}}));
  EXPECT_EQ(SubjectsTo("nuevo@example.org"),
            std::vector<std::string>{"You are invited to Org lincoln on Tandem"});
  EXPECT_EQ(SubjectsTo("nueva@example.org"),
            std::vector<std::string>{"Te han invitado a Org lincoln en Tandem"});
  EXPECT_NE(BodyTo("nueva@example.org").find("Member admin te ha invitado a unirte a Org lincoln"),
            std::string::npos)
      << BodyTo("nueva@example.org");
}

TEST_F(EmailsTest, AnExistingAccountIsInvitedInItsOwnLanguage) {
  Caller ana = MakeUser("ana@example.org", "Ana");
  SpeaksSpanish(ana);
  MakeUser("ben@example.org", "Ben");  // English, invited by a Spanish speaker
  SpeaksSpanish(org_admin_);
  ASSERT_OK(
      CreateInvitation(*ctx_, org_admin_, org_.id, {"ana@example.org", {Role::kMentor}, "", {}}));
  ASSERT_OK(
      CreateInvitation(*ctx_, org_admin_, org_.id, {"ben@example.org", {Role::kMentor}, "", {}}));
  EXPECT_EQ(SubjectsTo("ana@example.org"),
            std::vector<std::string>{"Te han invitado a Org lincoln en Tandem"});
  EXPECT_EQ(SubjectsTo("ben@example.org"),
            std::vector<std::string>{"You are invited to Org lincoln on Tandem"});
}

TEST_F(EmailsTest, AnAppointedAdministratorIsToldInTheirLanguage) {
  Caller rosa = MakeUser("rosa@example.org", "Rosa");
  SpeaksSpanish(rosa);
  ASSERT_OK(CreateOrganisation(
      *ctx_, admin_,
      {{"", "Escuela Sol", "sol", domain::OrganisationKind::kSchool, 0}, "rosa@example.org"}));
  EXPECT_EQ(SubjectsTo("rosa@example.org"),
            std::vector<std::string>{"Administras Escuela Sol en Tandem"});
}

TEST_F(EmailsTest, APasswordResetIsWrittenInTheAccountsLanguage) {
  Caller ana = MakeUser("ana@example.org", "Ana");
  SpeaksSpanish(ana);
  MakeUser("ben@example.org", "Ben");
  ASSERT_OK(RequestPasswordReset(*ctx_, "ana@example.org", "10.0.0.1"));
  ASSERT_OK(RequestPasswordReset(*ctx_, "ben@example.org", "10.0.0.1"));
  EXPECT_EQ(SubjectsTo("ana@example.org"),
            std::vector<std::string>{"Restablece tu contraseña de Tandem"});
  EXPECT_EQ(BodyTo("ana@example.org").rfind("Hola, Ana:", 0), 0u) << BodyTo("ana@example.org");
  EXPECT_NE(BodyTo("ana@example.org").find("/reset-password?token="), std::string::npos);
  EXPECT_EQ(SubjectsTo("ben@example.org"), std::vector<std::string>{"Reset your Tandem password"});
}

TEST_F(EmailsTest, ThePasswordGuessingAlertIsWrittenInTheAccountsLanguage) {
  Caller ana = MakeUser("ana@example.org", "Ana");
  SpeaksSpanish(ana);
  // Failures from fresh addresses until the account reaches its ceiling (as auth_test does).
  for (int i = 0; i < domain::kMaxFailuresPerAccount; ++i) {
    std::string address =
        "203.0.0." + std::to_string(i / domain::kMaxFailuresPerAccountAndAddress);
    ASSERT_CODE(Login(*ctx_, "ana@example.org", "guess " + std::to_string(i), address),
                StatusCode::kUnauthenticated)
        << "guess " << i;
  }
  EXPECT_EQ(SubjectsTo("ana@example.org"),
            std::vector<std::string>{"Se han probado contraseñas incorrectas en tu cuenta de Tandem"});
}

}  // namespace
}  // namespace tandem::app
