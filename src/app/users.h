// Operator-level account creation (the CLI's `tandem user create`): the first platform admin,
// or an account added to an organisation by slug.
#ifndef TANDEM_APP_USERS_H_
#define TANDEM_APP_USERS_H_

#include <string>

#include "app/context.h"
#include "domain/organisation.h"

namespace tandem::app {

struct NewUser {
  std::string email;
  std::string name;
  std::string password;
  bool platform_admin = false;
  std::string organisation_slug;  // optional
  domain::RoleSet roles;          // roles in that organisation
};

// InvalidArgument naming the field; AlreadyExists when the email is taken; NotFound when the
// organisation slug is unknown. Nothing is written on error.
Result<domain::Person> CreateUser(const Context& ctx, NewUser user);

}  // namespace tandem::app

#endif  // TANDEM_APP_USERS_H_
