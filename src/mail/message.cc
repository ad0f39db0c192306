#include "mail/message.h"

#include <ctime>

namespace tandem::mail {

namespace {

bool IsControl(unsigned char c) { return c < 0x20 || c == 0x7f; }

bool HasControl(std::string_view s) {
  for (unsigned char c : s)
    if (IsControl(c)) return true;
  return false;
}

bool IsPrintableAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c >= 0x7f) return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

Status CheckAddress(std::string_view a) {
  size_t at = a.find('@');
  if (a.empty() || at == 0 || at == std::string_view::npos || at + 1 == a.size() ||
      a.find('@', at + 1) != std::string_view::npos)
    return InvalidArgument("A mail address must look like name@example.org.");
  for (unsigned char c : a)
    if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == ',' || c == '"' || c == '(' ||
        c == ')' || c == ';' || c == '\\')
      return InvalidArgument("A mail address holds a character that is not allowed.");
  return Status::Ok();
}

}  // namespace

Result<Mailbox> ParseMailbox(std::string_view text) {
  if (HasControl(text))
    return InvalidArgument("A mail address must not contain control characters (CR, LF...).");
  text = Trim(text);
  Mailbox m;
  size_t open = text.find('<');
  if (open == std::string_view::npos) {
    m.address = std::string(text);
  } else {
    if (text.back() != '>' || text.find('<', open + 1) != std::string_view::npos)
      return InvalidArgument("A mail address must be address or Name <address>.");
    m.address = std::string(text.substr(open + 1, text.size() - open - 2));
    std::string_view name = Trim(text.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
      name = name.substr(1, name.size() - 2);
    m.display_name = std::string(name);
  }
  RETURN_IF_ERROR(CheckAddress(m.address));
  return m;
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 |
                 (unsigned char)bytes[i + 2];
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  if (i + 1 == bytes.size()) {
    unsigned v = (unsigned char)bytes[i] << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == bytes.size()) {
    unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

std::string EncodeHeaderText(std::string_view text) {
  if (IsPrintableAscii(text)) return std::string(text);
  // "=?UTF-8?B?" + base64 + "?=" is at most 75 characters: 12 of framing leave 63 for
  // base64, that is 45 bytes of text; cut before a UTF-8 continuation byte.
  constexpr size_t kMaxBytes = 45;
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = std::min(text.size(), pos + kMaxBytes);
    while (end < text.size() && end > pos + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(pos, end - pos)) + "?=";
    pos = end;
  }
  return out;
}

std::string FormatMailbox(const Mailbox& m) {
  if (m.display_name.empty()) return m.address;
  if (IsPrintableAscii(m.display_name)) {
    std::string quoted = "\"";
    for (char c : m.display_name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return quoted + "\" <" + m.address + ">";
  }
  return EncodeHeaderText(m.display_name) + " <" + m.address + ">";
}

std::string FormatDate(Millis t) {
  std::time_t secs = static_cast<std::time_t>(t / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

Result<std::string> FormatMessage(const app::OutgoingMail& mail, const Mailbox& from) {
  ASSIGN_OR_RETURN(Mailbox to, ParseMailbox(mail.to));
  if (HasControl(mail.subject))
    return InvalidArgument("A mail subject must not contain control characters (CR, LF...).");
  if (HasControl(from.display_name) || HasControl(to.display_name))
    return InvalidArgument("A mail name must not contain control characters (CR, LF...).");
  if (mail.id.empty() || !IsPrintableAscii(mail.id) || mail.id.find_first_of("<>@ ") != std::string::npos)
    return InvalidArgument("A mail needs a plain id for its Message-ID.");

  // Body lines with CRLF ends; "\r\n" and a lone "\r" count as line ends too.
  std::string body;
  bool ascii = true;
  size_t line = 0, longest = 0;
  for (size_t i = 0; i < mail.body.size(); ++i) {
    char c = mail.body[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < mail.body.size() && mail.body[i + 1] == '\n') ++i;
      body += "\r\n";
      longest = std::max(longest, line);
      line = 0;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    body += c;
    ++line;
  }
  longest = std::max(longest, line);
  if (!body.empty() && body.compare(body.size() - 2, 2, "\r\n") != 0) body += "\r\n";
  const bool seven_bit = ascii && longest <= 998;

  const std::string domain = from.address.substr(from.address.find('@') + 1);
  std::string out;
  out += "Date: " + FormatDate(mail.date) + "\r\n";
  out += "From: " + FormatMailbox(from) + "\r\n";
  out += "To: " + FormatMailbox(to) + "\r\n";
  out += "Subject: " + EncodeHeaderText(mail.subject) + "\r\n";
  out += "Message-ID: <" + mail.id + "@" + domain + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += std::string("Content-Transfer-Encoding: ") + (seven_bit ? "7bit" : "base64") + "\r\n";
  out += "\r\n";
  if (seven_bit) {
    out += body;
  } else {
    std::string encoded = Base64(body);
    for (size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  }
  return out;
}

}  // namespace tandem::mail
