// CurlSmtpTransport: app::MailTransport over libcurl's SMTP client. One connection per message
// (mail volumes are small); TLS peers are verified against the system's certificate store.
// STARTTLS is required unless the settings say otherwise (smtp_settings.h). A message takes at
// most kSendTimeout, far below MailQueueOptions::claim_for. Thread-safe: each Send uses its own
// curl handle.
#ifndef TANDEM_MAIL_CURL_SMTP_H_
#define TANDEM_MAIL_CURL_SMTP_H_

#include <chrono>

#include "app/mail.h"
#include "mail/smtp_settings.h"

namespace tandem::mail {

class CurlSmtpTransport : public app::MailTransport {
 public:
  static constexpr std::chrono::seconds kConnectTimeout{15};
  static constexpr std::chrono::seconds kSendTimeout{60};

  explicit CurlSmtpTransport(SmtpSettings settings);
  Status Send(const app::OutgoingMail& mail) override;

 private:
  SmtpSettings settings_;
};

}  // namespace tandem::mail

#endif  // TANDEM_MAIL_CURL_SMTP_H_
