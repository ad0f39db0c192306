// The files of `tandem match --edges EDGES.csv --capacities CAPS.csv --out MATCHES.csv`.
//
// EDGES.csv: header `mentee,mentor,score`; ids are strings (RFC 4180 quoting allowed),
// scores non-negative integers. CAPS.csv: header `mentor,capacity`. Every error names the
// file and line. Ids are interned to dense indices in order of first appearance (mentees in
// EDGES.csv, mentors in CAPS.csv), so results are deterministic for a given input.
//
// ReadMatchInput is the plain reference reader: `tandem match` reads through the fast reader of
// candidate_input.h, which the tests and fuzz/match_csv_fuzz.cc hold to the same results and
// error messages. SplitCsvLine and CsvField are shared by both.
#ifndef TANDEM_CLI_MATCH_FILES_H_
#define TANDEM_CLI_MATCH_FILES_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace tandem::cli {

struct MatchInput {
  std::vector<std::string> mentee_ids;  // index -> id
  std::vector<std::string> mentor_ids;
  std::vector<int32_t> capacities;      // per mentor index
  // Edges in input order.
  std::vector<int32_t> edge_mentee, edge_mentor;
  std::vector<int32_t> edge_score;
};

// InvalidArgument "FILE line N: WHAT": how every input error names where it is.
Status LineError(const std::string& file, size_t line, const std::string& what);

// Splits one CSV record into fields; InvalidArgument on an unterminated quote.
Result<std::vector<std::string>> SplitCsvLine(const std::string& line);

// Reads CAPS.csv then EDGES.csv. `progress(fraction)` is called now and then (may be empty).
Result<MatchInput> ReadMatchInput(std::istream& edges, const std::string& edges_name,
                                  std::istream& caps, const std::string& caps_name,
                                  const std::function<void(double)>& progress = {});

// Quotes a field when it holds a comma, quote or newline, or starts or ends with whitespace, so
// that SplitCsvLine reads it back unchanged.
std::string CsvField(const std::string& s);

}  // namespace tandem::cli

#endif  // TANDEM_CLI_MATCH_FILES_H_
