// `tandem seed` against an in-memory SQLite store: the links in the seeded emails and
// invitations use --public-url, so the demo's links open on the port it is served on.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "app/store.h"
#include "base/status_matchers.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem::cli {
namespace {

class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = store::OpenStore("sqlite::memory:", 1);
    ASSERT_OK(s);
    store_ = std::move(s).value();
    ASSERT_OK(store_->Migrate());
    ctx_ = std::make_unique<app::Context>(app::Context{*store_, hasher_, tokens_, clock_});
  }

  int Run(std::vector<std::string> argv) {
    out_.str("");
    err_.str("");
    auto parsed = Parse(Commands(), argv, {});
    if (!parsed.ok()) {
      err_ << parsed.status().message();
      return kExitUsage;
    }
    return RunSeed(*ctx_, *parsed, out_, err_);
  }

  std::vector<std::string> OutboxBodies() {
    std::vector<std::string> bodies;
    EXPECT_OK(store_->TransactRead([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto rows, app::EveryRow(tx.ListOutbox(app::kEveryRow)));
      for (const auto& m : rows) bodies.push_back(m.body);
      return Status::Ok();
    }));
    return bodies;
  }

  security::SodiumHasher hasher_{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens_;
  FakeClock clock_{1795631400000};
  std::unique_ptr<store::SociStore> store_;
  std::unique_ptr<app::Context> ctx_;
  std::ostringstream out_, err_;
};

TEST_F(SeedTest, SeededInvitationLinksUseThePublicUrl) {
  ASSERT_EQ(Run({"seed", "--db", "unused", "--public-url", "http://localhost:9123/"}), 0)
      << err_.str();
  auto bodies = OutboxBodies();
  ASSERT_FALSE(bodies.empty());
  int invitations = 0;
  for (const auto& body : bodies) {
    EXPECT_EQ(body.find("localhost:8080"), std::string::npos) << body;
    if (body.find("/invite/") == std::string::npos) continue;
    ++invitations;
    // The trailing slash of the flag is dropped: no "//invite/".
    EXPECT_NE(body.find("http://localhost:9123/invite/"), std::string::npos) << body;
  }
  EXPECT_GT(invitations, 0);
}

TEST_F(SeedTest, APublicUrlThatIsNotAnHttpAddressIsAUsageError) {
  for (const char* bad : {"localhost:9123", "ftp://x", "http://"}) {
    EXPECT_EQ(Run({"seed", "--db", "unused", "--public-url", bad}), kExitUsage) << bad;
    EXPECT_NE(err_.str().find("--public-url"), std::string::npos) << err_.str();
    EXPECT_TRUE(OutboxBodies().empty()) << "nothing is seeded after a usage error";
  }
}

}  // namespace
}  // namespace tandem::cli
