// Secret tokens from libsodium's CSPRNG, hashed with BLAKE2b for storage. Thread-safe.
#ifndef TANDEM_SECURITY_SODIUM_TOKENS_H_
#define TANDEM_SECURITY_SODIUM_TOKENS_H_

#include "app/ports.h"

namespace tandem::security {

class SodiumTokens : public app::TokenSource {
 public:
  SodiumTokens();
  std::string NewToken() const override;
  std::string HashToken(std::string_view token) const override;
};

}  // namespace tandem::security

#endif  // TANDEM_SECURITY_SODIUM_TOKENS_H_
