// The emails Tandem sends, as data: a kind plus parameters, rendered here in the recipient's
// language. The only place that holds email text; app/emails.h picks the recipient's locale
// and puts the result in the outbox.
//
// Templates are plain text with `{name}` placeholders. Parameter values are inserted as they
// are (never scanned for placeholders again), so a name holding "{link}" stays a name.
#ifndef TANDEM_DOMAIN_EMAIL_TEMPLATES_H_
#define TANDEM_DOMAIN_EMAIL_TEMPLATES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tandem::domain {

enum class EmailKind {
  kInvitation,             // org_name, inviter_name, link
  kProgramInvitation,      // org_name, program_name, inviter_name, link
  kAdminAppointed,         // org_name, login_link (an existing account made an org admin)
  kPasswordReset,          // name, link
  kPasswordGuessingAlert,  // name, email, failures (a count), forgot_link
  kGuardianAgreement,      // mentee_name (first name), program_name, org_name, link
  kUnsafeAlert,            // to coordinators: program_name, org_name, link (never the words)
};
// "invitation", "program_invitation", "admin_appointed", "password_reset",
// "password_guessing_alert", "guardian_agreement", "unsafe_alert".
std::string_view EmailKindName(EmailKind k);
const std::vector<EmailKind>& AllEmailKinds();
// The parameters a kind needs (and the only ones it takes).
const std::vector<std::string_view>& EmailParamNames(EmailKind k);

// The languages emails are written in; the same as a person's locale ("en", "es").
const std::vector<std::string_view>& EmailLocales();

using EmailParams = std::map<std::string, std::string>;

struct RenderedEmail {
  std::string subject;  // one line
  std::string body;     // plain text, lines end in "\n"
};

// The email of `kind` in `locale` ("en" or "es"; any other locale gets English). InvalidArgument
// when a parameter is missing, unknown, or would break the subject line (CR or LF in a value
// used there): nothing half-rendered is returned.
Result<RenderedEmail> RenderEmail(EmailKind kind, const EmailParams& params,
                                  std::string_view locale);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_EMAIL_TEMPLATES_H_
