// Enrollments in programs. Unique per (program, person, role): AlreadyExists.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_ENROLLMENTS_PORT_H_
#define TANDEM_APP_PORTS_ENROLLMENTS_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/program.h"

namespace tandem::app {

struct EnrollmentFilter {
  std::optional<domain::ProgramRole> role;
  std::optional<domain::EnrollmentStatus> status;
  std::string query;  // case-insensitive substring of person name or email
};

class EnrollmentsPort {
 public:
  virtual ~EnrollmentsPort() = default;

  // Enrollments. Unique per (program, person, role): AlreadyExists.
  virtual Status InsertEnrollment(const domain::Enrollment& e) = 0;

  virtual Status UpdateEnrollment(const domain::Enrollment& e) = 0;  // status, message, flags
  virtual Result<domain::Enrollment> GetEnrollment(const std::string& org_id,
                                                   const std::string& id) = 0;

  virtual Result<std::optional<domain::Enrollment>> FindEnrollment(const std::string& org_id,
                                                                   const std::string& program_id,
                                                                   const std::string& person_id,
                                                                   domain::ProgramRole role) = 0;

  virtual Result<domain::EnrollmentView> GetEnrollmentView(const std::string& org_id,
                                                           const std::string& id) = 0;

  // By person name (lower(name), name, person id, role, id; key: name, person id, role, id).
  virtual Result<PageRows<domain::EnrollmentView>> ListEnrollmentViews(
      const std::string& org_id, const std::string& program_id, const EnrollmentFilter& filter,
      const PageQuery& page) = 0;

  Result<std::vector<domain::EnrollmentView>> ListEnrollmentViews(const std::string& org_id,
                                                                  const std::string& program_id,
                                                                  const EnrollmentFilter& filter) {
    return EveryRow(ListEnrollmentViews(org_id, program_id, filter, kEveryRow));
  }

  // Newest first (created_at, id descending; key: created_at, id), all organisations.
  virtual Result<PageRows<domain::EnrollmentView>> ListEnrollmentViewsOfPerson(
      const std::string& person_id, const PageQuery& page) = 0;

  Result<std::vector<domain::EnrollmentView>> ListEnrollmentViewsOfPerson(
      const std::string& person_id) {
    return EveryRow(ListEnrollmentViewsOfPerson(person_id, kEveryRow));
  }
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_ENROLLMENTS_PORT_H_
