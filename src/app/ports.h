// Ports (besides the Store) that use cases depend on: password hashing and secret tokens.
// Implemented with libsodium in security/; main/ wires them. Implementations are thread-safe.
#ifndef TANDEM_APP_PORTS_H_
#define TANDEM_APP_PORTS_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace tandem::app {

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  // A self-describing hash string (algorithm, parameters, salt). Internal on failure.
  virtual Result<std::string> Hash(std::string_view password) const = 0;
  // True when password matches hash. Takes about as long for a wrong password as for a
  // right one; callers verify against a dummy hash for unknown accounts.
  virtual bool Verify(std::string_view hash, std::string_view password) const = 0;
};

class TokenSource {
 public:
  virtual ~TokenSource() = default;
  // 256 random bits, URL-safe base64 without padding (43 characters).
  virtual std::string NewToken() const = 0;
  // One-way hash of a token (hex), what the database stores instead of the token itself.
  virtual std::string HashToken(std::string_view token) const = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_H_
