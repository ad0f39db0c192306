#include "domain/policy.h"

#include <string>

namespace tandem::domain {

std::string_view ActionName(Action a) {
  switch (a) {
    case Action::kCreateOrganisation: return "create organisations";
    case Action::kViewOutbox: return "view the outbox";
    case Action::kViewOrganisation: return "view this organisation";
    case Action::kListMembers: return "list members";
    case Action::kEditMemberRoles: return "change member roles";
    case Action::kInviteWithOrgRoles: return "invite administrators or coordinators";
    case Action::kInviteToProgram: return "invite people to programs";
    case Action::kListInvitations: return "list invitations";
    case Action::kRevokeInvitation: return "revoke invitations";
    case Action::kViewTaxonomy: return "view the skill and interest taxonomy";
    case Action::kEditTaxonomy: return "edit the skill and interest taxonomy";
    case Action::kListPrograms: return "list programs";
    case Action::kViewDraftPrograms: return "view draft programs";
    case Action::kCreateProgram: return "create programs";
    case Action::kEditProgram: return "edit programs";
    case Action::kApplyToProgram: return "apply to programs";
    case Action::kListEnrollments: return "list program participants";
    case Action::kReviewEnrollment: return "review program participants";
    case Action::kManageMatching: return "run matching for programs";
    case Action::kSeekMentor: return "request mentors";
    case Action::kViewPlatformAudit: return "view the platform audit log";
    case Action::kViewAuditLog: return "view the audit log";
  }
  return "do that";
}

namespace {

bool IsPlatformAction(Action a) {
  return a == Action::kCreateOrganisation || a == Action::kViewOutbox ||
         a == Action::kViewPlatformAudit;
}

// Organisation-level actions a platform operator may take without being a member: seeing
// that the organisation exists (its name) and the programs any member sees (names, dates and
// participant counts, no drafts, no participants), so that they can tell whether an
// organisation is running. Members and their emails, roles, invitations (a link is a way into
// an account), the taxonomy and every mentoring record stay with the organisation's own staff;
// the first admin is appointed when the organisation is created.
bool PlatformAdminMayOnOrg(Action a) {
  return a == Action::kViewOrganisation || a == Action::kListPrograms;
}

bool MemberMay(const Actor& a, Action action) {
  const bool admin = a.Has(Role::kOrgAdmin);
  const bool staff = admin || a.Has(Role::kCoordinator);
  switch (action) {
    case Action::kViewOrganisation:
    case Action::kViewTaxonomy:
    case Action::kListPrograms:
    case Action::kApplyToProgram:
      return true;
    case Action::kEditMemberRoles:
    case Action::kInviteWithOrgRoles:
    case Action::kEditTaxonomy:
    case Action::kViewAuditLog:
      return admin;
    case Action::kListMembers:
    case Action::kInviteToProgram:
    case Action::kListInvitations:
    case Action::kRevokeInvitation:
    case Action::kViewDraftPrograms:
    case Action::kCreateProgram:
    case Action::kEditProgram:
    case Action::kListEnrollments:
    case Action::kReviewEnrollment:
    case Action::kManageMatching:
      return staff;
    case Action::kSeekMentor:
      return a.Has(Role::kMentee);
    case Action::kCreateOrganisation:
    case Action::kViewOutbox:
    case Action::kViewPlatformAudit:
      return false;
  }
  return false;
}

}  // namespace

Decision Decide(const Actor& actor, Action action) {
  if (actor.anonymous()) return Decision::kUnauthenticated;
  if (IsPlatformAction(action))
    return actor.is_platform_admin ? Decision::kAllow : Decision::kForbidden;
  if (actor.is_member && MemberMay(actor, action)) return Decision::kAllow;
  if (actor.is_platform_admin && PlatformAdminMayOnOrg(action)) return Decision::kAllow;
  if (!actor.is_member) return actor.is_platform_admin ? Decision::kForbidden : Decision::kHidden;
  return Decision::kForbidden;
}

Status Authorize(const Actor& actor, Action action, std::string_view what) {
  switch (Decide(actor, action)) {
    case Decision::kAllow: return Status::Ok();
    case Decision::kUnauthenticated: return Unauthenticated("Sign in to continue.");
    case Decision::kHidden: return NotFound(std::string("No such ") + std::string(what) + ".");
    case Decision::kForbidden:
      return PermissionDenied("You do not have permission to " + std::string(ActionName(action)) +
                              ".");
  }
  return Internal("unhandled decision");
}

}  // namespace tandem::domain
