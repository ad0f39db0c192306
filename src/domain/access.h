// Sessions, invitations, password resets and outbox messages: the records behind identity
// and access. Secrets (session ids, tokens) are stored only as hashes.
#ifndef TANDEM_DOMAIN_ACCESS_H_
#define TANDEM_DOMAIN_ACCESS_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/time.h"
#include "domain/role.h"

namespace tandem::domain {

constexpr Millis kSessionLifetime = 14 * kDay;
constexpr Millis kInvitationLifetime = 14 * kDay;
constexpr Millis kPasswordResetLifetime = kHour;
constexpr Millis kLoginWindow = 15 * kMinute;
constexpr int kMaxFailuresPerAccount = 5;
// Generous per address: a whole school may sign in from behind one NAT address.
constexpr int kMaxFailuresPerAddress = 100;

struct Session {
  std::string id_hash;  // hash of the cookie value
  std::string person_id;
  std::string csrf_token;
  Millis created_at = 0;
  Millis expires_at = 0;
};

enum class InvitationStatus { kPending, kAccepted, kRevoked, kExpired };
std::string_view InvitationStatusName(InvitationStatus s);

struct Invitation {
  std::string id;
  std::string organisation_id;
  std::string email;
  std::string token_hash;
  RoleSet roles;
  std::string program_id;  // empty = organisation-level only
  std::optional<ProgramRole> program_role;
  InvitationStatus status = InvitationStatus::kPending;  // stored: pending/accepted/revoked
  std::string invited_by;       // person id
  std::string invited_by_name;  // filled on reads
  Millis created_at = 0;
  Millis expires_at = 0;

  // Expired is derived: a pending invitation past its expiry.
  InvitationStatus EffectiveStatus(Millis now) const {
    if (status == InvitationStatus::kPending && now >= expires_at) return InvitationStatus::kExpired;
    return status;
  }
};

struct PasswordReset {
  std::string token_hash;
  std::string person_id;
  Millis expires_at = 0;
  bool used = false;
};

// Where an outbox message is on its way out (see app/mail_queue.h for the transitions):
// pending (waiting for its next attempt) -> sending (claimed by one delivery worker) -> sent,
// or back to pending with a later next_attempt_at, or failed after the last attempt.
enum class DeliveryStatus { kPending, kSending, kSent, kFailed };
std::string_view DeliveryStatusName(DeliveryStatus s);
std::optional<DeliveryStatus> ParseDeliveryStatus(std::string_view s);

// An email in the outbox, which is also the delivery queue. The first five fields are what a
// use case fills in; the rest start at their defaults and belong to the delivery worker.
struct OutboxMessage {
  std::string id;
  std::string to;  // "address" or "Display Name <address>"
  std::string subject;
  std::string body;  // plain text; cleared once the message is sent or has failed
  Millis created_at = 0;
  DeliveryStatus status = DeliveryStatus::kPending;
  int attempts = 0;              // delivery attempts started (counted when claimed)
  Millis next_attempt_at = 0;    // pending: not before this instant (0 = at once)
  std::string last_error;        // short reason of the last failed attempt, no secrets
  Millis sent_at = 0;            // 0 = not sent
  std::string claimed_by;        // sending: the worker holding the claim
  Millis claimed_until = 0;      // sending: after this the claim has lapsed (worker died)
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_ACCESS_H_
