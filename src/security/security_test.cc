#include <gtest/gtest.h>

#include <set>

#include "base/status_matchers.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"

namespace tandem::security {
namespace {

TEST(SodiumHasherTest, HashesAndVerifies) {
  SodiumHasher h({1, 8u << 20});
  auto hash = h.Hash("correct horse battery");
  ASSERT_OK(hash);
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(h.Verify(*hash, "correct horse battery"));
  EXPECT_FALSE(h.Verify(*hash, "wrong horse battery"));
  EXPECT_FALSE(h.Verify("", "anything"));
  EXPECT_FALSE(h.Verify("garbage", "anything"));
}

TEST(SodiumHasherTest, SaltsDiffer) {
  SodiumHasher h({1, 8u << 20});
  EXPECT_NE(*h.Hash("same password"), *h.Hash("same password"));
}

TEST(SodiumTokensTest, TokensAreUniqueAndUrlSafe) {
  SodiumTokens t;
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string tok = t.NewToken();
    EXPECT_EQ(tok.size(), 43u);
    EXPECT_EQ(tok.find_first_of("+/="), std::string::npos);
    seen.insert(tok);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(SodiumTokensTest, HashIsStableHex) {
  SodiumTokens t;
  EXPECT_EQ(t.HashToken("abc"), t.HashToken("abc"));
  EXPECT_NE(t.HashToken("abc"), t.HashToken("abd"));
  EXPECT_EQ(t.HashToken("abc").size(), 64u);
}

}  // namespace
}  // namespace tandem::security
