#include "demo/accounts_seeder.h"

#include "demo/data_accounts.h"

namespace tandem::demo {

using domain::EnrollmentSource;
using domain::EnrollmentStatus;

Status SeedNamedAccounts(DemoWriter& w) {
  Cast& cast = w.cast();
  for (const NamedAccount& a : kNamedAccounts) {
    const std::string email(a.email), name(a.name);
    w.used_names().insert(name);
    w.used_emails().insert(email);
    w.summary().accounts.push_back({email, std::string(a.description)});
    ASSIGN_OR_RETURN(cast.*a.slot,
                     w.AddPerson(email, name, "en", w.now() - 400 * kDay, a.platform_admin));
    const domain::Person& person = cast.*a.slot;
    for (const NamedMembership& m : a.memberships)
      if (m.organisation)
        RETURN_IF_ERROR(w.tx().SetRoles((cast.*m.organisation).id, person.id, {m.role}));
    if (a.profile) RETURN_IF_ERROR(w.AddProfile(person, a.profile()));
    for (const NamedEnrollment& e : a.enrollments)
      if (e.program)
        RETURN_IF_ERROR(w.Enroll(cast.*e.program, person, e.role, EnrollmentStatus::kActive,
                                 EnrollmentSource::kInvitation, "", e.cleared, e.cleared));
  }
  return Status::Ok();
}

}  // namespace tandem::demo
