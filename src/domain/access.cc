#include "domain/access.h"

namespace tandem::domain {

std::string_view InvitationStatusName(InvitationStatus s) {
  switch (s) {
    case InvitationStatus::kPending: return "pending";
    case InvitationStatus::kAccepted: return "accepted";
    case InvitationStatus::kRevoked: return "revoked";
    case InvitationStatus::kExpired: return "expired";
  }
  return "";
}

std::string_view DeliveryStatusName(DeliveryStatus s) {
  switch (s) {
    case DeliveryStatus::kPending: return "pending";
    case DeliveryStatus::kSending: return "sending";
    case DeliveryStatus::kSent: return "sent";
    case DeliveryStatus::kFailed: return "failed";
  }
  return "";
}

std::optional<DeliveryStatus> ParseDeliveryStatus(std::string_view s) {
  for (DeliveryStatus status : {DeliveryStatus::kPending, DeliveryStatus::kSending,
                                DeliveryStatus::kSent, DeliveryStatus::kFailed})
    if (DeliveryStatusName(status) == s) return status;
  return std::nullopt;
}

Status CheckInvitationAcceptor(const Invitation& inv, const std::optional<std::string>& account_id,
                               std::string_view caller_id) {
  if (!account_id || *account_id != caller_id)
    return PermissionDenied("This invitation is for " + inv.email +
                            "; sign out and accept it as that account.");
  return Status::Ok();
}

}  // namespace tandem::domain
