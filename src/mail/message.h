// RFC 5322 messages for the SMTP adapter: addresses, RFC 2047 encoded words and the whole
// message text (CRLF line ends, UTF-8 plain text). Header injection is impossible by
// construction: every header value is either validated (addresses: no CR, LF, NUL or other
// control character) or encoded (non-ASCII text), and a subject or name holding CR or LF is
// rejected. Dot-stuffing is left to libcurl. Pure functions; thread-safe.
#ifndef TANDEM_MAIL_MESSAGE_H_
#define TANDEM_MAIL_MESSAGE_H_

#include <string>
#include <string_view>

#include "app/mail.h"
#include "base/status.h"
#include "base/time.h"

namespace tandem::mail {

struct Mailbox {
  std::string display_name;  // UTF-8; may be empty
  std::string address;       // local@domain, ASCII
};

// "local@domain" or "Display Name <local@domain>" (the name may be quoted). InvalidArgument
// for anything else: control characters (CR, LF, NUL...), a missing or repeated '@', spaces,
// angle brackets, commas or non-ASCII characters in the address.
Result<Mailbox> ParseMailbox(std::string_view text);

// The mailbox as a header value: "address", or "\"Name\" <address>" (ASCII name, quoted) or
// "=?UTF-8?B?...?= <address>" (non-ASCII name).
std::string FormatMailbox(const Mailbox& m);

// Text as a header value: unchanged when it is printable ASCII, otherwise RFC 2047 "B" encoded
// words of at most 75 characters (split between UTF-8 characters), folded with CRLF + space.
std::string EncodeHeaderText(std::string_view text);

// "Mon, 07 Dec 2026 00:24:22 +0000" (RFC 5322 date-time, UTC).
std::string FormatDate(Millis t);

std::string Base64(std::string_view bytes);

// The whole message: Date, From, To, Subject, Message-ID (<id@domain of from>), MIME-Version,
// Content-Type text/plain; charset=UTF-8, then the body with CRLF line ends. The body is sent
// 7bit when it is ASCII with lines of at most 998 bytes, base64 otherwise. InvalidArgument
// for a bad `to`, a subject with CR, LF or another control character, or an empty id.
Result<std::string> FormatMessage(const app::OutgoingMail& mail, const Mailbox& from);

}  // namespace tandem::mail

#endif  // TANDEM_MAIL_MESSAGE_H_
