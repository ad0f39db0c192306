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

}  // namespace tandem::domain
