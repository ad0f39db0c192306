#include "security/sodium_hasher.h"

#include <sodium.h>

#include <string>

namespace tandem::security {

bool InitSodium() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

SodiumHasher::SodiumHasher(HashCost cost) : cost_(cost) { InitSodium(); }

Result<std::string> SodiumHasher::Hash(std::string_view password) const {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost_.ops, cost_.mem_bytes,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Internal("password hashing ran out of memory");
  return std::string(out);
}

bool SodiumHasher::Verify(std::string_view hash, std::string_view password) const {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  std::string h(hash);  // needs a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace tandem::security
