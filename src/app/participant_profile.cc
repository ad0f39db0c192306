#include "app/participant_profile.h"

#include "app/program_visibility.h"
#include "domain/profile_disclosure.h"

namespace tandem::app {

using domain::Action;

Result<ProfileView> GetParticipantProfile(const Context& ctx, const Caller& caller,
                                          const std::string& org_id, const std::string& program_id,
                                          const std::string& enrollment_id) {
  return InReadTx<ProfileView>(ctx.store, [&](Tx& tx) -> Result<ProfileView> {
    ASSIGN_OR_RETURN(domain::Actor actor,
                     Authorized(tx, caller, org_id, Action::kReviewEnrollment, "program"));
    RETURN_IF_ERROR(VisibleProgram(tx, actor, org_id, program_id).status());
    auto e = tx.GetEnrollment(org_id, enrollment_id);
    if (!e.ok() && e.status().code() != StatusCode::kNotFound) return e.status();
    if (!e.ok() || e->program_id != program_id) return NotFound("No such enrollment.");
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(e->person_id));
    ASSIGN_OR_RETURN(auto profile, tx.FindProfile(e->person_id));
    ProfileView view{person.name,
                     domain::ProfileForCoordinators(profile ? *profile : domain::Profile{})};
    view.profile.person_id = person.id;
    return view;
  });
}

}  // namespace tandem::app
