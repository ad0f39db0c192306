// The demo's organisations, programs and pending invitations, as plain rows. The seeders
// (organisations_seeder.h, programs_seeder.h, invitations_seeder.h) write them in table order;
// each row names the Cast slot it fills or refers to.
#ifndef TANDEM_DEMO_DATA_PROGRAMS_H_
#define TANDEM_DEMO_DATA_PROGRAMS_H_

#include <optional>
#include <span>
#include <string_view>

#include "demo/cast.h"
#include "domain/organisation.h"
#include "domain/program.h"
#include "domain/role.h"

namespace tandem::demo {

using OrganisationSlot = domain::Organisation Cast::*;
using ProgramSlot = domain::Program Cast::*;
using PersonSlot = domain::Person Cast::*;

struct OrganisationRow {
  OrganisationSlot slot;
  std::string_view name, slug;
  domain::OrganisationKind kind;
  int days_ago;  // created
};
extern const std::span<const OrganisationRow> kOrganisations;

// Programs are created 120 days ago.
struct ProgramRow {
  ProgramSlot slot;
  OrganisationSlot organisation;
  std::string_view name, description;
  domain::ProgramType type;
  domain::Audience audience;
  std::string_view start_date, end_date;  // both "" = evergreen
  int default_mentor_capacity;
  bool requires_approval;
  domain::ProgramStatus status;
};
extern const std::span<const ProgramRow> kPrograms;

// An invitation still waiting to be accepted, with its e-mail in the outbox.
struct InvitationRow {
  OrganisationSlot organisation;
  PersonSlot inviter;
  std::string_view email;
  domain::Role role;
  ProgramSlot program;  // nullptr = the organisation only
  std::optional<domain::ProgramRole> program_role;
  int days_ago;  // sent
};
extern const std::span<const InvitationRow> kInvitations;

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_DATA_PROGRAMS_H_
