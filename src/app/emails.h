// Emails leave through the outbox, written in the recipient's language. Every email the app
// sends goes through QueueEmail; its text lives in domain/email_templates.
//
// The recipient's language: the person's locale when the address has an account; for an
// address with no account yet (an invitation), the locale of whoever caused the mail (the
// inviter: organisations have no locale of their own).
#ifndef TANDEM_APP_EMAILS_H_
#define TANDEM_APP_EMAILS_H_

#include <string>
#include <string_view>

#include "app/store.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/email_templates.h"

namespace tandem::app {

// The locale to write to `email` in: its account's, or `fallback` when it has none.
Result<std::string> RecipientLocale(Tx& tx, const std::string& email, std::string_view fallback);

// Renders `kind` with `params` in `locale` and inserts it into the outbox for `to`, created at
// `now`. InvalidArgument (from RenderEmail) when the parameters do not fit the kind; nothing is
// inserted then.
Status QueueEmail(Tx& tx, const std::string& to, std::string_view locale, domain::EmailKind kind,
                  const domain::EmailParams& params, Millis now);

}  // namespace tandem::app

#endif  // TANDEM_APP_EMAILS_H_
