// The mail delivery port: how a message from the outbox leaves the building. Implemented with
// libcurl's SMTP client in mail/ (CurlSmtpTransport); main/ wires it when `tandem serve` gets
// --smtp. Without a transport the server runs in development mail mode: nothing is sent and
// the outbox page (platform admins) is the mailbox.
#ifndef TANDEM_APP_MAIL_H_
#define TANDEM_APP_MAIL_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "base/time.h"

namespace tandem::app {

enum class MailMode {
  kDevelopment,  // nothing is delivered; platform admins read whole messages in the outbox
  kSmtp,         // messages are delivered; the outbox shows delivery metadata, never a body
};
std::string_view MailModeName(MailMode m);  // "development", "smtp"

// One message as the transport receives it. The transport adds From, MIME headers and the
// envelope; `to` is "address" or "Display Name <address>".
struct OutgoingMail {
  std::string id;  // the outbox id; unique, so it makes the Message-ID
  std::string to;
  std::string subject;  // UTF-8, one line
  std::string body;     // UTF-8 plain text, lines end in "\n"
  Millis date = 0;      // when the message was written (the Date header)
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // Hands one message to the mail server; OK once the server accepted it. InvalidArgument when
  // it can never be sent as it is (malformed address, CR or LF in a header, the server refused
  // it permanently): the queue gives up on it at once. Any other error is worth a retry
  // (Unavailable: server unreachable, busy, temporary refusal). The status message is short
  // and holds no secret (never a password or the body). Implementations are thread-safe.
  virtual Status Send(const OutgoingMail& mail) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_MAIL_H_
