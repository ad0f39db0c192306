#include "http/json/program_codec.h"

#include "domain/safeguarding.h"
#include "http/json/common_codec.h"

namespace tandem::http::json {

Json ProgramJson(const app::ProgramView& v) {
  const domain::Program& p = v.program;
  return {{"id", p.id},
          {"organisation_id", p.organisation_id},
          {"name", p.name},
          {"description", p.description},
          {"type", domain::ProgramTypeName(p.type)},
          {"audience", domain::AudienceName(p.audience)},
          {"start_date", DateJson(p.start_date)},
          {"end_date", DateJson(p.end_date)},
          {"default_mentor_capacity", p.default_mentor_capacity},
          {"requires_approval", p.requires_approval},
          {"status", domain::ProgramStatusName(p.status)},
          {"created_at", TimeJson(p.created_at)},
          {"counts",
           {{"mentors", v.counts.mentors},
            {"mentees", v.counts.mentees},
            {"pending", v.counts.pending}}}};
}

Result<domain::Program> DecodeProgramInput(const Json& body, domain::ProgramStatus absent_status) {
  ObjectReader r(body);
  domain::Program p;
  p.status = absent_status;
  if (auto v = r.String("name", 1000)) p.name = *v;
  if (auto v = r.String("description", 100000)) p.description = *v;
  if (auto v = r.String("type")) {
    if (auto t = domain::ParseProgramType(*v)) p.type = *t;
    else r.AddError("type", "must be one of one_to_one, group, peer, flash");
  }
  if (auto v = r.String("audience")) {
    if (auto a = domain::ParseAudience(*v)) p.audience = *a;
    else r.AddError("audience", "must be youth or adult");
  }
  if (auto v = r.NullableString("start_date")) p.start_date = v->value_or("");
  if (auto v = r.NullableString("end_date")) p.end_date = v->value_or("");
  if (auto v = r.Int("default_mentor_capacity"))
    p.default_mentor_capacity = static_cast<int>(std::clamp<long long>(*v, -1, 1000));
  if (auto v = r.Bool("requires_approval")) p.requires_approval = *v;
  if (auto v = r.OptionalString("status")) {
    if (auto s = domain::ParseProgramStatus(*v)) p.status = *s;
    else r.AddError("status", "must be one of draft, open, closed");
  }
  RETURN_IF_ERROR(r.Finish());
  return p;
}

Json EnrollmentJson(const domain::EnrollmentView& v) {
  const domain::Enrollment& e = v.enrollment;
  // A mentee is protected by the program or as a minor; anyone else only as a minor.
  domain::Program program;
  program.audience = v.program_audience;
  const domain::SafeguardingFacts facts{v.self_declared_minor, e.minor_marked, false, false};
  const bool is_protected = e.role == domain::ProgramRole::kMentee
                                ? domain::IsProtected(program, facts)
                                : facts.IsMinor();
  return {{"id", e.id},
          {"program_id", e.program_id},
          {"program_name", v.program_name},
          {"person_id", e.person_id},
          {"person_name", v.person_name},
          {"person_email", v.person_email},
          {"organisation_id", e.organisation_id},
          {"home_organisation_name", v.home_organisation_names},
          {"role", domain::ProgramRoleName(e.role)},
          {"status", domain::EnrollmentStatusName(e.status)},
          {"source", domain::EnrollmentSourceName(e.source)},
          {"message", e.message},
          {"screening_cleared", e.screening_cleared},
          {"training_complete", e.training_complete},
          {"minor_marked", e.minor_marked},
          {"grade", e.grade},
          {"group", e.group},
          {"self_declared_minor", v.self_declared_minor},
          {"protected", is_protected},
          {"created_at", TimeJson(e.created_at)}};
}

}  // namespace tandem::http::json
