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

}  // namespace tandem::domain
