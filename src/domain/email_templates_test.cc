#include "domain/email_templates.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

EmailParams ParamsFor(EmailKind k) {
  switch (k) {
    case EmailKind::kInvitation:
      return {{"org_name", "Lincoln High"}, {"inviter_name", "Carla"}, {"link", "https://t/i/1"}};
    case EmailKind::kProgramInvitation:
      return {{"org_name", "Lincoln High"},
              {"program_name", "Robotics"},
              {"inviter_name", "Carla"},
              {"link", "https://t/i/1"}};
    case EmailKind::kAdminAppointed:
      return {{"org_name", "Lincoln High"}, {"login_link", "https://t/login"}};
    case EmailKind::kPasswordReset:
      return {{"name", "Ana"}, {"link", "https://t/reset-password?token=x"}};
    case EmailKind::kPasswordGuessingAlert:
      return {{"name", "Ana"},
              {"email", "ana@example.org"},
              {"failures", "12"},
              {"forgot_link", "https://t/forgot-password"}};
    case EmailKind::kGuardianAgreement:
      return {{"mentee_name", "Ana"},
              {"program_name", "Robotics"},
              {"org_name", "Lincoln High"},
              {"link", "https://t/agreement/x"}};
    case EmailKind::kUnsafeAlert:
      return {{"program_name", "Robotics"},
              {"org_name", "Lincoln High"},
              {"link", "https://t/orgs/o/safety"}};
  }
  return {};
}

// English is what the app always sent (tests/mail and the API tests match these subjects).
TEST(EmailTemplatesTest, EnglishTextsAreTheOnesTheAppSent) {
  auto inv = RenderEmail(EmailKind::kInvitation, ParamsFor(EmailKind::kInvitation), "en");
  ASSERT_OK(inv) << inv.status().message();
  EXPECT_EQ(inv->subject, "You are invited to Lincoln High on Tandem");
  EXPECT_EQ(inv->body,
            "Hello,\n\nCarla invited you to join Lincoln High on Tandem, a mentoring platform.\n\n"
            "Accept the invitation within 14 days:\n\nhttps://t/i/1\n");

  auto prog =
      RenderEmail(EmailKind::kProgramInvitation, ParamsFor(EmailKind::kProgramInvitation), "en");
  ASSERT_OK(prog);
  EXPECT_EQ(prog->subject, "You are invited to Lincoln High on Tandem");
  EXPECT_NE(prog->body.find("Carla invited you to join \"Robotics\" at Lincoln High on Tandem"),
            std::string::npos)
      << prog->body;

  auto appointed =
      RenderEmail(EmailKind::kAdminAppointed, ParamsFor(EmailKind::kAdminAppointed), "en");
  ASSERT_OK(appointed);
  EXPECT_EQ(appointed->subject, "You are an administrator of Lincoln High on Tandem");
  EXPECT_EQ(appointed->body,
            "Hello,\n\nYou are now an administrator of Lincoln High on Tandem, a mentoring "
            "platform.\n\nSign in to set it up:\n\nhttps://t/login\n");

  auto reset = RenderEmail(EmailKind::kPasswordReset, ParamsFor(EmailKind::kPasswordReset), "en");
  ASSERT_OK(reset);
  EXPECT_EQ(reset->subject, "Reset your Tandem password");
  EXPECT_EQ(reset->body.rfind("Hello Ana,\n\nSomeone asked to reset the password", 0), 0u);
  EXPECT_NE(reset->body.find("\n\nhttps://t/reset-password?token=x\n\n"), std::string::npos);

  auto alert = RenderEmail(EmailKind::kPasswordGuessingAlert,
                           ParamsFor(EmailKind::kPasswordGuessingAlert), "en");
  ASSERT_OK(alert);
  EXPECT_EQ(alert->subject, "Wrong passwords were tried for your Tandem account");
  EXPECT_NE(alert->body.find("entered 12 times for your Tandem account (ana@example.org)."),
            std::string::npos)
      << alert->body;
  EXPECT_NE(alert->body.find("\n\nhttps://t/forgot-password\n"), std::string::npos);
}

TEST(EmailTemplatesTest, SpanishTexts) {
  auto inv = RenderEmail(EmailKind::kInvitation, ParamsFor(EmailKind::kInvitation), "es");
  ASSERT_OK(inv);
  EXPECT_EQ(inv->subject, "Te han invitado a Lincoln High en Tandem");
  EXPECT_EQ(inv->body,
            "Hola:\n\nCarla te ha invitado a unirte a Lincoln High en Tandem, una plataforma de "
            "mentoría.\n\nAcepta la invitación en un plazo de 14 días:\n\nhttps://t/i/1\n");

  auto prog =
      RenderEmail(EmailKind::kProgramInvitation, ParamsFor(EmailKind::kProgramInvitation), "es");
  ASSERT_OK(prog);
  EXPECT_EQ(prog->subject, "Te han invitado a Lincoln High en Tandem");
  EXPECT_NE(prog->body.find("Carla te ha invitado a unirte al programa «Robotics» de Lincoln High"),
            std::string::npos)
      << prog->body;

  auto appointed =
      RenderEmail(EmailKind::kAdminAppointed, ParamsFor(EmailKind::kAdminAppointed), "es");
  ASSERT_OK(appointed);
  EXPECT_EQ(appointed->subject, "Administras Lincoln High en Tandem");
  EXPECT_NE(appointed->body.find("Inicia sesión para configurarla:\n\nhttps://t/login\n"),
            std::string::npos);

  auto reset = RenderEmail(EmailKind::kPasswordReset, ParamsFor(EmailKind::kPasswordReset), "es");
  ASSERT_OK(reset);
  EXPECT_EQ(reset->subject, "Restablece tu contraseña de Tandem");
  EXPECT_EQ(reset->body.rfind("Hola, Ana:\n\nAlguien ha pedido restablecer la contraseña", 0), 0u);
  EXPECT_NE(reset->body.find("\n\nhttps://t/reset-password?token=x\n\n"), std::string::npos);

  auto alert = RenderEmail(EmailKind::kPasswordGuessingAlert,
                           ParamsFor(EmailKind::kPasswordGuessingAlert), "es");
  ASSERT_OK(alert);
  EXPECT_EQ(alert->subject, "Se han probado contraseñas incorrectas en tu cuenta de Tandem");
  EXPECT_NE(alert->body.find("12 veces en tu cuenta de Tandem (ana@example.org)"),
            std::string::npos)
      << alert->body;
}

TEST(EmailTemplatesTest, EveryKindRendersInEveryLocaleWithNoPlaceholderLeft) {
  for (EmailKind k : AllEmailKinds()) {
    for (std::string_view locale : EmailLocales()) {
      auto mail = RenderEmail(k, ParamsFor(k), locale);
      ASSERT_OK(mail) << EmailKindName(k) << " " << locale;
      EXPECT_EQ(mail->subject.find_first_of("{}\n"), std::string::npos) << EmailKindName(k);
      EXPECT_EQ(mail->body.find_first_of("{}"), std::string::npos) << EmailKindName(k);
      EXPECT_EQ(mail->body.back(), '\n') << EmailKindName(k);
    }
    // The two languages differ (a template left untranslated would not).
    EXPECT_NE(RenderEmail(k, ParamsFor(k), "en")->body, RenderEmail(k, ParamsFor(k), "es")->body)
        << EmailKindName(k);
  }
  // Unknown locales read English.
  EXPECT_EQ(RenderEmail(EmailKind::kPasswordReset, ParamsFor(EmailKind::kPasswordReset), "fr")
                ->subject,
            "Reset your Tandem password");
}

TEST(EmailTemplatesTest, RefusesMissingOrUnknownParametersAndLineBreaksInTheSubject) {
  EmailParams p = ParamsFor(EmailKind::kPasswordReset);
  p.erase("link");
  EXPECT_CODE(RenderEmail(EmailKind::kPasswordReset, p, "en"), StatusCode::kInvalidArgument);
  p = ParamsFor(EmailKind::kPasswordReset);
  p["token"] = "x";
  EXPECT_CODE(RenderEmail(EmailKind::kPasswordReset, p, "es"), StatusCode::kInvalidArgument);
  p = ParamsFor(EmailKind::kInvitation);
  p["org_name"] = "Evil\r\nBcc: victim@example.org";
  EXPECT_CODE(RenderEmail(EmailKind::kInvitation, p, "en"), StatusCode::kInvalidArgument);
}

TEST(EmailTemplatesTest, ValuesAreInsertedAsTheyAre) {
  EmailParams p = ParamsFor(EmailKind::kPasswordReset);
  p["name"] = "{link} O'Brien";
  auto mail = RenderEmail(EmailKind::kPasswordReset, p, "en");
  ASSERT_OK(mail);
  EXPECT_EQ(mail->body.rfind("Hello {link} O'Brien,\n", 0), 0u) << mail->body;
}

}  // namespace
}  // namespace tandem::domain
