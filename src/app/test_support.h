// Shared fixture for use-case tests: an in-memory SQLite store, fast password hashing, a fake
// clock, and helpers that create an organisation with people in given roles.
#ifndef TANDEM_APP_TEST_SUPPORT_H_
#define TANDEM_APP_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "app/auth.h"
#include "app/context.h"
#include "app/organisations.h"
#include "app/users.h"
#include "base/ids.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem::app::testing {

inline constexpr char kPassword[] = "correct horse battery";

// A PasswordHasher that runs a hook before each Hash or Verify of the wrapped hasher: for
// tests that act while a use case is between its transactions (races made deterministic) or
// that count the slow work done.
class HookedHasher : public PasswordHasher {
 public:
  explicit HookedHasher(const PasswordHasher& inner) : inner_(inner) {}
  Result<std::string> Hash(std::string_view password) const override {
    ++hashes;
    if (on_hash) on_hash();
    return inner_.Hash(password);
  }
  bool Verify(std::string_view hash, std::string_view password) const override {
    ++verifications;
    if (on_verify) on_verify();
    return inner_.Verify(hash, password);
  }
  std::function<void()> on_hash;
  std::function<void()> on_verify;
  mutable int hashes = 0;
  mutable int verifications = 0;

 private:
  const PasswordHasher& inner_;
};

class UseCaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = store::OpenStore("sqlite::memory:", 1);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    ASSERT_TRUE(store_->Migrate().ok());
    ctx_ = std::make_unique<Context>(Context{*store_, hasher_, tokens_, clock_});
    admin_ = MakeUser("root@tandem.example", "Root", true);
  }

  // A person with an account; optionally a platform admin.
  Caller MakeUser(const std::string& email, const std::string& name, bool platform_admin = false) {
    NewUser u{email, name, kPassword, platform_admin, "", {}};
    auto p = CreateUser(*ctx_, u);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return Caller{p.ok() ? p->id : "", platform_admin};
  }

  domain::Organisation MakeOrg(const std::string& slug) {
    // admin_ (the platform admin) appoints itself first admin, so tests may act as org_admin.
    auto org = CreateOrganisation(
        *ctx_, admin_,
        {{"", "Org " + slug, slug, domain::OrganisationKind::kSchool, 0}, "root@tandem.example"});
    EXPECT_TRUE(org.ok()) << org.status().ToString();
    return org.ok() ? org->organisation : domain::Organisation{};
  }

  // A new account holding `roles` in org.
  Caller Member(const domain::Organisation& org, domain::RoleSet roles,
                const std::string& email_prefix = "") {
    std::string email = (email_prefix.empty() ? NewId().substr(0, 8) : email_prefix) + "@" +
                        org.slug + ".example";
    Caller c = MakeUser(email, "Member " + email_prefix);
    EXPECT_TRUE(store_->Transact([&](Tx& tx) { return tx.SetRoles(org.id, c.person_id, roles); })
                    .ok());
    return c;
  }

  security::SodiumHasher hasher_{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens_;
  FakeClock clock_{1795631400000};
  std::unique_ptr<store::SociStore> store_;
  std::unique_ptr<Context> ctx_;
  Caller admin_;
};

}  // namespace tandem::app::testing

#endif  // TANDEM_APP_TEST_SUPPORT_H_
