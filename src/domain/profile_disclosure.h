// What of a person's profile their program's coordinators may read: everything they fill in for
// mentoring (headline, bio, skills, interests, goals, languages, time zone, availability,
// capacity, preferences, whether they are a minor), and of the background answers only those
// the person made visible to coordinators or to participants. Private answers and answers kept
// for matching only are dropped, as is a minor's guardian contact (the guardian's agreement
// flow has its own channel). Pure.
#ifndef TANDEM_DOMAIN_PROFILE_DISCLOSURE_H_
#define TANDEM_DOMAIN_PROFILE_DISCLOSURE_H_

#include "domain/profile.h"

namespace tandem::domain {

// True when the answer may be shown to the person's coordinators.
bool VisibleToCoordinators(Visibility v);

// The profile as a coordinator of one of the person's programs may read it.
Profile ProfileForCoordinators(Profile p);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PROFILE_DISCLOSURE_H_
