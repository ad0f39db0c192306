// Who may see or do what. Every authorisation decision in Tandem is made here, once, and is
// tested as a table of every role against every action (policy_test.cc).
//
// An Actor is the caller as seen from one organisation: their roles there (empty when they
// are not a member) and whether they are a platform operator. Outsiders get kHidden so that
// the edges answer 404 and never confirm that another organisation's ids exist.
//
// The platform administrator runs the platform, not its organisations: they create
// organisations (appointing each one's first admin), read the outbox's delivery metadata and
// the platform audit log, and may see an organisation's name and the programs any member sees
// (no drafts). In an organisation they do not belong to they get nothing else (kForbidden): no
// members or emails, no invitations (whose links would let them take over an account), no
// enrollments, participants or mentoring data.
#ifndef TANDEM_DOMAIN_POLICY_H_
#define TANDEM_DOMAIN_POLICY_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "domain/role.h"

namespace tandem::domain {

struct Actor {
  std::string person_id;  // empty = anonymous visitor
  bool is_platform_admin = false;
  bool is_member = false;  // belongs to the organisation in question
  RoleSet roles;           // roles in that organisation

  bool anonymous() const { return person_id.empty(); }
  bool Has(Role r) const { return roles.count(r) > 0; }
};

enum class Action {
  // Platform-wide.
  kCreateOrganisation,
  kViewOutbox,
  kViewPlatformAudit,  // the platform administrators' own actions
  // Organisation-scoped.
  kViewOrganisation,
  kListMembers,
  kEditMemberRoles,
  kInviteWithOrgRoles,  // invitation granting org_admin or coordinator
  kInviteToProgram,     // invitation enrolling as mentor / mentee
  kListInvitations,
  kRevokeInvitation,
  kViewTaxonomy,
  kEditTaxonomy,
  kListPrograms,
  kViewDraftPrograms,
  kCreateProgram,
  kEditProgram,
  kApplyToProgram,
  kListEnrollments,
  kReviewEnrollment,  // approve, decline, screening and training flags
  kManageMatching,    // matching settings, exclusions, match rounds, publishing
  kSeekMentor,        // see recommended mentors and send requests (as a mentee)
  kViewAuditLog,      // the organisation's audit log
};
std::string_view ActionName(Action a);
inline constexpr Action kAllActions[] = {
    Action::kCreateOrganisation, Action::kViewOutbox,        Action::kViewOrganisation,
    Action::kListMembers,        Action::kEditMemberRoles,   Action::kInviteWithOrgRoles,
    Action::kInviteToProgram,    Action::kListInvitations,   Action::kRevokeInvitation,
    Action::kViewTaxonomy,       Action::kEditTaxonomy,      Action::kListPrograms,
    Action::kViewDraftPrograms,  Action::kCreateProgram,     Action::kEditProgram,
    Action::kApplyToProgram,     Action::kListEnrollments,   Action::kReviewEnrollment,
    Action::kManageMatching,     Action::kSeekMentor,        Action::kViewPlatformAudit,
    Action::kViewAuditLog,
};

enum class Decision {
  kAllow,
  kUnauthenticated,  // sign in first
  kHidden,           // not a member: behave as if the resource did not exist
  kForbidden,        // a member without the needed role
};

Decision Decide(const Actor& actor, Action action);

// Decide() as a Status: OK, Unauthenticated, NotFound (with `what` as the thing not found) or
// PermissionDenied.
Status Authorize(const Actor& actor, Action action, std::string_view what = "organisation");

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_POLICY_H_
