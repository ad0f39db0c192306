#include "demo/writer.h"

#include <algorithm>
#include <utility>

#include "app/audit.h"
#include "base/ids.h"

namespace tandem::demo {

using domain::EnrollmentStatus;

namespace {
constexpr uint64_t kPreferenceStream = 0x67656e646572ULL;  // "gender"
}  // namespace

DemoWriter::DemoWriter(const app::Context& ctx, app::Tx& tx, uint64_t seed,
                       std::string password_hash)
    : ctx_(ctx),
      tx_(tx),
      rng_(seed),
      preference_rng_(seed ^ kPreferenceStream),
      hash_(std::move(password_hash)),
      now_(ctx.clock.Now()) {}

Millis DemoWriter::DaysAgo(int lo, int hi) {
  return now_ - rng_.Between(lo, hi) * kDay - rng_.Between(0, 12 * 60) * kMinute;
}

Result<domain::Person> DemoWriter::AddPerson(const std::string& email, const std::string& name,
                                             std::string locale, Millis created_at,
                                             bool platform_admin) {
  domain::Person p{NewId(), email, name, hash_, std::move(locale), platform_admin, created_at};
  RETURN_IF_ERROR(tx_.InsertPerson(p));
  ++summary_.people;
  return p;
}

Status DemoWriter::AddProfile(const domain::Person& person, domain::Profile profile) {
  profile.person_id = person.id;
  profile.updated_at = person.created_at + kDay;
  profile = domain::NormalizeProfile(std::move(profile));
  Status valid = domain::ValidateProfile(profile);
  if (!valid.ok())
    return Internal("Demo profile of " + person.name + " <" + person.email +
                    "> is invalid: " + valid.ToString());
  RETURN_IF_ERROR(tx_.PutProfile(profile));
  ++summary_.profiles;
  return Status::Ok();
}

Status DemoWriter::Enroll(const domain::Program& program, const domain::Person& person,
                          domain::ProgramRole role, EnrollmentStatus status,
                          domain::EnrollmentSource source, std::string message, bool screened,
                          bool trained) {
  domain::Enrollment e;
  e.id = NewId();
  e.organisation_id = program.organisation_id;
  e.program_id = program.id;
  e.person_id = person.id;
  e.role = role;
  e.status = status;
  e.source = source;
  e.message = std::move(message);
  e.screening_cleared = screened;
  e.training_complete = trained;
  e.created_at = std::max(person.created_at, now_ - rng_.Between(1, 45) * kDay);
  RETURN_IF_ERROR(tx_.InsertEnrollment(e));
  RETURN_IF_ERROR(RecordClearance(program, e));
  ++summary_.enrollments;
  if (status == EnrollmentStatus::kPending) ++summary_.pending_enrollments;
  return Status::Ok();
}

// A coordinator cleared this mentor (screening, then training) through the app, a few hours
// after the enrollment: the organisation's audit log shows it as it would. Draws no random
// numbers, so the rest of the demo is unchanged.
Status DemoWriter::RecordClearance(const domain::Program& program, const domain::Enrollment& e) {
  const domain::Person& by = program.organisation_id == cast_.lincoln.id
                                 ? cast_.lincoln_coordinator
                                 : cast_.northwind_coordinator;
  if (by.id.empty() || by.id == e.person_id) return Status::Ok();
  auto record = [&](domain::AuditAction action, int hours) {
    domain::AuditEntry a;
    a.id = NewId();
    a.organisation_id = e.organisation_id;
    a.actor_id = by.id;
    a.action = action;
    a.subject_id = e.person_id;
    a.params = {{"enrollment_id", e.id},
                {"program_id", program.id},
                {"program_name", program.name},
                {"from", "false"},
                {"to", "true"}};
    a.created_at = std::min(now_, e.created_at + hours * kHour);
    return app::RecordAudit(tx_, std::move(a));
  };
  if (e.screening_cleared)
    RETURN_IF_ERROR(record(domain::AuditAction::kEnrollmentScreeningChanged, 2));
  if (e.training_complete)
    RETURN_IF_ERROR(record(domain::AuditAction::kEnrollmentTrainingChanged, 4));
  return Status::Ok();
}

}  // namespace tandem::demo
