// The CSV readers of `tandem match`: the reference (src/cli/match_files.cc) and the fast reader
// (src/cli/candidate_csv.cc), which must agree. The input is CAPS.csv, a NUL byte, then EDGES.csv
// (no NUL: everything is CAPS.csv and EDGES.csv is empty).
// The fast reader, on 1, 2 and 3 chunks (threads), gives the reference's error message or its
// ids, capacities and CSR graph (each mentee's edges in input order), and never reads outside
// its input (each file is an exactly sized copy).
// Invariants for input that reads: indices in range, ids unique, numbers in their ranges; every
// id written with CsvField (as MATCHES.csv is) reads back as the same id; and both files written
// back with CsvField read back to the same MatchInput.
#include <cstddef>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/candidate_input.h"
#include "cli/match_files.h"
#include "fuzz/fuzz_check.h"

namespace cli = tandem::cli;

namespace {

bool Same(const cli::MatchInput& a, const cli::MatchInput& b) {
  return a.mentee_ids == b.mentee_ids && a.mentor_ids == b.mentor_ids &&
         a.capacities == b.capacities && a.edge_mentee == b.edge_mentee &&
         a.edge_mentor == b.edge_mentor && a.edge_score == b.edge_score;
}

void CheckInvariants(const cli::MatchInput& in) {
  FUZZ_CHECK(in.capacities.size() == in.mentor_ids.size(), "one capacity per mentor");
  FUZZ_CHECK(in.edge_mentee.size() == in.edge_mentor.size() &&
                 in.edge_mentor.size() == in.edge_score.size(),
             "edge columns differ in length");
  FUZZ_CHECK(std::set<std::string>(in.mentee_ids.begin(), in.mentee_ids.end()).size() ==
                 in.mentee_ids.size(),
             "a mentee id is interned twice");
  FUZZ_CHECK(std::set<std::string>(in.mentor_ids.begin(), in.mentor_ids.end()).size() ==
                 in.mentor_ids.size(),
             "a mentor id is interned twice");
  for (int32_t c : in.capacities) FUZZ_CHECK(c >= 0 && c <= 1000000, "capacity out of range");
  std::set<std::pair<int32_t, int32_t>> pairs;
  for (size_t i = 0; i < in.edge_score.size(); ++i) {
    FUZZ_CHECK(in.edge_mentee[i] >= 0 &&
                   static_cast<size_t>(in.edge_mentee[i]) < in.mentee_ids.size(),
               "mentee index out of range");
    FUZZ_CHECK(in.edge_mentor[i] >= 0 &&
                   static_cast<size_t>(in.edge_mentor[i]) < in.mentor_ids.size(),
               "mentor index out of range");
    FUZZ_CHECK(in.edge_score[i] >= 0, "negative score");
    FUZZ_CHECK(pairs.emplace(in.edge_mentee[i], in.edge_mentor[i]).second, "a repeated pair");
  }
  for (const auto* ids : {&in.mentee_ids, &in.mentor_ids}) {
    for (const std::string& id : *ids) {
      FUZZ_CHECK(!id.empty(), "an empty id was accepted");
      auto fields = cli::SplitCsvLine(cli::CsvField(id));
      FUZZ_CHECK(fields.ok() && fields->size() == 1 && (*fields)[0] == id,
                 "CsvField(\"" + id + "\") does not read back as the same id");
    }
  }
}

// The fast reader agrees with the reference on this input.
void CheckFastReader(std::string_view caps_text, std::string_view edges_text,
                     const tandem::Result<cli::MatchInput>& ref) {
  const std::vector<char> caps(caps_text.begin(), caps_text.end());
  const std::vector<char> edges(edges_text.begin(), edges_text.end());
  for (int threads : {1, 2, 3}) {
    cli::ReadOptions options;
    options.threads = threads;
    auto in = cli::ParseCandidateCsv(std::string_view(edges.data(), edges.size()), "EDGES.csv",
                                     std::string_view(caps.data(), caps.size()), "CAPS.csv",
                                     options);
    if (!ref.ok()) {
      FUZZ_CHECK(!in.ok(), "the fast reader accepts what the reference refuses: " +
                               ref.status().message());
      FUZZ_CHECK(in.status().message() == ref.status().message(),
                 "different errors: " + in.status().message() + " | " + ref.status().message());
      continue;
    }
    FUZZ_CHECK(in.ok(), "the fast reader refuses what the reference reads: " +
                            in.status().message());
    FUZZ_CHECK(in->mentees.ToStrings() == ref->mentee_ids, "different mentee ids");
    FUZZ_CHECK(in->mentors.ToStrings() == ref->mentor_ids, "different mentor ids");
    FUZZ_CHECK(in->capacities == ref->capacities, "different capacities");
    // The reference's edges, grouped by mentee in input order.
    const auto& g = in->graph;
    FUZZ_CHECK(static_cast<size_t>(g.num_mentees) == ref->mentee_ids.size() &&
                   g.offsets.size() == ref->mentee_ids.size() + 1 &&
                   static_cast<size_t>(g.num_edges()) == ref->edge_score.size(),
               "different graph sizes");
    std::vector<int64_t> cursor(g.offsets.begin(), g.offsets.end() - 1);
    for (size_t k = 0; k < ref->edge_score.size(); ++k) {
      const int64_t e = cursor[static_cast<size_t>(ref->edge_mentee[k])]++;
      FUZZ_CHECK(g.mentors[e] == ref->edge_mentor[k] && g.scores[e] == ref->edge_score[k],
                 "different edge at input row " + std::to_string(k));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const size_t nul = all.find('\0');
  std::istringstream caps(std::string(all.substr(0, nul)));
  std::istringstream edges(nul == std::string_view::npos ? std::string()
                                                         : std::string(all.substr(nul + 1)));
  int progress_calls = 0;
  auto in = cli::ReadMatchInput(edges, "EDGES.csv", caps, "CAPS.csv",
                                [&](double) { ++progress_calls; });
  CheckFastReader(all.substr(0, nul),
                  nul == std::string_view::npos ? std::string_view() : all.substr(nul + 1), in);
  if (!in.ok()) {
    const std::string& m = in.status().message();
    FUZZ_CHECK(m.rfind("EDGES.csv line ", 0) == 0 || m.rfind("CAPS.csv line ", 0) == 0,
               "an error that names no file and line: " + m);
    return 0;
  }
  CheckInvariants(in.value());

  // Write both files back the way Tandem writes CSV and read them again.
  std::ostringstream caps_out, edges_out;
  caps_out << "mentor,capacity\n";
  for (size_t i = 0; i < in->mentor_ids.size(); ++i)
    caps_out << cli::CsvField(in->mentor_ids[i]) << ',' << in->capacities[i] << '\n';
  edges_out << "mentee,mentor,score\n";
  for (size_t i = 0; i < in->edge_score.size(); ++i)
    edges_out << cli::CsvField(in->mentee_ids[in->edge_mentee[i]]) << ','
              << cli::CsvField(in->mentor_ids[in->edge_mentor[i]]) << ',' << in->edge_score[i]
              << '\n';
  std::istringstream caps2(caps_out.str()), edges2(edges_out.str());
  auto again = cli::ReadMatchInput(edges2, "EDGES.csv", caps2, "CAPS.csv");
  FUZZ_CHECK(again.ok(), "written back, the files do not read: " + again.status().message());
  FUZZ_CHECK(Same(again.value(), in.value()), "written back, the files read differently");
  return 0;
}
