// Mentor requests (self-match).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_MENTOR_REQUESTS_PORT_H_
#define TANDEM_APP_PORTS_MENTOR_REQUESTS_PORT_H_

#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/mentor_request.h"

namespace tandem::app {

class MentorRequestsPort {
 public:
  virtual ~MentorRequestsPort() = default;

  // Mentor requests (self-match). At most one pending request per (program, mentee, mentor):
  // InsertRequest answers AlreadyExists for a second one. An expired request still stored as
  // pending counts, so the use case marks it expired first (UpdateRequest).
  virtual Status InsertRequest(const domain::MentorRequest& r) = 0;

  virtual Status UpdateRequest(const domain::MentorRequest& r) = 0;  // status, reason, decided_at
  virtual Result<domain::MentorRequest> GetRequest(const std::string& org_id,
                                                   const std::string& id) = 0;

  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MentorRequest>> ListRequestsOfMentee(
      const std::string& org_id, const std::string& program_id, const std::string& mentee_id,
      const PageQuery& page) = 0;

  Result<std::vector<domain::MentorRequest>> ListRequestsOfMentee(const std::string& org_id,
                                                                  const std::string& program_id,
                                                                  const std::string& mentee_id) {
    return EveryRow(ListRequestsOfMentee(org_id, program_id, mentee_id, kEveryRow));
  }

  // All organisations, newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MentorRequest>> ListRequestsOfMentor(const std::string& mentor_id,
                                                                       const PageQuery& page) = 0;

  Result<std::vector<domain::MentorRequest>> ListRequestsOfMentor(const std::string& mentor_id) {
    return EveryRow(ListRequestsOfMentor(mentor_id, kEveryRow));
  }
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_MENTOR_REQUESTS_PORT_H_
