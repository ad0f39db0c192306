#include "domain/audit.h"

namespace tandem::domain {

namespace {

struct Named {
  AuditAction action;
  std::string_view name;
};
constexpr Named kNames[] = {
    {AuditAction::kOrganisationCreated, "organisation.created"},
    {AuditAction::kFirstAdminInvited, "organisation.first_admin_invited"},
    {AuditAction::kFirstAdminAppointed, "organisation.first_admin_appointed"},
    {AuditAction::kPlatformAdminGranted, "platform_admin.granted"},
    {AuditAction::kMemberRolesChanged, "member.roles_changed"},
    {AuditAction::kEnrollmentScreeningChanged, "enrollment.screening_changed"},
    {AuditAction::kEnrollmentTrainingChanged, "enrollment.training_changed"},
    {AuditAction::kEnrollmentMinorMarkChanged, "enrollment.minor_mark_changed"},
    {AuditAction::kEnrollmentEnded, "enrollment.ended"},
    {AuditAction::kMemberRemoved, "member.removed"},
    {AuditAction::kRelationshipResumed, "relationship.resumed"},
    {AuditAction::kUnsafeReported, "relationship.unsafe_reported"},
    {AuditAction::kManagerAssigned, "relationship.manager_assigned"},
};

}  // namespace

std::string_view AuditActionName(AuditAction a) {
  for (const Named& n : kNames)
    if (n.action == a) return n.name;
  return "unknown";
}

std::optional<AuditAction> ParseAuditAction(std::string_view s) {
  for (const Named& n : kNames)
    if (n.name == s) return n.action;
  return std::nullopt;
}

bool IsPlatformAuditAction(AuditAction a) {
  return a == AuditAction::kOrganisationCreated || a == AuditAction::kFirstAdminInvited ||
         a == AuditAction::kFirstAdminAppointed || a == AuditAction::kPlatformAdminGranted;
}

}  // namespace tandem::domain
