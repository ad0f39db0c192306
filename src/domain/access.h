// Sessions, invitations, password resets and outbox messages: the records behind identity
// and access. Secrets (session ids, tokens) are stored only as hashes.
#ifndef TANDEM_DOMAIN_ACCESS_H_
#define TANDEM_DOMAIN_ACCESS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/time.h"
#include "domain/role.h"

namespace tandem::domain {

constexpr Millis kSessionLifetime = 14 * kDay;
constexpr Millis kInvitationLifetime = 14 * kDay;
constexpr Millis kPasswordResetLifetime = kHour;
// Password-reset requests in the last hour: past kMaxResetMailsPerAccount mails for one account
// a request is answered as usual but sends nothing (the owner already has working links);
// past kMaxResetRequestsPerAddress requests from one address (any emails, known or not) it is
// refused with a wait. 10 per address, not 3: a school's pupils share one NAT address.
constexpr Millis kResetRequestWindow = kHour;
constexpr int kMaxResetMailsPerAccount = 3;
constexpr int kMaxResetRequestsPerAddress = 10;
// Reset requests older than this are deleted; longer than the window.
constexpr Millis kResetRequestRetention = kDay;

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

// A signed-in caller accepting an invitation whose email has an account must be signed in as
// that account: PermissionDenied naming the email otherwise (`account_id` nullopt: no such
// account any more).
Status CheckInvitationAcceptor(const Invitation& inv, const std::optional<std::string>& account_id,
                               std::string_view caller_id);

struct PasswordReset {
  std::string token_hash;
  std::string person_id;
  Millis expires_at = 0;
  bool used = false;
};

// One password-reset request: `account` is the normalised email as typed, `address` a
// ThrottleAddress key (domain/password_guard.h); `mailed` when a link was sent.
struct PasswordResetRequest {
  std::string account;
  std::string address;
  Millis at = 0;
  bool mailed = false;
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
  std::int64_t seq = 0;          // insertion order, assigned by the store (read only)
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_ACCESS_H_
