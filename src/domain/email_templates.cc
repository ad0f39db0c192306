#include "domain/email_templates.h"

#include <algorithm>

namespace tandem::domain {
namespace {

struct Text {
  std::string_view subject;
  std::string_view body;
};

struct EmailSpec {
  EmailKind kind;
  std::string_view name;
  std::vector<std::string_view> params;
  Text en;
  Text es;
};

const std::vector<EmailSpec>& Specs() {
  using K = EmailKind;
  static const std::vector<EmailSpec> kSpecs = {
      {K::kInvitation,
       "invitation",
       {"org_name", "inviter_name", "link"},
       {"You are invited to {org_name} on Tandem",
        "Hello,\n\n{inviter_name} invited you to join {org_name} on Tandem, a mentoring "
        "platform.\n\nAccept the invitation within 14 days:\n\n{link}\n"},
       {"Te han invitado a {org_name} en Tandem",
        "Hola:\n\n{inviter_name} te ha invitado a unirte a {org_name} en Tandem, una plataforma "
        "de mentoría.\n\nAcepta la invitación en un plazo de 14 días:\n\n{link}\n"}},
      {K::kProgramInvitation,
       "program_invitation",
       {"org_name", "program_name", "inviter_name", "link"},
       {"You are invited to {org_name} on Tandem",
        "Hello,\n\n{inviter_name} invited you to join \"{program_name}\" at {org_name} on "
        "Tandem, a mentoring platform.\n\nAccept the invitation within 14 days:\n\n{link}\n"},
       {"Te han invitado a {org_name} en Tandem",
        "Hola:\n\n{inviter_name} te ha invitado a unirte al programa «{program_name}» de "
        "{org_name} en Tandem, una plataforma de mentoría.\n\nAcepta la invitación en un plazo "
        "de 14 días:\n\n{link}\n"}},
      {K::kAdminAppointed,
       "admin_appointed",
       {"org_name", "login_link"},
       {"You are an administrator of {org_name} on Tandem",
        "Hello,\n\nYou are now an administrator of {org_name} on Tandem, a mentoring platform."
        "\n\nSign in to set it up:\n\n{login_link}\n"},
       {"Administras {org_name} en Tandem",
        "Hola:\n\nAhora administras {org_name} en Tandem, una plataforma de mentoría.\n\n"
        "Inicia sesión para configurarla:\n\n{login_link}\n"}},
      {K::kPasswordReset,
       "password_reset",
       {"name", "link"},
       {"Reset your Tandem password",
        "Hello {name},\n\nSomeone asked to reset the password of your Tandem account. If it was "
        "you, open this link within an hour:\n\n{link}\n\nIf it was not you, ignore this "
        "message; your password stays the same.\n"},
       {"Restablece tu contraseña de Tandem",
        "Hola, {name}:\n\nAlguien ha pedido restablecer la contraseña de tu cuenta de Tandem. "
        "Si has sido tú, abre este enlace antes de que pase una hora:\n\n{link}\n\nSi no has "
        "sido tú, ignora este mensaje; tu contraseña no cambia.\n"}},
      {K::kPasswordGuessingAlert,
       "password_guessing_alert",
       {"name", "email", "failures", "forgot_link"},
       {"Wrong passwords were tried for your Tandem account",
        "Hello {name},\n\nIn the last hour a wrong password was entered {failures} times for "
        "your Tandem account ({email}). To protect it, sign-ins from places you have not used "
        "before are paused for a while; where you usually sign in, nothing changes.\n\nIf it "
        "was you, there is nothing to do. If it was not, your password was not accepted; if you "
        "also use it elsewhere, choose a new one:\n\n{forgot_link}\n"},
       {"Se han probado contraseñas incorrectas en tu cuenta de Tandem",
        "Hola, {name}:\n\nEn la última hora se ha escrito una contraseña incorrecta {failures} "
        "veces en tu cuenta de Tandem ({email}). Para protegerla, los inicios de sesión desde "
        "lugares que no has usado antes quedan en pausa durante un tiempo; donde sueles "
        "iniciar sesión, nada cambia.\n\nSi has sido tú, no tienes que hacer nada. Si no, tu "
        "contraseña no se ha aceptado; si también la usas en otros sitios, elige una nueva:\n\n"
        "{forgot_link}\n"}},
      {K::kGuardianAgreement,
       "guardian_agreement",
       {"mentee_name", "program_name", "org_name", "link"},
       {"Please review {mentee_name}'s mentoring agreement",
        "Hello,\n\n{mentee_name} has been matched with a mentor in \"{program_name}\" at "
        "{org_name} on Tandem, a mentoring platform. As their guardian, please read the "
        "program's mentoring agreement and accept it; the mentoring starts once you have.\n\n"
        "The link works for 14 days and needs no account:\n\n{link}\n"},
       {"Revisa el acuerdo de mentoría de {mentee_name}",
        "Hola:\n\n{mentee_name} tiene una mentora o un mentor en el programa «{program_name}» de "
        "{org_name} en Tandem, una plataforma de mentoría. Como su tutor o tutora legal, lee el "
        "acuerdo de mentoría del programa y acéptalo; la mentoría empieza cuando lo aceptes.\n\n"
        "El enlace funciona durante 14 días y no necesita cuenta:\n\n{link}\n"}},
      {K::kUnsafeAlert,
       "unsafe_alert",
       {"program_name", "org_name", "link"},
       {"A mentee in {program_name} says they feel unsafe",
        "Hello,\n\nA mentee in \"{program_name}\" at {org_name} pressed \"I feel unsafe\" on "
        "Tandem. Contact in their match is paused until a coordinator resumes it.\n\nPlease "
        "look at it now:\n\n{link}\n"},
       {"Una persona mentorizada de {program_name} dice que no se siente segura",
        "Hola:\n\nUna persona mentorizada del programa «{program_name}» de {org_name} ha "
        "pulsado «No me siento seguro/a» en Tandem. El contacto en su emparejamiento queda en "
        "pausa hasta que una coordinadora o un coordinador lo reanude.\n\nRevísalo ahora:\n\n"
        "{link}\n"}},
  };
  return kSpecs;
}

const EmailSpec& SpecOf(EmailKind k) {
  for (const EmailSpec& s : Specs())
    if (s.kind == k) return s;
  return Specs().front();  // unreachable: every kind has a spec (email_templates_test checks)
}

// Replaces each {name} in `text` by its parameter; values are not scanned again.
std::string Fill(std::string_view text, const EmailParams& params) {
  std::string out;
  out.reserve(text.size() + 64);
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('{', i);
    if (open == std::string_view::npos) break;
    const size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    auto it = params.find(std::string(text.substr(open + 1, close - open - 1)));
    out.append(it == params.end() ? std::string(text.substr(open, close - open + 1)) : it->second);
    i = close + 1;
  }
  out.append(text.substr(std::min(i, text.size())));
  return out;
}

bool InSubject(std::string_view subject, std::string_view name) {
  return subject.find("{" + std::string(name) + "}") != std::string_view::npos;
}

}  // namespace

std::string_view EmailKindName(EmailKind k) { return SpecOf(k).name; }

const std::vector<EmailKind>& AllEmailKinds() {
  static const std::vector<EmailKind> kAll = [] {
    std::vector<EmailKind> out;
    for (const EmailSpec& s : Specs()) out.push_back(s.kind);
    return out;
  }();
  return kAll;
}

const std::vector<std::string_view>& EmailParamNames(EmailKind k) { return SpecOf(k).params; }

const std::vector<std::string_view>& EmailLocales() {
  static const std::vector<std::string_view> kLocales = {"en", "es"};
  return kLocales;
}

Result<RenderedEmail> RenderEmail(EmailKind kind, const EmailParams& params,
                                  std::string_view locale) {
  const EmailSpec& spec = SpecOf(kind);
  const Text& text = locale == "es" ? spec.es : spec.en;
  const std::string what = "Email " + std::string(spec.name) + ": parameter ";
  for (std::string_view name : spec.params) {
    auto it = params.find(std::string(name));
    if (it == params.end()) return InvalidArgument(what + std::string(name) + " is missing.");
    if (InSubject(text.subject, name) &&
        it->second.find_first_of("\r\n") != std::string::npos)
      return InvalidArgument(what + std::string(name) + " holds a line break.");
  }
  for (const auto& [key, value] : params)
    if (std::find(spec.params.begin(), spec.params.end(), key) == spec.params.end())
      return InvalidArgument(what + key + " is not one of this email's.");
  return RenderedEmail{Fill(text.subject, params), Fill(text.body, params)};
}

}  // namespace tandem::domain
