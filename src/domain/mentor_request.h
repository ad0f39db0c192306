// A mentee's request to one mentor (self-match) and its life: pending, then accepted, declined,
// withdrawn, or expired (derived from the time).
#ifndef TANDEM_DOMAIN_MENTOR_REQUEST_H_
#define TANDEM_DOMAIN_MENTOR_REQUEST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/reason.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/relationship.h"

namespace tandem::domain {

enum class RequestStatus { kPending, kAccepted, kDeclined, kWithdrawn, kExpired };
std::string_view RequestStatusName(RequestStatus s);
std::optional<RequestStatus> ParseRequestStatus(std::string_view s);

inline constexpr int kMaxOpenRequests = 3;

// A mentee asks a mentor directly (self-match). The first mentor to accept wins; the
// mentee's other pending requests are withdrawn.
struct MentorRequest {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;
  std::string mentor_id;
  std::string message;
  RequestStatus status = RequestStatus::kPending;  // stored; expiry is derived
  std::string decline_reason;
  // Why a withdrawn request was withdrawn, as an id the reader's app words:
  // domain/reconcile.h kWithdrawMatchedElsewhere, or '' (the mentee withdrew it, or a side left
  // the program; rows from before 0018).
  std::string withdraw_reason;
  int score = 0;
  // Why the pair scores as it does, at request time: reason ids with their facts and points,
  // worded by the reader's app from the reader's side (empty on rows from before 0014).
  std::vector<Reason> reasons;
  Millis created_at = 0;
  Millis expires_at = 0;
  Millis decided_at = 0;

  RequestStatus EffectiveStatus(Millis now) const {
    if (status == RequestStatus::kPending && now >= expires_at) return RequestStatus::kExpired;
    return status;
  }
};

// Whether a mentee may ask this mentor, given the mentee's relationships in the program (any
// listed relationship of another person is ignored): FailedPrecondition when their match with
// this mentor is paused (a coordinator decides), when they are already matched with this
// mentor, or when they already hold max_mentors_per_mentee mentors (proposed or active).
Status CheckMenteeMayAsk(const std::vector<Relationship>& relationships,
                         const std::string& mentee_id, const std::string& mentor_id,
                         int max_mentors_per_mentee);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MENTOR_REQUEST_H_
