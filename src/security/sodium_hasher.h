// argon2id password hashing with libsodium. Thread-safe. Each Hash/Verify costs about 30 ms
// and 19 MiB with the default parameters (OWASP's argon2id minimum: m=19 MiB, t=2), so call
// it from worker threads only.
#ifndef TANDEM_SECURITY_SODIUM_HASHER_H_
#define TANDEM_SECURITY_SODIUM_HASHER_H_

#include <cstddef>

#include "app/ports.h"

namespace tandem::security {

struct HashCost {
  unsigned long long ops = 2;
  size_t mem_bytes = 19u << 20;
};

class SodiumHasher : public app::PasswordHasher {
 public:
  explicit SodiumHasher(HashCost cost = {});
  Result<std::string> Hash(std::string_view password) const override;
  bool Verify(std::string_view hash, std::string_view password) const override;

 private:
  HashCost cost_;
};

// Initialises libsodium once; safe to call repeatedly from any thread. False on failure.
bool InitSodium();

}  // namespace tandem::security

#endif  // TANDEM_SECURITY_SODIUM_HASHER_H_
