// The audit log: an append-only record of platform-administrator and safeguarding actions.
//
// An entry says who (actor) did what (action, a stable id such as "member.roles_changed") to
// whom (subject, a person id) in which organisation (empty for platform-wide actions), with
// structured parameters (key/value strings; never sentences: the web app renders them in the
// reader's language). Entries are never changed or deleted: the port has no way to.
#ifndef TANDEM_DOMAIN_AUDIT_H_
#define TANDEM_DOMAIN_AUDIT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/time.h"

namespace tandem::domain {

enum class AuditAction {
  kOrganisationCreated,         // platform: params name, slug, kind
  kFirstAdminInvited,           // platform: params email, invitation_id
  kFirstAdminAppointed,         // platform: subject = the appointed person
  kPlatformAdminGranted,        // platform: subject = the new platform admin (command line)
  kMemberRolesChanged,          // params from, to (comma-separated role names)
  kEnrollmentScreeningChanged,  // params enrollment_id, program_id, program_name, from, to
  kEnrollmentTrainingChanged,   // same parameters as screening
  kEnrollmentMinorMarkChanged,  // same parameters as screening (a coordinator's minor mark)
  kEnrollmentEnded,             // params enrollment_id, program_id, program_name, role
  kMemberRemoved,               // subject = the removed member; no parameters
  kRelationshipResumed,         // subject = the mentee; params relationship_id, program_id,
                                // program_name, mentor_id
  kUnsafeReported,              // the mentee pressed "I feel unsafe": subject = the mentee;
                                // params relationship_id, program_id, program_name, report_id
                                // (never the mentee's words, never a message)
  kManagerAssigned,             // subject = the new manager; params relationship_id, program_id,
                                // program_name, previous_manager_id ('' for none)
};

// "organisation.created", "organisation.first_admin_invited",
// "organisation.first_admin_appointed", "platform_admin.granted", "member.roles_changed",
// "enrollment.screening_changed", "enrollment.training_changed",
// "enrollment.minor_mark_changed", "enrollment.ended", "member.removed", "relationship.resumed",
// "relationship.unsafe_reported", "relationship.manager_assigned".
std::string_view AuditActionName(AuditAction a);
std::optional<AuditAction> ParseAuditAction(std::string_view s);
// Actions a platform administrator takes; they appear in the platform-wide audit list.
bool IsPlatformAuditAction(AuditAction a);

struct AuditEntry {
  std::string id;
  std::string organisation_id;  // empty = platform-wide
  std::string actor_id;         // person id; empty = the command line (operator with the database)
  AuditAction action = AuditAction::kOrganisationCreated;
  std::string subject_id;  // a person id, or empty
  std::map<std::string, std::string> params;
  Millis created_at = 0;
  // Filled on reads (names as they are now; empty when the person is gone or for the CLI).
  std::string actor_name;
  std::string subject_name;
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_AUDIT_H_
