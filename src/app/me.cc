#include "app/me.h"

#include <set>
#include <utility>

#include "app/safeguarding.h"
#include "base/strings.h"

namespace tandem::app {

namespace {
Status RequireSignedIn(const Caller& caller) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  return Status::Ok();
}
}  // namespace

Result<MeView> GetMe(const Context& ctx, const Caller& caller) {
  RETURN_IF_ERROR(RequireSignedIn(caller));
  return InReadTx<MeView>(ctx.store, [&](Tx& tx) { return LoadMe(tx, caller.person_id); });
}

Result<MeView> UpdateMe(const Context& ctx, const Caller& caller,
                        const std::optional<std::string>& name,
                        const std::optional<std::string>& locale) {
  RETURN_IF_ERROR(RequireSignedIn(caller));
  if (name) RETURN_IF_ERROR(domain::ValidatePersonName(*name));
  if (locale) RETURN_IF_ERROR(domain::ValidateLocale(*locale));
  return InTx<MeView>(ctx.store, [&](Tx& tx) -> Result<MeView> {
    ASSIGN_OR_RETURN(domain::Person p, tx.GetPersonForUpdate(caller.person_id));
    if (name) p.name = Trim(*name);
    if (locale) p.locale = *locale;
    RETURN_IF_ERROR(tx.UpdatePerson(p));
    return LoadMe(tx, caller.person_id);
  });
}

Result<ProfileView> GetMyProfile(const Context& ctx, const Caller& caller) {
  RETURN_IF_ERROR(RequireSignedIn(caller));
  return InReadTx<ProfileView>(ctx.store, [&](Tx& tx) -> Result<ProfileView> {
    ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(caller.person_id));
    ASSIGN_OR_RETURN(auto profile, tx.FindProfile(caller.person_id));
    ProfileView view{p.name, profile ? *profile : domain::Profile{}};
    view.profile.person_id = p.id;
    return view;
  });
}

Result<ProfileView> PutMyProfile(const Context& ctx, const Caller& caller,
                                 const std::string& name, domain::Profile profile) {
  RETURN_IF_ERROR(RequireSignedIn(caller));
  profile = domain::NormalizeProfile(std::move(profile));
  std::vector<FieldError> errs;
  if (Status s = domain::ValidatePersonName(name); !s.ok())
    errs.insert(errs.end(), s.fields().begin(), s.fields().end());
  if (Status s = domain::ValidateProfile(profile); !s.ok())
    errs.insert(errs.end(), s.fields().begin(), s.fields().end());
  if (!errs.empty()) return InvalidArgument("The profile has invalid fields.", errs);
  profile.person_id = caller.person_id;
  profile.updated_at = ctx.clock.Now();
  return InTx<ProfileView>(ctx.store, [&](Tx& tx) -> Result<ProfileView> {
    ASSIGN_OR_RETURN(domain::Person p, tx.GetPersonForUpdate(caller.person_id));
    ASSIGN_OR_RETURN(auto before, tx.FindProfile(caller.person_id));
    p.name = Trim(name);
    RETURN_IF_ERROR(tx.UpdatePerson(p));
    RETURN_IF_ERROR(tx.PutProfile(profile));
    // The own "I am a minor" box adds protection (and can end a minor's mentoring of an
    // adult): every program the person is in enforces safeguarding again. Clearing the box
    // never clears a coordinator's mark, and nothing paused is resumed by it.
    if ((before && before->minor.is_minor) != profile.minor.is_minor) {
      ASSIGN_OR_RETURN(auto enrollments, tx.ListEnrollmentViewsOfPerson(caller.person_id));
      std::set<std::pair<std::string, std::string>> programs;
      for (const auto& v : enrollments)
        programs.insert({v.enrollment.organisation_id, v.enrollment.program_id});
      for (const auto& [org_id, program_id] : programs) {
        ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, program_id));
        RETURN_IF_ERROR(LockForSafeguarding(tx, org_id, program_id, caller.person_id,
                                            profile.updated_at));
        RETURN_IF_ERROR(
            EnforceSafeguarding(tx, program, {caller.person_id}, profile.updated_at).status());
      }
    }
    return ProfileView{p.name, profile};
  });
}

Result<Page<domain::EnrollmentView>> ListMyEnrollments(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page) {
  RETURN_IF_ERROR(RequireSignedIn(caller));
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("my_enrollments", page));
  using Out = Page<domain::EnrollmentView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListEnrollmentViewsOfPerson(caller.person_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

}  // namespace tandem::app
