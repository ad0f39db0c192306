#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/status_matchers.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tandem::cli {
namespace {

namespace fs = std::filesystem;

class MatchCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tandem-match-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }

  int Run(std::vector<std::string> argv, std::string& err) {
    auto parsed = Parse(Commands(), argv, {});
    EXPECT_OK(parsed);
    std::ostringstream out, e;
    int rc = RunMatchFiles(*parsed, out, e);
    err = e.str();
    return rc;
  }

  fs::path dir_;
};

TEST_F(MatchCommandTest, WritesTheOptimalMatching) {
  // Greedy would give ana->m1 (10) and leave ben with nothing; the optimum is 9 + 8.
  std::string edges = Write("edges.csv", "mentee,mentor,score\nana,m1,10\nana,m2,9\nben,m1,8\n");
  std::string caps = Write("caps.csv", "mentor,capacity\nm1,1\nm2,1\n");
  std::string out = (dir_ / "out.csv").string();
  std::string err;
  ASSERT_EQ(Run({"match", "--edges", edges, "--capacities", caps, "--out", out}, err), 0) << err;
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), "mentee,mentor,score\nana,m2,9\nben,m1,8\n");
  EXPECT_NE(err.find("matched 2 of 2 mentees, total score 17"), std::string::npos) << err;
}

TEST_F(MatchCommandTest, CoverageObjective) {
  std::string edges = Write("edges.csv", "mentee,mentor,score\nana,m1,100\nben,m1,1\nben,m2,0\n");
  std::string caps = Write("caps.csv", "mentor,capacity\nm1,1\nm2,1\n");
  std::string out = (dir_ / "out.csv").string();
  std::string err;
  ASSERT_EQ(Run({"match", "--edges", edges, "--capacities", caps, "--out", out, "--objective",
                 "coverage"},
                err),
            0);
  EXPECT_NE(err.find("matched 2 of 2"), std::string::npos) << err;
}

TEST_F(MatchCommandTest, BadFileNamesTheLineAndWritesNothing) {
  std::string edges = Write("edges.csv", "mentee,mentor,score\nana,m1,10\nben,m1,ten\n");
  std::string caps = Write("caps.csv", "mentor,capacity\nm1,1\n");
  std::string out = (dir_ / "out.csv").string();
  std::string err;
  EXPECT_NE(Run({"match", "--edges", edges, "--capacities", caps, "--out", out}, err), 0);
  EXPECT_NE(err.find("line 3"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(Run({"match", "--edges", edges, "--capacities", caps}, err), kExitUsage);
  EXPECT_EQ(Run({"match", "--edges", (dir_ / "missing.csv").string(), "--capacities", caps,
                 "--out", out},
                err),
            66);
}

}  // namespace
}  // namespace tandem::cli
