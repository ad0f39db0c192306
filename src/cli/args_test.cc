#include "cli/args.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"
#include "cli/commands.h"

namespace tandem::cli {
namespace {

Result<Parsed> P(std::vector<std::string> argv, std::map<std::string, std::string> env = {}) {
  return Parse(Commands(), argv, env);
}

TEST(ArgsTest, ServeDefaultsAndEnvironment) {
  auto p = P({"serve"}, {{"TANDEM_LISTEN", "0.0.0.0:9000"}});
  ASSERT_OK(p);
  EXPECT_EQ(p->command->path, "serve");
  EXPECT_EQ(p->Get("listen"), "0.0.0.0:9000");
  EXPECT_EQ(p->Get("db"), "sqlite:data/tandem.db");
}

TEST(ArgsTest, FlagBeatsEnvironment) {
  auto p = P({"serve", "--db", "sqlite:/tmp/x.db"}, {{"TANDEM_DB", "sqlite:/tmp/y.db"}});
  ASSERT_OK(p);
  EXPECT_EQ(p->Get("db"), "sqlite:/tmp/x.db");
  auto q = P({"serve", "--db=sqlite:/tmp/z.db"});
  EXPECT_EQ(q->Get("db"), "sqlite:/tmp/z.db");
}

TEST(ArgsTest, TwoWordCommands) {
  auto p = P({"user", "create", "--email", "a@b.org", "--name", "A", "--password", "0123456789",
              "--platform-admin"});
  ASSERT_OK(p);
  EXPECT_EQ(p->command->path, "user create");
  EXPECT_TRUE(p->Has("platform-admin"));
}

TEST(ArgsTest, UsageErrors) {
  EXPECT_FALSE(P({"serve", "--port", "1"}).ok());            // unknown flag
  EXPECT_FALSE(P({"serve", "--db"}).ok());                   // missing value
  EXPECT_FALSE(P({"serve", "extra"}).ok());                  // stray argument
  EXPECT_FALSE(P({"launch"}).ok());                          // unknown command
  EXPECT_FALSE(P({"user", "create", "--email", "a@b.org"}).ok());  // missing required
  EXPECT_FALSE(P({"user", "create", "--platform-admin=yes"}).ok());
}

TEST(ArgsTest, Help) {
  EXPECT_TRUE(P({})->help);
  EXPECT_TRUE(P({"--help"})->help);
  auto p = P({"seed", "--help"});
  ASSERT_OK(p);
  EXPECT_TRUE(p->help);
  EXPECT_NE(CommandUsage(*p->command).find("--seed N"), std::string::npos);
  EXPECT_NE(GeneralUsage(Commands()).find("user create"), std::string::npos);
}

}  // namespace
}  // namespace tandem::cli
