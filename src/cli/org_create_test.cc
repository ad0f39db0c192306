// `tandem org create` against an in-memory SQLite store: argument handling, exit codes, the
// invitation link it prints, and the audit entries it leaves.
#include <gtest/gtest.h>

#include <sstream>

#include "app/audit.h"
#include "app/users.h"
#include "base/status_matchers.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem::cli {
namespace {

class OrgCreateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = store::OpenStore("sqlite::memory:", 1);
    ASSERT_OK(s);
    store_ = std::move(s).value();
    ASSERT_OK(store_->Migrate());
    ctx_ = std::make_unique<app::Context>(app::Context{*store_, hasher_, tokens_, clock_});
  }

  void AddPlatformAdmin(const std::string& email) {
    auto p = app::CreateUser(*ctx_, {email, "Root", "correct horse battery", true, "", {}});
    ASSERT_OK(p);
  }

  // Parses argv like main() does (and sets the link base from --public-url as main/ does); a
  // parse failure is the usage exit.
  int Run(std::vector<std::string> argv) {
    out_.str("");
    err_.str("");
    auto parsed = Parse(Commands(), argv, {});
    if (!parsed.ok()) {
      err_ << parsed.status().message();
      return kExitUsage;
    }
    ctx_->public_url = parsed->Get("public-url");
    return RunOrgCreate(*ctx_, *parsed, out_, err_);
  }

  // Entries written in one transaction share created_at, so they are found by action.
  static const domain::AuditEntry* Find(const std::vector<domain::AuditEntry>& entries,
                                        domain::AuditAction action) {
    for (const auto& e : entries)
      if (e.action == action) return &e;
    return nullptr;
  }

  std::vector<domain::AuditEntry> PlatformAudit() {
    std::vector<domain::AuditEntry> out;
    EXPECT_OK(store_->TransactRead([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(out, app::EveryRow(tx.ListAuditEntries("", app::kEveryRow)));
      return Status::Ok();
    }));
    return out;
  }

  security::SodiumHasher hasher_{security::HashCost{1, 8u << 20}};
  security::SodiumTokens tokens_;
  FakeClock clock_{1795631400000};
  std::unique_ptr<store::SociStore> store_;
  std::unique_ptr<app::Context> ctx_;
  std::ostringstream out_, err_;
};

TEST_F(OrgCreateTest, CreatesTheOrganisationAndPrintsTheInvitationLink) {
  AddPlatformAdmin("root@tandem.example");
  ASSERT_EQ(Run({"org", "create", "--name", "Riverside School", "--slug", "riverside",
                 "--admin-email", "Head@Riverside.example", "--public-url",
                 "https://tandem.example"}),
            0)
      << err_.str();
  EXPECT_NE(out_.str().find("Riverside School (riverside)"), std::string::npos) << out_.str();
  EXPECT_NE(out_.str().find("head@riverside.example"), std::string::npos) << out_.str();
  EXPECT_NE(out_.str().find("https://tandem.example/invite/"), std::string::npos) << out_.str();

  auto audit = PlatformAudit();
  ASSERT_EQ(audit.size(), 3u);  // platform_admin.granted, organisation.created, invited
  const auto* invited = Find(audit, domain::AuditAction::kFirstAdminInvited);
  ASSERT_NE(invited, nullptr);
  EXPECT_EQ(invited->params.at("email"), "head@riverside.example");
  EXPECT_EQ(invited->actor_name, "Root");
  const auto* created = Find(audit, domain::AuditAction::kOrganisationCreated);
  ASSERT_NE(created, nullptr);
  EXPECT_EQ(created->params.at("kind"), "school");
  EXPECT_EQ(created->params.at("slug"), "riverside");
  const auto* granted = Find(audit, domain::AuditAction::kPlatformAdminGranted);
  ASSERT_NE(granted, nullptr);
  EXPECT_EQ(granted->actor_id, "");  // the command line
}

TEST_F(OrgCreateTest, WrongArgumentsAreUsageErrors) {
  AddPlatformAdmin("root@tandem.example");
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x"}), kExitUsage);  // no admin
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example",
                 "--colour", "red"}),
            kExitUsage);
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example",
                 "--kind", "club"}),
            kExitUsage);
  EXPECT_NE(err_.str().find("club"), std::string::npos);
  EXPECT_EQ(PlatformAudit().size(), 1u);  // only the account's own entry: nothing written
}

TEST_F(OrgCreateTest, BadDataAndTakenSlugsFailWithoutWriting) {
  AddPlatformAdmin("root@tandem.example");
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "Not A Slug", "--admin-email",
                 "a@b.example"}),
            65);
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "ok", "--admin-email", "nope"}), 65);
  EXPECT_NE(err_.str().find("admin_email"), std::string::npos) << err_.str();
  ASSERT_EQ(Run({"org", "create", "--name", "X", "--slug", "ok", "--admin-email", "a@b.example"}),
            0);
  EXPECT_EQ(Run({"org", "create", "--name", "Y", "--slug", "ok", "--admin-email", "a@b.example"}),
            73);
  EXPECT_EQ(PlatformAudit().size(), 3u);
}

TEST_F(OrgCreateTest, NeedsToKnowWhichPlatformAdminActs) {
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example"}),
            78);  // none yet
  AddPlatformAdmin("one@tandem.example");
  AddPlatformAdmin("two@tandem.example");
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example"}),
            kExitUsage);
  EXPECT_NE(err_.str().find("--by"), std::string::npos);
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example",
                 "--by", "nobody@tandem.example"}),
            66);
  EXPECT_EQ(Run({"org", "create", "--name", "X", "--slug", "x", "--admin-email", "a@b.example",
                 "--by", "two@tandem.example"}),
            0)
      << err_.str();
}

TEST_F(OrgCreateTest, AnExistingAccountIsAppointedWithoutALink) {
  AddPlatformAdmin("root@tandem.example");
  ASSERT_OK(app::CreateUser(
      *ctx_, {"head@riverside.example", "Head", "correct horse battery", false, "", {}}));
  ASSERT_EQ(Run({"org", "create", "--name", "Riverside", "--slug", "riverside", "--admin-email",
                 "head@riverside.example"}),
            0)
      << err_.str();
  EXPECT_EQ(out_.str().find("/invite/"), std::string::npos) << out_.str();
  EXPECT_NE(out_.str().find("now its administrator"), std::string::npos) << out_.str();
  auto audit = PlatformAudit();
  const auto* appointed = Find(audit, domain::AuditAction::kFirstAdminAppointed);
  ASSERT_NE(appointed, nullptr);
  EXPECT_EQ(appointed->subject_name, "Head");
  EXPECT_EQ(Find(audit, domain::AuditAction::kFirstAdminInvited), nullptr);
}

TEST_F(OrgCreateTest, Help) {
  auto parsed = Parse(Commands(), {"org", "create", "--help"}, {});
  ASSERT_OK(parsed);
  EXPECT_TRUE(parsed->help);
  std::string usage = CommandUsage(*parsed->command);
  EXPECT_NE(usage.find("--admin-email"), std::string::npos) << usage;
}

}  // namespace
}  // namespace tandem::cli
