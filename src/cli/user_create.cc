#include "app/users.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tandem::cli {

int RunUserCreate(const app::Context& ctx, const Parsed& args, std::ostream& out,
                  std::ostream& err) {
  app::NewUser user;
  user.email = args.Get("email");
  user.name = args.Get("name");
  user.password = args.Get("password");
  user.platform_admin = args.Has("platform-admin");
  user.organisation_slug = args.Get("org");
  if (args.Has("role")) {
    for (const std::string& r : Split(args.Get("role"), ',')) {
      auto role = domain::ParseRole(Trim(r));
      if (!role) {
        err << "tandem: unknown role \"" << r
            << "\"; use org_admin, coordinator, mentor or mentee\n";
        return kExitUsage;
      }
      user.roles.insert(*role);
    }
  }
  auto person = app::CreateUser(ctx, user);
  if (!person.ok()) {
    err << "tandem: " << person.status().message() << "\n";
    return ExitCodeFor(person.status().code());
  }
  out << "Created " << person->email << " (" << person->name << ")"
      << (person->is_platform_admin ? ", platform administrator" : "") << ".\n";
  return 0;
}

}  // namespace tandem::cli
