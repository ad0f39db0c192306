#include "cli/candidate_input.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "base/status_matchers.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/match_files.h"

namespace tandem::cli {
namespace {

namespace fs = std::filesystem;

// The reference: ReadMatchInput, its edges through BuildBipartiteGraph.
struct Reference {
  Status status;
  MatchInput input;
  matching::BipartiteGraph graph;
};

Reference ReadReference(const std::string& edges, const std::string& caps) {
  std::istringstream e(edges), c(caps);
  Reference r;
  auto in = ReadMatchInput(e, "EDGES.csv", c, "CAPS.csv");
  if (!in.ok()) {
    r.status = in.status();
    return r;
  }
  r.input = *in;
  std::vector<matching::WeightedPair> pairs;
  for (size_t k = 0; k < in->edge_score.size(); ++k)
    pairs.push_back({in->edge_mentee[k], in->edge_mentor[k], in->edge_score[k]});
  auto g = matching::BuildBipartiteGraph(static_cast<int32_t>(in->mentee_ids.size()),
                                         static_cast<int32_t>(in->mentor_ids.size()), pairs);
  EXPECT_OK(g);
  r.graph = *g;
  return r;
}

void ExpectSameGraph(const matching::BipartiteGraph& a, const matching::BipartiteGraph& b) {
  EXPECT_EQ(a.num_mentees, b.num_mentees);
  EXPECT_EQ(a.num_mentors, b.num_mentors);
  EXPECT_EQ(a.offsets, b.offsets);
  EXPECT_EQ(a.mentors, b.mentors);
  EXPECT_EQ(a.scores, b.scores);
}

// The fast reader with 1, 2, 3 and 7 threads gives what the reference gives, error or result.
void ExpectParity(const std::string& edges, const std::string& caps) {
  SCOPED_TRACE("EDGES:\n" + edges + "\nCAPS:\n" + caps);
  Reference ref = ReadReference(edges, caps);
  for (int threads : {1, 2, 3, 7}) {
    SCOPED_TRACE("threads " + std::to_string(threads));
    ReadOptions options;
    options.threads = threads;
    auto in = ParseCandidateCsv(edges, "EDGES.csv", caps, "CAPS.csv", options);
    if (!ref.status.ok()) {
      ASSERT_FALSE(in.ok());
      EXPECT_EQ(in.status().message(), ref.status.message());
      EXPECT_EQ(in.status().code(), ref.status.code());
      continue;
    }
    ASSERT_OK(in);
    EXPECT_EQ(in->mentees.ToStrings(), ref.input.mentee_ids);
    EXPECT_EQ(in->mentors.ToStrings(), ref.input.mentor_ids);
    EXPECT_EQ(in->capacities, ref.input.capacities);
    ExpectSameGraph(in->graph, ref.graph);
  }
}

const char kCaps[] = "mentor,capacity\nm1,1\nm2,2\n\"m,3\",1\n";

TEST(CandidateCsvTest, ReadsAValidInstanceIntoCsr) {
  auto in = ParseCandidateCsv("mentee,mentor,score\nana,m1,10\r\nben,\"m,3\",7\nana,m2,3\n",
                              "EDGES.csv", kCaps, "CAPS.csv");
  ASSERT_OK(in);
  EXPECT_EQ(in->mentees.ToStrings(), (std::vector<std::string>{"ana", "ben"}));
  EXPECT_EQ(in->mentors.ToStrings(), (std::vector<std::string>{"m1", "m2", "m,3"}));
  EXPECT_EQ(in->capacities, (std::vector<int32_t>{1, 2, 1}));
  EXPECT_EQ(in->graph.offsets, (std::vector<int64_t>{0, 2, 3}));
  EXPECT_EQ(in->graph.mentors, (std::vector<int32_t>{0, 1, 2}));
  EXPECT_EQ(in->graph.scores, (std::vector<int32_t>{10, 3, 7}));
}

TEST(CandidateCsvTest, ParityOnEdgeCases) {
  const std::string h = "mentee,mentor,score\n";
  const std::vector<std::string> edges = {
      "",                                                 // empty file
      "\n",                                               // blank header
      "mentee,mentor\n",                                  // wrong header
      "\xEF\xBB\xBFmentee,mentor,score\r\nana,m1,1\r\n",  // BOM and CRLF
      "\"mentee\", mentor ,score\nana,m1,1\n",            // quoted and padded header
      h,                                                  // no rows
      "mentee,mentor,score",                              // header without newline
      h + "ana,m1,1",                                     // no trailing newline
      h + "ana,m1,1\n\n\r\n\nben,m2,2\n\n",               // blank lines
      h + " ana , m1 , 5 \n",                             // trimmed fields
      h + "\" ana \",m1,5\n",                             // quoted spaces kept
      h + "\"a\"\"b\",\"m,3\",\"7\"\n",                   // escaped quote, quoted score
      h + "\"a\"b,m1,1\n",                                // text after a closing quote
      h + "a\"b,m1,1\n",                                  // a quote inside a field
      h + " \"a\",m1,1\n",                                // a quote after a space
      h + "\"ana,m1,1\n",                                 // unterminated
      h + "ana,m1,-0\n",                                  // -0 reads as 0
      h + "ana,m1,+1\n",                                  // + is refused
      h + "ana,m1,-3\n",                                  // negative
      h + "ana,m1,2000000000\nben,m1,2000000001\n",       // the range
      h + "ana,m1,99999999999999999999999\n",             // overflow
      h + "ana,m1,1.5\n",                                 // not an integer
      h + "ana,m1,\n",                                    // empty score
      h + ",m1,1\n",                                      // empty mentee
      h + "\"\",m1,1\n",                                  // empty quoted mentee
      h + "ana,,1\n",                                     // empty mentor
      h + "ana,m9,1\n",                                   // unknown mentor
      h + "ana,m1\n",                                     // 2 fields
      h + "ana,m1,1,2\n",                                 // 4 fields
      h + "ana\n",                                        // 1 field
      h + "ana,m1,1\nana,m1,2\n",                         // repeated pair
      h + "ana,m1,1\nben,m1,1\nana,m1,2\n",               // repeated, not grouped
      h + "ana,m1,1\nben,m2,1\n\nben,m1,1\nana,m2,1\nben,m2,2\nana,m1,1\n",  // earliest repeat
      h + "ana,m1,1\nana,m1,2\nben,m1,x\n",                      // repeat before a bad line
      h + "ana,m1,x\nana,m1,1\nana,m1,2\n",                      // bad line before a repeat
      h + "ana,m1,1\nben,m1,1\nana,m2,1\ncid,m2,2\nben,m2,3\n",  // interleaved mentees
      h + "a\rb,m1,1\n",                                         // a CR inside a field
      h + "ana\t,m1,\t1\r\r\n",                                  // tabs and a second CR
      h + std::string("a\0b,m1,1\n", 9),                         // a NUL byte
  };
  for (const auto& e : edges) ExpectParity(e, kCaps);
  // CAPS.csv errors come first.
  const std::vector<std::string> caps = {
      "",
      "mentor\n",
      "mentor,capacity\nm1,1\nm1,2\n",
      "mentor,capacity\nm1,x\n",
      "mentor,capacity\nm1,1000001\n",
      "mentor,capacity\n,1\n",
      "mentor,capacity\nm1\n",
      "mentor,capacity\n\"m1,1\n",
      "\xEF\xBB\xBFmentor,capacity\r\n\r\nm1,0\r\n",
  };
  for (const auto& c : caps) ExpectParity(h + "ana,m1,1\n", c);
}

TEST(CandidateCsvTest, ErrorMessagesNameFileAndLine) {
  auto in = ParseCandidateCsv("mentee,mentor,score\nana,m1,1\n\nana,m2,2\nben,m1,1\nana,m1,4\n",
                              "EDGES.csv", kCaps, "CAPS.csv");
  EXPECT_EQ(in.status().message(), "EDGES.csv line 6: the pair ana,m1 repeats line 2");
  auto bad = ParseCandidateCsv("mentee,mentor,score\nana,m1,1\nben,m9,1\n", "EDGES.csv", kCaps,
                               "CAPS.csv");
  EXPECT_EQ(bad.status().message(), "EDGES.csv line 3: mentor \"m9\" has no capacity in CAPS.csv");
}

// Random files, grouped or shuffled, with quotes, blank lines and now and then a fault, read by
// both readers with several thread counts.
TEST(CandidateCsvTest, ParityOnRandomFiles) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const int mentors = 1 + static_cast<int>(rng() % 6);
    std::string caps = "mentor,capacity\n";
    for (int j = 0; j < mentors; ++j)
      caps += "m" + std::to_string(j) + "," + std::to_string(rng() % 3) + "\n";
    std::vector<std::string> lines;
    const int mentees = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < mentees; ++i)
      for (int j = 0; j < mentors; ++j)
        if (rng() % 2)
          lines.push_back(
              (rng() % 4 == 0 ? "\"e" + std::to_string(i) + "\"" : "e" + std::to_string(i)) + ",m" +
              std::to_string(j) + "," + std::to_string(rng() % 100));
    if (rng() % 2) std::shuffle(lines.begin(), lines.end(), rng);
    if (!lines.empty() && rng() % 5 == 0) lines.push_back(lines[rng() % lines.size()]);  // repeat
    if (!lines.empty() && rng() % 8 == 0) lines[rng() % lines.size()] += ",";            // fault
    std::string edges = "mentee,mentor,score\n";
    for (const auto& l : lines) edges += l + (rng() % 10 == 0 ? "\r\n\n" : "\n");
    ExpectParity(edges, caps);
  }
}

// ---- the binary format ----

void PutU32(std::string& s, uint32_t v) { s.append(reinterpret_cast<const char*>(&v), 4); }
void PutU64(std::string& s, uint64_t v) { s.append(reinterpret_cast<const char*>(&v), 8); }

struct Bin {
  std::vector<std::string> mentees, mentors;
  std::vector<uint32_t> e_mentee, e_mentor;
  std::vector<int32_t> e_score;
  uint64_t lie_edges = 0;  // added to the header's edge count
  uint32_t version = 1;

  std::string Bytes() const {
    std::string s = "TNDMCAND";
    PutU32(s, version);
    PutU32(s, 0);
    uint64_t nb = 0, mb = 0;
    for (const auto& x : mentees) nb += x.size();
    for (const auto& x : mentors) mb += x.size();
    PutU64(s, mentees.size());
    PutU64(s, mentors.size());
    PutU64(s, e_mentee.size() + lie_edges);
    PutU64(s, nb);
    PutU64(s, mb);
    PutU64(s, 0);
    for (const auto* t : {&mentees, &mentors}) {
      for (const auto& x : *t) PutU32(s, static_cast<uint32_t>(x.size()));
      for (const auto& x : *t) s += x;
    }
    for (uint32_t v : e_mentee) PutU32(s, v);
    for (uint32_t v : e_mentor) PutU32(s, v);
    for (int32_t v : e_score) PutU32(s, static_cast<uint32_t>(v));
    return s;
  }
};

Bin SmallBin() {
  Bin b;
  b.mentees = {"ana", "ben"};
  b.mentors = {"m,3", "m1"};  // file order differs from CAPS.csv order
  b.e_mentee = {0, 1, 0};
  b.e_mentor = {1, 0, 0};
  b.e_score = {10, 7, 3};
  return b;
}

TEST(CandidateBinaryTest, ReadsTheSameGraphAsTheCsv) {
  const std::string bytes = SmallBin().Bytes();
  ASSERT_TRUE(IsCandidateBinary(bytes));
  auto bin = ParseCandidateBinary(bytes, "E.bin", kCaps, "CAPS.csv");
  ASSERT_OK(bin);
  auto csv = ParseCandidateCsv("mentee,mentor,score\nana,m1,10\nben,\"m,3\",7\nana,\"m,3\",3\n",
                               "E.csv", kCaps, "CAPS.csv");
  ASSERT_OK(csv);
  EXPECT_EQ(bin->mentees.ToStrings(), csv->mentees.ToStrings());
  EXPECT_EQ(bin->mentors.ToStrings(), csv->mentors.ToStrings());
  EXPECT_EQ(bin->capacities, csv->capacities);
  ExpectSameGraph(bin->graph, csv->graph);
}

TEST(CandidateBinaryTest, EveryFaultIsAnErrorNamingTheFile) {
  auto expect_error = [](const std::string& bytes, const std::string& what) {
    auto in = ParseCandidateBinary(bytes, "E.bin", kCaps, "CAPS.csv");
    ASSERT_FALSE(in.ok()) << what;
    EXPECT_CODE(in, StatusCode::kInvalidArgument);
    EXPECT_EQ(in.status().message().rfind("E.bin", 0), 0u) << in.status().message();
    EXPECT_NE(in.status().message().find(what), std::string::npos) << in.status().message();
  };
  const std::string good = SmallBin().Bytes();
  // Truncated anywhere, or one byte too many.
  for (size_t n = 0; n < good.size(); ++n) {
    auto in = ParseCandidateBinary(good.substr(0, n), "E.bin", kCaps, "CAPS.csv");
    ASSERT_FALSE(in.ok()) << n;
    EXPECT_EQ(in.status().message().rfind("E.bin", 0), 0u) << in.status().message();
  }
  expect_error(good + "x", "do not match the file size");
  Bin b = SmallBin();
  b.lie_edges = 1;
  expect_error(b.Bytes(), "do not match the file size");
  b = SmallBin();
  b.version = 2;
  expect_error(b.Bytes(), "version 2 is not supported");
  std::string huge = good;
  std::memset(&huge[16], 0xFF, 8);  // mentee count 2^64 - 1
  expect_error(huge, "do not match the file size");
  std::string flags = good;
  flags[12] = 1;
  expect_error(flags, "flags");
  b = SmallBin();
  b.e_mentee[2] = 2;
  expect_error(b.Bytes(), "edge 2: mentee index 2 is out of range");
  b = SmallBin();
  b.e_mentor[1] = 5;
  expect_error(b.Bytes(), "edge 1: mentor index 5 is out of range");
  b = SmallBin();
  b.e_score[0] = -1;
  expect_error(b.Bytes(), "edge 0: score -1");
  b = SmallBin();
  b.e_score[0] = 2000000001;
  expect_error(b.Bytes(), "edge 0: score 2000000001");
  b = SmallBin();
  b.mentees = {"ana", "ana"};
  expect_error(b.Bytes(), "mentee id \"ana\" appears twice");
  b = SmallBin();
  b.mentees = {"ana", ""};
  expect_error(b.Bytes(), "mentee id 1 is empty");
  b = SmallBin();
  b.mentors = {"m1", "m9"};
  expect_error(b.Bytes(), "mentor \"m9\" has no capacity in CAPS.csv");
  b = SmallBin();
  b.e_mentee = {1, 0, 1, 0};
  b.e_mentor = {0, 1, 0, 1};
  b.e_score = {1, 2, 3, 4};
  expect_error(b.Bytes(), "E.bin edge 2: the pair ben,m,3 repeats edge 0");
  // Lengths that lie: the header's byte count is right but one length is too long.
  std::string lengths = good;
  lengths[64] = 4;  // "ana" declared 4 bytes: the table then runs 1 byte over
  expect_error(lengths, "id lengths add up");
  expect_error("TNDMCAND", "not a candidate file");
}

// Counting sort: edges of one mentee need not be together in the file.
TEST(CandidateBinaryTest, UnsortedEdgesKeepTheirOrderPerMentee) {
  Bin b;
  b.mentees = {"a", "b"};
  b.mentors = {"m1", "m2"};
  b.e_mentee = {1, 0, 1, 0};
  b.e_mentor = {0, 1, 1, 0};
  b.e_score = {1, 2, 3, 4};
  auto in = ParseCandidateBinary(b.Bytes(), "E.bin", kCaps, "CAPS.csv");
  ASSERT_OK(in);
  EXPECT_EQ(in->graph.offsets, (std::vector<int64_t>{0, 2, 4}));
  EXPECT_EQ(in->graph.mentors, (std::vector<int32_t>{1, 0, 0, 1}));
  EXPECT_EQ(in->graph.scores, (std::vector<int32_t>{2, 4, 1, 3}));
}

class CandidateFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tandem-cands-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(CandidateFilesTest, ReadsFilesOfBothFormats) {
  std::string edges = "mentee,mentor,score\n";
  std::mt19937 rng(3);
  for (int i = 0; i < 20000; ++i)
    for (int j = 0; j < 2; ++j)
      if (rng() % 3)
        edges += "mentee-" + std::to_string(i) + ",m" + std::to_string(j + 1) + "," +
                 std::to_string(rng() % 1000) + "\n";
  const std::string e = Write("e.csv", edges), c = Write("c.csv", kCaps);
  Reference ref = ReadReference(edges, kCaps);
  ASSERT_OK(ref.status);
  for (int threads : {1, 2}) {
    ReadOptions options;
    options.threads = threads;
    auto in = ReadCandidates(e, c, options);
    ASSERT_OK(in);
    ExpectSameGraph(in->graph, ref.graph);
  }
  // A pipe is read whole (process substitution in a shell).
  {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    std::thread writer([&] {
      size_t at = 0;
      while (at < edges.size()) {
        ssize_t n = ::write(fds[1], edges.data() + at, edges.size() - at);
        if (n <= 0) break;
        at += static_cast<size_t>(n);
      }
      ::close(fds[1]);
    });
    auto piped = ReadCandidates("/dev/fd/" + std::to_string(fds[0]), c);
    writer.join();
    ::close(fds[0]);
    ASSERT_OK(piped);
    ExpectSameGraph(piped->graph, ref.graph);
  }
  auto missing = ReadCandidates((dir_ / "nope.csv").string(), c);
  EXPECT_CODE(missing, StatusCode::kNotFound);
  const std::string b = Write("e.bin", SmallBin().Bytes());
  auto bin = ReadCandidates(b, c);
  ASSERT_OK(bin);
  EXPECT_EQ(bin->graph.num_edges(), 3);
  EXPECT_CODE(ReadCandidates(Write("empty.csv", ""), c), StatusCode::kInvalidArgument);
}

// docs/write_candidates.py writes what the reader reads, the same graph as the CSV it converts.
TEST_F(CandidateFilesTest, PythonWriterRoundTrip) {
  ASSERT_EQ(std::system("python3 -c 'import array, struct' >/dev/null 2>&1"), 0)
      << "python3 is needed (scripts/bootstrap.sh installs it for the tests)";
  const std::string edges =
      "mentee,mentor,score\nana,m1,10\nben,\"m,3\",7\nana,m2,3\ncid,m1,0\nben,m1,2000000000\n"
      "\xC3\xB1u,m2,5\n";
  const std::string e = Write("e.csv", edges), c = Write("c.csv", kCaps);
  const std::string out = (dir_ / "e.bin").string();
  const std::string cmd = std::string("python3 ") + TANDEM_SOURCE_DIR +
                          "/docs/write_candidates.py '" + e + "' '" + out + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  auto bin = ReadCandidates(out, c);
  ASSERT_OK(bin);
  auto csv = ReadCandidates(e, c);
  ASSERT_OK(csv);
  EXPECT_EQ(bin->mentees.ToStrings(), csv->mentees.ToStrings());
  EXPECT_EQ(bin->capacities, csv->capacities);
  ExpectSameGraph(bin->graph, csv->graph);
}

// `tandem match` gives the same MATCHES.csv from the CSV and from its binary form, with one or
// two reading threads.
TEST_F(CandidateFilesTest, MatchCommandReadsBothFormats) {
  const std::string c = Write("c.csv", kCaps);
  const std::string csv = Write("e.csv",
                                "mentee,mentor,score\nana,m1,10\nben,\"m,3\",7\nana,\"m,3\",3\n"
                                "ben,m1,9\ncid,m2,1\n");
  Bin b = SmallBin();  // ana: m1 10, m,3 3; ben: m,3 7 ... then ben m1 9, cid m2 1
  b.mentees = {"ana", "ben", "cid"};
  b.mentors = {"m,3", "m1", "m2"};
  b.e_mentee = {0, 1, 0, 1, 2};
  b.e_mentor = {1, 0, 0, 1, 2};
  b.e_score = {10, 7, 3, 9, 1};
  const std::string bin = Write("e.bin", b.Bytes());
  auto run = [&](const std::vector<std::string>& argv, std::string& err) {
    auto parsed = Parse(Commands(), argv, {});
    EXPECT_OK(parsed);
    std::ostringstream out, e;
    int rc = RunMatchFiles(*parsed, out, e);
    err = e.str();
    return rc;
  };
  auto read = [](const fs::path& p) {
    std::ifstream in(p);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  };
  std::string err;
  const std::string out1 = (dir_ / "o1.csv").string(), out2 = (dir_ / "o2.csv").string(),
                    out3 = (dir_ / "o3.csv").string();
  ASSERT_EQ(run({"match", "--edges", csv, "--capacities", c, "--out", out1}, err), 0) << err;
  ASSERT_EQ(run({"match", "--edges", csv, "--capacities", c, "--out", out2, "--threads", "2"}, err),
            0)
      << err;
  ASSERT_EQ(run({"match", "--edges", bin, "--capacities", c, "--out", out3}, err), 0) << err;
  EXPECT_EQ(read(out1), "mentee,mentor,score\nana,m1,10\nben,\"m,3\",7\ncid,m2,1\n");
  EXPECT_EQ(read(out2), read(out1));
  EXPECT_EQ(read(out3), read(out1));
  EXPECT_NE(err.find("matched 3 of 3 mentees, total score 18"), std::string::npos) << err;
  EXPECT_EQ(run({"match", "--edges", csv, "--capacities", c, "--out", out1, "--threads", "x"}, err),
            kExitUsage);
  // A bad binary file: the error names it and nothing is written.
  const std::string bad = Write("bad.bin", b.Bytes().substr(0, 70));
  const std::string out4 = (dir_ / "o4.csv").string();
  EXPECT_NE(run({"match", "--edges", bad, "--capacities", c, "--out", out4}, err), 0);
  EXPECT_NE(err.find(bad + ": the header's counts"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(out4));
}

TEST(IdTableTest, InternsManyIdsDensely) {
  IdTable t;
  for (int i = 0; i < 100000; ++i) {
    bool added = false;
    EXPECT_EQ(t.Intern("id-" + std::to_string(i), added), i);
    EXPECT_TRUE(added);
  }
  for (int i = 0; i < 100000; i += 997) {
    bool added = true;
    EXPECT_EQ(t.Intern("id-" + std::to_string(i), added), i);
    EXPECT_FALSE(added);
    EXPECT_EQ(t.Find("id-" + std::to_string(i)), i);
  }
  EXPECT_EQ(t.Find("id-100000"), -1);
  EXPECT_EQ(t.Find(""), -1);
  EXPECT_EQ(t[42], "id-42");
}

TEST(AppendCsvFieldTest, AgreesWithCsvField) {
  for (const std::string id : {"plain", " m1 ", "a,b", "say \"hi\"", "a\rb", "", "\t"}) {
    std::string out;
    AppendCsvField(out, id);
    EXPECT_EQ(out, CsvField(id));
  }
}

}  // namespace
}  // namespace tandem::cli
