// The fast input of `tandem match`: EDGES (CSV or the binary candidate format) and CAPS.csv read
// straight into the solver's CSR graph.
//
// CSV semantics are those of ReadMatchInput (match_files.h), which stays as the plain reference
// reader: header `mentee,mentor,score` (a UTF-8 BOM and CRLF allowed, blank lines skipped, RFC 4180
// quotes, unquoted fields trimmed), scores integers from 0 to 2e9, a repeated (mentee, mentor) pair
// is an error, every error names the file and line with the same message. Mentees are indexed in
// order of first appearance, mentors in CAPS.csv order, and each mentee's edges keep their input
// order, so the graph equals BuildBipartiteGraph over ReadMatchInput's edges.
//
// How it is fast: the file is memory-mapped and read once (pages already parsed are released, so
// the file does not stay in the process's memory), lines and fields are found with memchr, ids
// are interned into dense indices by an open-addressing hash over their bytes (IdTable; a mentee
// repeated on consecutive lines is not even hashed), scores are parsed with std::from_chars, and
// the edges go straight into the CSR arrays when the file is grouped by mentee (each mentee's
// lines together, the usual case) or through one stable counting sort when it is not. Nothing is
// allocated per row. With threads > 1 the file is cut at line boundaries into that many chunks
// parsed at once; the chunks' mentee tables are merged in file order, so the result is identical
// to the single-threaded one.
//
// The binary candidate format is described in docs/candidates-format.md (writer:
// docs/write_candidates.py). Files starting with its magic are read as binary by ReadCandidates.
#ifndef TANDEM_CLI_CANDIDATE_INPUT_H_
#define TANDEM_CLI_CANDIDATE_INPUT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "matching/bipartite_graph.h"

namespace tandem::cli {

// Distinct strings interned into dense indices 0..size()-1 in order of insertion; the bytes live
// in one arena. Open addressing with linear probing; a slot holds the id's first 8 bytes and its
// length, so an id of at most 8 bytes is found without reading the arena, and a reader that
// knows its next ids can prefetch their slots (Prefetch, then FindHashed).
class IdTable {
 public:
  IdTable();
  size_t size() const { return ends_.size(); }
  std::string_view operator[](size_t i) const {
    const uint64_t b = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_.data() + b, ends_[i] - b);
  }
  // The index of `id`, adding it when new (`added` tells which).
  int32_t Intern(std::string_view id, bool& added);
  // The index of `id`, or -1.
  int32_t Find(std::string_view id) const { return FindHashed(id, Hash(id)); }
  int32_t FindHashed(std::string_view id, uint64_t hash) const;
  void Prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  std::vector<std::string> ToStrings() const;

  static uint64_t Hash(std::string_view s);

 private:
  struct Slot {
    uint64_t prefix = 0;  // the first 8 bytes, zero-padded
    uint32_t index1 = 0;  // index + 1; 0 = empty
    uint32_t meta = 0;    // hash bits << 16 | min(length, 0xFFFF)
  };
  static Slot MakeSlot(std::string_view id, uint64_t hash, int32_t index);
  bool Matches(const Slot& slot, const Slot& probe, std::string_view id) const;
  void Grow();

  std::string bytes_;
  std::vector<uint64_t> ends_;  // end of id i in bytes_
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
};

struct CandidateInput {
  IdTable mentees;
  IdTable mentors;
  std::vector<int32_t> capacities;  // per mentor index
  matching::BipartiteGraph graph;
};

struct ReadOptions {
  // Chunks of a CSV file parsed at once; 0 = one per core, each chunk at least 16 MB.
  int threads = 1;
  // Called now and then with the fraction of the edges file read; may be empty.
  std::function<void(double)> progress;
};

// CSV from memory (tests, fuzzing): the same result and errors as ReadMatchInput.
Result<CandidateInput> ParseCandidateCsv(std::string_view edges, const std::string& edges_name,
                                         std::string_view caps, const std::string& caps_name,
                                         const ReadOptions& options = {});

// The binary candidate format from memory; CAPS.csv gives the capacities (and must list every
// mentor of the file). Errors name the file (and the edge or id).
Result<CandidateInput> ParseCandidateBinary(std::string_view edges, const std::string& edges_name,
                                            std::string_view caps, const std::string& caps_name);

// True when `bytes` starts with the binary format's magic.
bool IsCandidateBinary(std::string_view bytes);

// Maps both files and reads them (binary when EDGES starts with the magic). NotFound when a file
// cannot be opened.
Result<CandidateInput> ReadCandidates(const std::string& edges_path, const std::string& caps_path,
                                      const ReadOptions& options = {});

// Appends `s` as one CSV field (quoted when CsvField would quote it).
void AppendCsvField(std::string& out, std::string_view s);

}  // namespace tandem::cli

#endif  // TANDEM_CLI_CANDIDATE_INPUT_H_
