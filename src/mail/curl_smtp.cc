#include "mail/curl_smtp.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace tandem::mail {

namespace {

struct Payload {
  const std::string* text;
  size_t offset = 0;
};

size_t ReadPayload(char* buffer, size_t size, size_t count, void* user) {
  auto* p = static_cast<Payload*>(user);
  size_t n = std::min(size * count, p->text->size() - p->offset);
  std::memcpy(buffer, p->text->data() + p->offset, n);
  p->offset += n;
  return n;
}

// The error to store: short, worth reading, never a password or a body. libcurl reports a
// refused recipient as CURLE_SEND_ERROR with "RCPT failed" in its error buffer; only a
// permanent (5xx) refusal of the recipient gives up on the message at once (a refused sender
// is the server's configuration, worth retrying).
Status CurlFailure(CURLcode code, long response, const char* detail) {
  std::string what = curl_easy_strerror(code);
  if (response > 0) what += " (SMTP " + std::to_string(response) + ")";
  if (code == CURLE_SEND_ERROR && response >= 500 && response < 600 &&
      std::strncmp(detail, "RCPT failed", 11) == 0)
    return InvalidArgument("The mail server refused the recipient: " + what);
  if (code == CURLE_USE_SSL_FAILED)
    return Unavailable("The mail server did not offer STARTTLS, which --smtp requires: " + what);
  return Unavailable("Mail not sent: " + what);
}

}  // namespace

CurlSmtpTransport::CurlSmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Status CurlSmtpTransport::Send(const app::OutgoingMail& mail) {
  ASSIGN_OR_RETURN(Mailbox to, ParseMailbox(mail.to));
  ASSIGN_OR_RETURN(std::string text, FormatMessage(mail, settings_.from));

  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return Unavailable("Mail not sent: libcurl could not start.");
  const std::string envelope_from = "<" + settings_.from.address + ">";
  const std::string envelope_to = "<" + to.address + ">";
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(
      curl_slist_append(nullptr, envelope_to.c_str()), curl_slist_free_all);
  Payload payload{&text};

  CURL* h = curl.get();
  char detail[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, detail);
  // libcurl takes the EHLO name from the URL's path and sends an empty one without it, which
  // servers refuse: greet with the sender's domain.
  const std::string url =
      settings_.server_url + "/" + settings_.from.address.substr(settings_.from.address.find('@') + 1);
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, static_cast<long>(kConnectTimeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(kSendTimeout.count()));
  if (!settings_.implicit_tls)
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     settings_.require_starttls ? static_cast<long>(CURLUSESSL_ALL)
                                                : static_cast<long>(CURLUSESSL_NONE));
  if (!settings_.user.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, envelope_from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(h, CURLOPT_READFUNCTION, &ReadPayload);
  curl_easy_setopt(h, CURLOPT_READDATA, &payload);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));

  CURLcode code = curl_easy_perform(h);
  if (code == CURLE_OK) return Status::Ok();
  long response = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response);
  return CurlFailure(code, response, detail);
}

}  // namespace tandem::mail
