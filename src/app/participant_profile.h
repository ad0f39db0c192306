// A participant's profile as their program's coordinators may read it (the participants
// table's "profile" dialog): domain/profile_disclosure.h decides what is shown.
#ifndef TANDEM_APP_PARTICIPANT_PROFILE_H_
#define TANDEM_APP_PARTICIPANT_PROFILE_H_

#include <string>

#include "app/context.h"
#include "app/me.h"

namespace tandem::app {

// The profile of the person of `enrollment_id` (any status), for coordinators and org admins
// of the organisation (kReviewEnrollment); empty defaults when the person never saved one.
// NotFound for a program the caller may not see or an enrollment of another program or
// organisation.
Result<ProfileView> GetParticipantProfile(const Context& ctx, const Caller& caller,
                                          const std::string& org_id, const std::string& program_id,
                                          const std::string& enrollment_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_PARTICIPANT_PROFILE_H_
