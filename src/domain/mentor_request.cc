#include "domain/mentor_request.h"

#include "domain/enum_names.h"

namespace tandem::domain {

std::string_view RequestStatusName(RequestStatus s) {
  switch (s) {
    case RequestStatus::kPending: return "pending";
    case RequestStatus::kAccepted: return "accepted";
    case RequestStatus::kDeclined: return "declined";
    case RequestStatus::kWithdrawn: return "withdrawn";
    case RequestStatus::kExpired: return "expired";
  }
  return "";
}
std::optional<RequestStatus> ParseRequestStatus(std::string_view s) {
  static constexpr RequestStatus kAll[] = {RequestStatus::kPending, RequestStatus::kAccepted,
                                           RequestStatus::kDeclined, RequestStatus::kWithdrawn,
                                           RequestStatus::kExpired};
  return ParseByName(s, kAll, RequestStatusName);
}

Status CheckMenteeMayAsk(const std::vector<Relationship>& relationships,
                         const std::string& mentee_id, const std::string& mentor_id,
                         int max_mentors_per_mentee) {
  int mentors_held = 0;
  for (const auto& x : relationships) {
    if (x.mentee_id == mentee_id && x.mentor_id == mentor_id &&
        x.status == RelationshipStatus::kPaused)
      return FailedPrecondition("Your match with this mentor is paused; a coordinator decides.");
    if (x.mentee_id != mentee_id || !x.UsesCapacity()) continue;
    if (x.mentor_id == mentor_id)
      return FailedPrecondition("You are already matched with this mentor.");
    ++mentors_held;
  }
  if (mentors_held >= max_mentors_per_mentee)
    return FailedPrecondition("You already have a mentor in this program.");
  return Status::Ok();
}

}  // namespace tandem::domain
