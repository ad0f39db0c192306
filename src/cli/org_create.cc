#include "app/organisations.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tandem::cli {

namespace {

// The platform administrator the command acts as: --by, or the only one. A usage error (exit
// 2) when it cannot tell; NotFound-style exit when --by names nobody suitable.
Result<app::Caller> ActingAdmin(const app::Context& ctx, const std::string& by) {
  std::vector<domain::Person> admins;
  Status st = ctx.store.TransactRead([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(admins, tx.ListPlatformAdmins());
    return Status::Ok();
  });
  RETURN_IF_ERROR(st);
  if (!by.empty()) {
    const std::string email = NormalizeEmail(by);
    for (const auto& p : admins)
      if (p.email == email) return app::Caller{p.id, true};
    return NotFound("No platform administrator with email " + email + ".");
  }
  if (admins.size() == 1) return app::Caller{admins[0].id, true};
  if (admins.empty())
    return FailedPrecondition(
        "There is no platform administrator yet; create one with `tandem user create "
        "--platform-admin`.");
  return InvalidArgument("There are several platform administrators; say which one acts with "
                         "--by EMAIL.");
}

}  // namespace

int RunOrgCreate(const app::Context& ctx, const Parsed& args, std::ostream& out,
                 std::ostream& err) {
  app::NewOrganisation input;
  input.organisation.name = args.Get("name");
  input.organisation.slug = args.Get("slug");
  auto kind = domain::ParseOrganisationKind(args.Get("kind"));
  if (!kind) {
    err << "tandem: unknown kind \"" << args.Get("kind")
        << "\"; use school, university, company, alumni or nonprofit\n";
    return kExitUsage;
  }
  input.organisation.kind = *kind;
  input.first_admin_email = args.Get("admin-email");
  auto caller = ActingAdmin(ctx, args.Get("by"));
  if (!caller.ok()) {
    err << "tandem: " << caller.status().message() << "\n";
    if (caller.status().code() == StatusCode::kInvalidArgument) return kExitUsage;
    return ExitCodeFor(caller.status().code());
  }
  auto created = app::CreateOrganisation(ctx, *caller, input);
  if (!created.ok()) {
    err << "tandem: " << created.status().message();
    for (const auto& f : created.status().fields()) err << " (" << f.field << ": " << f.message << ")";
    err << "\n";
    return ExitCodeFor(created.status().code());
  }
  out << "Created " << created->organisation.name << " (" << created->organisation.slug
      << "), id " << created->organisation.id << ".\n";
  if (created->first_admin_appointed) {
    out << created->first_admin_email << " already has an account and is now its administrator.\n";
  } else {
    out << "Invited " << created->first_admin_email << " as its administrator; the link (valid 14 days):\n"
        << created->invitation_link << "\n";
  }
  return 0;
}

}  // namespace tandem::cli
