// Password guessing: whether a password may be tried now, from what the database remembers of
// recent failures. One budget for every endpoint that verifies a password (app/password_check.h).
//
// The limits slow a guesser without locking the owner out:
// - per account and client address: 5 failures in 15 minutes. The tightest limit, and the only
//   one an attacker at another address cannot spend for the owner;
// - per client address across accounts: 100 failures in 15 minutes (generous: a whole school
//   may sign in from behind one NAT address), against one address trying many accounts;
// - per account across all addresses: 20 failures in an hour, against many addresses trying
//   one account. It does not apply to the account's known addresses (where the owner signed in
//   successfully in the last 90 days), so an attacker with a botnet pauses sign-ins from new
//   places only; the owner at their usual address keeps signing in. 20 an hour is four
//   addresses' worth of the per-address allowance, far more than a person mistyping, and caps a
//   distributed guesser at 480 guesses a day whatever the number of addresses.
// When the per-account ceiling is reached the owner is told by email, at most once a day.
//
// Refused attempts are not recorded (an attacker cannot extend a pause by hammering), and a
// failure is recorded before the password is verified (so concurrent guesses are counted).
// Pure functions; thread-compatible.
#ifndef TANDEM_DOMAIN_PASSWORD_GUARD_H_
#define TANDEM_DOMAIN_PASSWORD_GUARD_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"

namespace tandem::domain {

constexpr Millis kGuessWindow = 15 * kMinute;
constexpr int kMaxFailuresPerAccountAndAddress = 5;
constexpr int kMaxFailuresPerAddress = 100;
constexpr Millis kAccountCeilingWindow = kHour;
constexpr int kMaxFailuresPerAccount = 20;
constexpr Millis kKnownAddressLifetime = 90 * kDay;
constexpr Millis kGuessAlertInterval = kDay;
// Failures older than this are deleted; longer than every window above.
constexpr Millis kPasswordFailureRetention = kDay;

// One failed (or not yet verified) password attempt. `account` is the normalised email as
// typed, whether or not an account has it; `address` a ThrottleAddress key.
struct PasswordFailure {
  std::string id;
  std::string account;
  std::string address;
  Millis at = 0;
};

// What the throttle knows when a password is about to be tried for `account` from `address`.
struct GuessHistory {
  std::vector<PasswordFailure> of_account;  // this account, any address, within the ceiling window
  std::vector<Millis> from_address;         // this address, any account, within kGuessWindow
  bool known_address = false;               // the owner signed in from here recently
};

enum class GuessLimit { kNone, kAccountAndAddress, kAddress, kAccount };

struct GuessVerdict {
  GuessLimit limit = GuessLimit::kNone;  // the limit that refuses the attempt (the longest wait)
  Millis retry_after = 0;                // when refused: time until the attempt would be allowed
  bool allowed() const { return limit == GuessLimit::kNone; }
};

// Whether a password may be tried now from `address` (the same key as in the history).
// Entries older than their window are ignored, so the history may hold more than it needs.
GuessVerdict JudgeGuess(const GuessHistory& history, const std::string& address, Millis now);

// True when `count` failures within kAccountCeilingWindow reach the per-account ceiling.
inline bool AccountCeilingReached(int count) { return count >= kMaxFailuresPerAccount; }

// The key throttling and known addresses use for a client address: an IPv4 address as is (also
// when written IPv4-mapped, "::ffff:192.0.2.1"), an IPv6 address reduced to its /64 network
// ("2001:db8:1:2::/64", since one subscriber holds a whole /64), anything else unchanged (its
// first 100 characters).
std::string ThrottleAddress(std::string_view remote_address);

// Time until `times` (any order) holds fewer than `limit` entries within `window` of `now`: 0
// when it already does.
Millis WaitForRoom(std::vector<Millis> times, int limit, Millis window, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PASSWORD_GUARD_H_
