#include "cli/match_files.h"

#include <gtest/gtest.h>

#include <sstream>

#include "base/status_matchers.h"

namespace tandem::cli {
namespace {

Result<MatchInput> Read(const std::string& edges, const std::string& caps) {
  std::istringstream e(edges), c(caps);
  return ReadMatchInput(e, "EDGES.csv", c, "CAPS.csv");
}

TEST(MatchFilesTest, ReadsAValidInstance) {
  auto in = Read("mentee,mentor,score\nana,m1,10\r\nben,\"m,2\",7\nana,\"m,2\",3\n",
                 "mentor,capacity\nm1,1\n\"m,2\",2\n");
  ASSERT_OK(in);
  EXPECT_EQ(in->mentee_ids, (std::vector<std::string>{"ana", "ben"}));
  EXPECT_EQ(in->mentor_ids, (std::vector<std::string>{"m1", "m,2"}));
  EXPECT_EQ(in->capacities, (std::vector<int32_t>{1, 2}));
  EXPECT_EQ(in->edge_score, (std::vector<int32_t>{10, 7, 3}));
}

TEST(MatchFilesTest, ErrorsNameTheFileAndLine) {
  auto bad_score = Read("mentee,mentor,score\nana,m1,10\nben,m1,-3\n", "mentor,capacity\nm1,1\n");
  EXPECT_EQ(bad_score.status().message(),
            "EDGES.csv line 3: score \"-3\" is not a non-negative integer");
  auto unknown = Read("mentee,mentor,score\nana,m9,1\n", "mentor,capacity\nm1,1\n");
  EXPECT_EQ(unknown.status().message(), "EDGES.csv line 2: mentor \"m9\" has no capacity in CAPS.csv");
  auto header = Read("a,b,c\n", "mentor,capacity\n");
  EXPECT_NE(header.status().message().find("EDGES.csv line 1"), std::string::npos);
  auto dup = Read("mentee,mentor,score\nana,m1,1\nana,m1,2\n", "mentor,capacity\nm1,1\n");
  EXPECT_EQ(dup.status().message(), "EDGES.csv line 3: the pair ana,m1 repeats line 2");
  auto caps = Read("mentee,mentor,score\n", "mentor,capacity\nm1,x\n");
  EXPECT_NE(caps.status().message().find("CAPS.csv line 2: capacity"), std::string::npos);
  auto fields = Read("mentee,mentor,score\nana,m1\n", "mentor,capacity\nm1,1\n");
  EXPECT_NE(fields.status().message().find("expected 3 fields"), std::string::npos);
  auto quote = Read("mentee,mentor,score\n\"ana,m1,1\n", "mentor,capacity\nm1,1\n");
  EXPECT_NE(quote.status().message().find("unterminated"), std::string::npos);
}

TEST(MatchFilesTest, CsvFieldQuotesWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}

// Found by fuzz/match_csv_fuzz.cc: a quoted id with edge spaces (accepted from CAPS.csv) was
// written unquoted, and reading the output trimmed it into another id.
TEST(MatchFilesTest, CsvFieldKeepsEdgeWhitespace) {
  for (const std::string id : {" m1 ", "m1 ", "\tm1", " ", "a\rb", "x,y", "\"q\""}) {
    auto fields = SplitCsvLine(CsvField(id));
    ASSERT_OK(fields) << id;
    EXPECT_EQ(*fields, std::vector<std::string>{id}) << CsvField(id);
  }
  EXPECT_EQ(CsvField(" m1 "), "\" m1 \"");
  EXPECT_EQ(CsvField("m 1"), "m 1");
}

}  // namespace
}  // namespace tandem::cli
