#include <gtest/gtest.h>

#include "base/status_matchers.h"
#include "mail/message.h"
#include "mail/smtp_settings.h"

namespace tandem::mail {
namespace {

std::string Header(const std::string& message, const std::string& name) {
  size_t at = message.find("\r\n" + name + ": ");
  if (message.rfind(name + ": ", 0) == 0) at = 0;
  else if (at == std::string::npos) return "";
  else at += 2;
  size_t end = message.find("\r\n", at);
  return message.substr(at + name.size() + 2, end - at - name.size() - 2);
}

app::OutgoingMail AMail() {
  return {"01HX0ABC", "Ana <ana@example.org>", "Reset your Tandem password",
          "Hello Ana,\n\nOpen this link:\n\nhttps://tandem.example/reset-password?token=abc\n",
          1796601862000};  // 2026-12-07T00:04:22Z
}

TEST(ParseMailbox, AcceptsBareAndNamedAddresses) {
  auto bare = ParseMailbox("ana@example.org");
  ASSERT_OK(bare);
  EXPECT_EQ(bare->address, "ana@example.org");
  EXPECT_EQ(bare->display_name, "");
  auto named = ParseMailbox(" \"Tandem\" <noreply@tandem.example> ");
  ASSERT_OK(named);
  EXPECT_EQ(named->address, "noreply@tandem.example");
  EXPECT_EQ(named->display_name, "Tandem");
}

TEST(ParseMailbox, RejectsInjectionAndMalformedAddresses) {
  for (const char* bad :
       {"ana@example.org\r\nBcc: eve@evil.example", "ana@example.org\n", "Ana\r <a@b.c>",
        "no-at-sign", "@example.org", "ana@", "a@b@c", "ana smith@example.org",
        "<ana@example.org", "Ana <ana@example.org> x", "ana@exámple.org", "a,b@example.org"}) {
    EXPECT_FALSE(ParseMailbox(bad).ok()) << bad;
  }
  EXPECT_FALSE(ParseMailbox(std::string("a@b.c\0x", 7)).ok());
}

TEST(EncodeHeaderText, AsciiUnchangedOtherwiseEncodedWordsOfAtMost75) {
  EXPECT_EQ(EncodeHeaderText("Hello there"), "Hello there");
  EXPECT_EQ(EncodeHeaderText("Ñu"), "=?UTF-8?B?w5F1?=");
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "añ";  // 120 bytes, 2-byte characters
  std::string encoded = EncodeHeaderText(long_text);
  size_t start = 0;
  int words = 0;
  for (;;) {
    size_t end = encoded.find("\r\n ", start);
    std::string word = encoded.substr(start, end == std::string::npos ? end : end - start);
    EXPECT_LE(word.size(), 75u) << word;
    EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u);
    ++words;
    if (end == std::string::npos) break;
    start = end + 3;
  }
  EXPECT_EQ(words, 3);
}

TEST(Base64, MatchesTheRfc4648Vectors) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
}

TEST(FormatMessage, HasTheHeadersAndACrlfBody) {
  Mailbox from{"Tandem", "noreply@tandem.example"};
  auto text = FormatMessage(AMail(), from);
  ASSERT_OK(text);
  EXPECT_EQ(Header(*text, "Date"), "Mon, 07 Dec 2026 00:04:22 +0000");
  EXPECT_EQ(Header(*text, "From"), "\"Tandem\" <noreply@tandem.example>");
  EXPECT_EQ(Header(*text, "To"), "\"Ana\" <ana@example.org>");
  EXPECT_EQ(Header(*text, "Subject"), "Reset your Tandem password");
  EXPECT_EQ(Header(*text, "Message-ID"), "<01HX0ABC@tandem.example>");
  EXPECT_EQ(Header(*text, "Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(Header(*text, "Content-Transfer-Encoding"), "7bit");
  size_t body = text->find("\r\n\r\n");
  ASSERT_NE(body, std::string::npos);
  EXPECT_EQ(text->substr(body + 4),
            "Hello Ana,\r\n\r\nOpen this link:\r\n\r\n"
            "https://tandem.example/reset-password?token=abc\r\n");
  for (size_t i = 0; i < text->size(); ++i)
    if ((*text)[i] == '\n') {
      EXPECT_EQ((*text)[i - 1], '\r') << "bare LF at " << i;
    }
}

TEST(FormatMessage, NonAsciiSubjectAndBodyAreEncoded) {
  app::OutgoingMail m = AMail();
  m.subject = "Invitación a Tandem";
  m.body = "Hola José,\n";
  auto text = FormatMessage(m, {"", "noreply@tandem.example"});
  ASSERT_OK(text);
  EXPECT_EQ(Header(*text, "Subject"), "=?UTF-8?B?SW52aXRhY2nDs24gYSBUYW5kZW0=?=");
  EXPECT_EQ(Header(*text, "Content-Transfer-Encoding"), "base64");
  EXPECT_NE(text->find("\r\n\r\n" + Base64("Hola José,\r\n") + "\r\n"), std::string::npos);
  EXPECT_EQ(Header(*text, "From"), "noreply@tandem.example");
}

TEST(FormatMessage, RejectsHeaderInjection) {
  app::OutgoingMail m = AMail();
  m.subject = "Hi\r\nBcc: eve@evil.example";
  EXPECT_CODE(FormatMessage(m, {"", "a@b.c"}), StatusCode::kInvalidArgument);
  m = AMail();
  m.to = "ana@example.org\nBcc: eve@evil.example";
  EXPECT_CODE(FormatMessage(m, {"", "a@b.c"}), StatusCode::kInvalidArgument);
  m = AMail();
  m.id = "x>\r\nBcc: e@f.g";
  EXPECT_CODE(FormatMessage(m, {"", "a@b.c"}), StatusCode::kInvalidArgument);
}

TEST(FormatMessage, AnOverlongLineIsSentAsBase64) {
  app::OutgoingMail m = AMail();
  m.body = std::string(1200, 'x') + "\n";
  auto text = FormatMessage(m, {"", "a@b.c"});
  ASSERT_OK(text);
  EXPECT_EQ(Header(*text, "Content-Transfer-Encoding"), "base64");
}

TEST(SmtpSettings, UrlForms) {
  auto starttls = ParseSmtpSettings("smtp://mail.example.org:587", "", "", "a@b.c");
  ASSERT_OK(starttls);
  EXPECT_EQ(starttls->server_url, "smtp://mail.example.org:587");
  EXPECT_TRUE(starttls->require_starttls);
  EXPECT_FALSE(starttls->implicit_tls);
  EXPECT_EQ(starttls->host, "mail.example.org");

  auto tls = ParseSmtpSettings("smtps://alerts%40org@mail.example.org", "", "secret",
                               "Tandem <noreply@tandem.example>");
  ASSERT_OK(tls);
  EXPECT_TRUE(tls->implicit_tls);
  EXPECT_EQ(tls->user, "alerts@org");
  EXPECT_EQ(tls->password, "secret");
  EXPECT_EQ(tls->server_url, "smtps://mail.example.org");
  EXPECT_EQ(tls->from.display_name, "Tandem");
  EXPECT_EQ(DescribeSmtp(*tls), "smtps://mail.example.org, user alerts@org");

  auto plain = ParseSmtpSettings("smtp://127.0.0.1:2525?starttls=off", "u", "p", "a@b.c");
  ASSERT_OK(plain);
  EXPECT_FALSE(plain->require_starttls);
  EXPECT_EQ(plain->server_url, "smtp://127.0.0.1:2525");
  EXPECT_EQ(plain->user, "u");
}

TEST(SmtpSettings, RejectsWhatWouldLeakOrMislead) {
  auto code = [](std::string_view url, std::string_view user, std::string_view pass,
                 std::string_view from) {
    return ParseSmtpSettings(url, user, pass, from).status().code();
  };
  const auto bad = StatusCode::kInvalidArgument;
  EXPECT_EQ(code("smtp://u:pw@host", "", "", "a@b.c"), bad) << "password in the URL";
  EXPECT_EQ(code("http://host", "", "", "a@b.c"), bad);
  EXPECT_EQ(code("smtp://", "", "", "a@b.c"), bad);
  EXPECT_EQ(code("smtp://host/x", "", "", "a@b.c"), bad);
  EXPECT_EQ(code("smtp://host?starttls=maybe", "", "", "a@b.c"), bad);
  EXPECT_EQ(code("smtps://host?starttls=off", "", "", "a@b.c"), bad);
  EXPECT_EQ(code("smtp://u@host", "v", "pw", "a@b.c"), bad) << "user twice";
  EXPECT_EQ(code("smtp://u@host", "", "", "a@b.c"), bad) << "user without password";
  EXPECT_EQ(code("smtp://host", "", "pw", "a@b.c"), bad) << "password without user";
  EXPECT_EQ(code("smtp://host", "", "", ""), bad) << "no --mail-from";
  EXPECT_EQ(code("smtp://host", "", "", "x\r\nBcc: e@f.g"), bad);
}

}  // namespace
}  // namespace tandem::mail
