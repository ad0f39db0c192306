// The signed-in person's own account, profile and enrollments.
#ifndef TANDEM_APP_ME_H_
#define TANDEM_APP_ME_H_

#include <optional>
#include <string>
#include <vector>

#include "app/auth.h"
#include "app/context.h"
#include "app/pagination.h"
#include "domain/profile.h"
#include "domain/program.h"

namespace tandem::app {

struct ProfileView {
  std::string name;  // the person's display name
  domain::Profile profile;
};

Result<MeView> GetMe(const Context& ctx, const Caller& caller);
// Changes only the fields given. InvalidArgument naming the field.
Result<MeView> UpdateMe(const Context& ctx, const Caller& caller,
                        const std::optional<std::string>& name,
                        const std::optional<std::string>& locale);

// Empty defaults when the person never saved a profile.
Result<ProfileView> GetMyProfile(const Context& ctx, const Caller& caller);
// Normalises, validates (every invalid field listed), then replaces the whole profile and the
// display name in one transaction.
Result<ProfileView> PutMyProfile(const Context& ctx, const Caller& caller, const std::string& name,
                                 domain::Profile profile);

// The caller's enrollments in every organisation, newest first.
Result<Page<domain::EnrollmentView>> ListMyEnrollments(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page);

}  // namespace tandem::app

#endif  // TANDEM_APP_ME_H_
