#include "app/emails.h"

#include "base/ids.h"
#include "domain/access.h"

namespace tandem::app {

Result<std::string> RecipientLocale(Tx& tx, const std::string& email, std::string_view fallback) {
  ASSIGN_OR_RETURN(auto person, tx.FindPersonByEmail(email));
  if (person) return person->locale;
  return std::string(fallback);
}

Status QueueEmail(Tx& tx, const std::string& to, std::string_view locale, domain::EmailKind kind,
                  const domain::EmailParams& params, Millis now) {
  ASSIGN_OR_RETURN(domain::RenderedEmail mail, domain::RenderEmail(kind, params, locale));
  return tx.InsertOutboxMessage(
      domain::OutboxMessage{NewId(), to, std::move(mail.subject), std::move(mail.body), now});
}

}  // namespace tandem::app
