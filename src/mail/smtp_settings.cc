#include "mail/smtp_settings.h"

#include "base/strings.h"

namespace tandem::mail {

namespace {

bool SafeHostPort(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
          c == '[' || c == ']'))
      return false;
  return true;
}

}  // namespace

Result<SmtpSettings> ParseSmtpSettings(std::string_view url, std::string_view user_flag,
                                       std::string_view password, std::string_view mail_from) {
  SmtpSettings s;
  std::string_view rest;
  if (url.rfind("smtps://", 0) == 0) {
    s.implicit_tls = true;
    s.require_starttls = false;
    rest = url.substr(8);
  } else if (url.rfind("smtp://", 0) == 0) {
    rest = url.substr(7);
  } else {
    return FieldInvalid("smtp", "must start with smtp:// (STARTTLS) or smtps:// (TLS)");
  }
  std::string_view query;
  if (size_t q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.find('/') != std::string_view::npos)
    return FieldInvalid("smtp", "must be smtp://[user@]host[:port] without a path");
  std::string url_user;
  if (size_t at = rest.rfind('@'); at != std::string_view::npos) {
    std::string_view userinfo = rest.substr(0, at);
    if (userinfo.find(':') != std::string_view::npos)
      return FieldInvalid("smtp", "must not hold a password; set TANDEM_SMTP_PASSWORD instead");
    std::optional<std::string> decoded = PercentDecode(userinfo);
    if (!decoded) return FieldInvalid("smtp", "has a malformed percent-encoding in the user name");
    url_user = *decoded;
    rest = rest.substr(at + 1);
  }
  if (!SafeHostPort(rest)) return FieldInvalid("smtp", "needs a host, as in smtp://host:587");
  s.host = std::string(rest.substr(0, rest.rfind(':') == std::string_view::npos ||
                                              rest.back() == ']'
                                          ? rest.size()
                                          : rest.rfind(':')));
  if (!query.empty()) {
    if (s.implicit_tls || query != "starttls=off")
      return FieldInvalid("smtp", "accepts one option, ?starttls=off, and only with smtp://");
    s.require_starttls = false;
  }
  s.server_url = std::string(s.implicit_tls ? "smtps://" : "smtp://") + std::string(rest);

  if (!url_user.empty() && !user_flag.empty())
    return FieldInvalid("smtp-user", "is also in the --smtp URL; give the user once");
  s.user = url_user.empty() ? std::string(user_flag) : url_user;
  s.password = std::string(password);
  if (!s.user.empty() && s.password.empty())
    return FieldInvalid("smtp-user", "needs the password in the TANDEM_SMTP_PASSWORD variable");
  if (s.user.empty() && !s.password.empty())
    return FieldInvalid("smtp-user", "is missing: TANDEM_SMTP_PASSWORD is set but no user");

  if (mail_from.empty()) return FieldInvalid("mail-from", "is required with --smtp");
  auto from = ParseMailbox(mail_from);
  if (!from.ok())
    return FieldInvalid("mail-from", "must be address or \"Name <address>\": " +
                                         from.status().message());
  s.from = std::move(from).value();
  return s;
}

std::string DescribeSmtp(const SmtpSettings& s) {
  std::string out = s.server_url;
  if (!s.implicit_tls) out += s.require_starttls ? " (STARTTLS required)" : " (plain text)";
  if (!s.user.empty()) out += ", user " + s.user;
  return out;
}

}  // namespace tandem::mail
