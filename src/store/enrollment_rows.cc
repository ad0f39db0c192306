#include "store/enrollment_rows.h"

namespace tandem::store {

const char kEnrollmentColumns[] =
    "e.organisation_id, e.id, e.program_id, e.person_id, e.role, e.status, e.source, e.message,"
    " e.screening_cleared, e.training_complete, e.minor_marked, e.grade, e.cohort_group,"
    " e.created_at";

void IntoEnrollment(Query& q, domain::Enrollment& e) {
  q.Into(e.organisation_id).Into(e.id).Into(e.program_id).Into(e.person_id);
  q.IntoEnum(e.role, &domain::ParseProgramRole, "enrollments.role");
  q.IntoEnum(e.status, &domain::ParseEnrollmentStatus, "enrollments.status");
  q.IntoEnum(e.source, &domain::ParseEnrollmentSource, "enrollments.source");
  q.Into(e.message).Into(e.screening_cleared).Into(e.training_complete).Into(e.minor_marked);
  q.Into(e.grade).Into(e.group).Into(e.created_at);
}

}  // namespace tandem::store
