// A mentee's requests to mentors (self-match).
//
// A mentee requests up to three recommended mentors at once. A mentor accepts or declines with a
// reason; the first mentor to accept wins and the mentee's other pending requests are withdrawn.
// Requests expire after the program's number of days (an expired request is stored as such when
// the mentee next makes a request). Decisions are taken under the participant locks of the people
// they concern: the mentee's for a new request or a withdrawal, both people's for an answer, so a
// mentee never exceeds three open requests or asks one mentor twice.
#ifndef TANDEM_APP_MENTOR_REQUESTS_H_
#define TANDEM_APP_MENTOR_REQUESTS_H_

#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/mentor_request.h"

namespace tandem::app {

// The caller must be an active mentee of the program. A program id that is not one of this
// organisation's (another organisation's, say) is a 404, as everywhere, not "no place here".
Status RequireActiveMentee(Tx& tx, const Caller& caller, const std::string& org_id,
                           const std::string& program_id);

struct RequestView {
  domain::MentorRequest request;
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
  domain::RequestStatus effective_status = domain::RequestStatus::kPending;
};

Result<RequestView> RequestMentor(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& program_id,
                                  const std::string& mentor_id, const std::string& message);
// The caller's own requests in the program, newest first.
Result<Page<RequestView>> ListMyRequests(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const std::string& program_id,
                                         const PageRequest& page);
// Requests addressed to the caller as a mentor, in every organisation, newest first.
Result<Page<RequestView>> ListIncomingRequests(const Context& ctx, const Caller& caller,
                                               const PageRequest& page);
// The mentor's answer. Accepting creates an active relationship. Declining needs a reason.
Result<RequestView> RespondToRequest(const Context& ctx, const Caller& caller,
                                     const std::string& org_id, const std::string& request_id,
                                     bool accept, const std::string& reason);
Result<RequestView> WithdrawRequest(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& request_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_MENTOR_REQUESTS_H_
