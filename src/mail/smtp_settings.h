// How `tandem serve` reaches its mail server, from --smtp URL, --smtp-user, --mail-from and the
// TANDEM_SMTP_PASSWORD environment variable (a password is never accepted on the command line
// or in the URL). The URL forms:
//   smtps://host[:port]                 TLS from the first byte (usually port 465)
//   smtp://host[:port]                  STARTTLS required: nothing is sent, and the
//                                       credentials are not offered, unless the server
//                                       upgrades the connection (usually port 587)
//   smtp://host[:port]?starttls=off     plain text, for a relay on the same host or tests
// The user may be given in the URL (smtp://user@host:587, percent-encoded) or with
// --smtp-user, not both. Pure functions; thread-safe.
#ifndef TANDEM_MAIL_SMTP_SETTINGS_H_
#define TANDEM_MAIL_SMTP_SETTINGS_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "mail/message.h"

namespace tandem::mail {

struct SmtpSettings {
  std::string server_url;  // for libcurl: scheme://host[:port], no user, no query
  std::string host;
  bool implicit_tls = false;    // smtps://
  bool require_starttls = true; // smtp:// unless ?starttls=off
  std::string user;             // empty = no authentication
  std::string password;
  Mailbox from;
};

// InvalidArgument (naming the flag) for an unknown scheme, a password in the URL, an unknown
// query parameter, a user given twice, a user without password or a password without user,
// or a bad --mail-from.
Result<SmtpSettings> ParseSmtpSettings(std::string_view url, std::string_view user_flag,
                                       std::string_view password, std::string_view mail_from);

// The URL without user information, for logs.
std::string DescribeSmtp(const SmtpSettings& s);

}  // namespace tandem::mail

#endif  // TANDEM_MAIL_SMTP_SETTINGS_H_
