// The fast CSV reader of `tandem match` (see candidate_input.h). The ids it interns are in
// id_table.cc, the byte scanning in csv_scan.h, the file mapping in mapped_file.h.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <thread>

#include "cli/candidate_input.h"
#include "cli/csv_scan.h"
#include "cli/mapped_file.h"
#include "cli/match_files.h"

namespace tandem::cli {
namespace {

using namespace csv_scan;  // NOLINT: the reader is written in its terms

constexpr size_t kReleaseBytes = 32 << 20;  // progress and page release every 32 MB

// The header line; `body` is set to the first byte after it.
Status ExpectHeader(std::string_view text, const std::string& file,
                    const std::vector<std::string>& expected, const char*& body) {
  if (text.empty()) return LineError(file, 1, "the file is empty; expected a header");
  const char* le;
  body = NextLine(text.data(), text.data() + text.size(), le);
  std::string line(text.data(), le);
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
  auto fields = SplitCsvLine(line);
  if (!fields.ok() || *fields != expected) {
    std::string want;
    for (const auto& f : expected) want += (want.empty() ? "" : ",") + f;
    return LineError(file, 1, "expected the header \"" + want + "\"");
  }
  return Status::Ok();
}

// Called every kReleaseBytes of one chunk with the bytes read since the previous call.
using Checkpoint = std::function<void(const char* from, const char* to)>;

struct Chunk {
  const char* begin = nullptr;
  const char* end = nullptr;
  IdTable mentees;  // local indices, in order of first appearance
  std::vector<int32_t> mentors, scores;
  bool grouped = true;               // every mentee's edges are consecutive
  std::vector<int64_t> starts;       // grouped: first edge of local mentee k
  std::vector<int32_t> edge_mentee;  // not grouped: local mentee per edge
  size_t lines = 0;                  // lines read
  bool failed = false;
  size_t error_line = 0;  // 1-based within the chunk
  std::string error;
};

class ChunkParser {
 public:
  ChunkParser(Chunk& c, const IdTable& mentors, const std::string& caps_name)
      : c_(c), mentor_index_(mentors), caps_name_(caps_name) {}

  void Run(const Checkpoint& checkpoint) {
    // An upper bound (a row has at least 6 bytes): virtual memory only, never touched.
    const size_t bound = static_cast<size_t>(c_.end - c_.begin) / 6 + 1;
    c_.mentors.reserve(bound);
    c_.scores.reserve(bound);
    const char* p = c_.begin;
    const char* next_checkpoint = p + kReleaseBytes;
    const char* last_checkpoint = p;
    const char* end = c_.end;
    // Rows are collected in batches: the mentor ids' hash slots are prefetched while the batch
    // is read, then looked up (the lookups are cache misses once there are many mentors).
    constexpr int kBatch = 32;
    struct Pending {
      std::string_view mentee, mentor, score;
      uint64_t hash;
    } batch[kBatch];
    int pending = 0;
    size_t batch_line = 0;  // line of batch[0]
    auto flush = [&]() -> bool {
      for (int k = 0; k < pending; ++k) {
        const Pending& r = batch[k];
        const int32_t m = mentor_index_.FindHashed(r.mentor, r.hash);
        if (!Row(batch_line + static_cast<size_t>(k), r.mentee, r.mentor, m, r.score)) return false;
      }
      pending = 0;
      return true;
    };
    Specials specials(p, end);
    while (p < end) {
      ++c_.lines;
      // The usual row: three fields, no quote.
      const char* q1 = specials.Next();
      if (q1 < end && *q1 == ',') {
        const char* q2 = specials.Next();
        if (q2 < end && *q2 == ',') {
          const char* q3 = specials.Next();
          if (q3 == end || *q3 == '\n') {
            const char* le = q3;
            if (le[-1] == '\r') --le;  // le > q2, and *q2 is a comma
            if (pending == 0) batch_line = c_.lines;
            Pending& r = batch[pending++];
            r.mentee = TrimView(p, q1);
            r.mentor = TrimView(q1 + 1, q2);
            r.score = TrimView(q2 + 1, le);
            r.hash = IdTable::Hash(r.mentor);
            mentor_index_.Prefetch(r.hash);
            p = q3 == end ? end : q3 + 1;
            if (pending == kBatch) {
              if (!flush()) return;
              if (p >= next_checkpoint && checkpoint) {
                checkpoint(last_checkpoint, p);
                last_checkpoint = p;
                next_checkpoint = p + kReleaseBytes;
              }
            }
            continue;
          }
        }
      }
      // Anything else: a blank line, quotes, or a wrong number of fields.
      if (!flush()) return;
      const char* le;
      const char* next = NextLine(p, end, le);
      if (le != p) {
        bool ok;
        if (std::memchr(p, '"', static_cast<size_t>(le - p)) == nullptr) {
          ok = PlainRow(p, le);
        } else {
          ok = QuotedRow(p, le);
        }
        if (!ok) return;
      }
      p = next;
      specials.Reset(p);
    }
    flush();
  }

 private:
  bool Fail(std::string what) { return Fail(c_.lines, std::move(what)); }
  bool Fail(size_t line, std::string what) {
    c_.failed = true;
    c_.error_line = line;
    c_.error = std::move(what);
    return false;
  }

  bool PlainRow(const char* p, const char* le) {
    const char* c1 = static_cast<const char*>(std::memchr(p, ',', static_cast<size_t>(le - p)));
    const char* c2 =
        c1 ? static_cast<const char*>(std::memchr(c1 + 1, ',', static_cast<size_t>(le - c1 - 1)))
           : nullptr;
    if (c2 == nullptr || std::memchr(c2 + 1, ',', static_cast<size_t>(le - c2 - 1)) != nullptr)
      return Fail("expected 3 fields: mentee,mentor,score");
    const std::string_view mentor = TrimView(c1 + 1, c2);
    return Row(c_.lines, TrimView(p, c1), mentor, mentor_index_.Find(mentor), TrimView(c2 + 1, le));
  }

  bool QuotedRow(const char* p, const char* le) {
    auto f = SplitCsvLine(std::string(p, le));
    if (!f.ok()) return Fail(f.status().message());
    if (f->size() != 3) return Fail("expected 3 fields: mentee,mentor,score");
    return Row(c_.lines, (*f)[0], (*f)[1], mentor_index_.Find((*f)[1]), (*f)[2]);
  }

  // One row; `m` is the mentor's index or -1.
  bool Row(size_t line, std::string_view mentee, std::string_view mentor, int32_t m,
           std::string_view score_text) {
    if (mentee.empty()) return Fail(line, "the mentee id is empty");
    if (m < 0)
      return Fail(line, "mentor \"" + std::string(mentor) + "\" has no capacity in " + caps_name_);
    int32_t score = 0;
    if (!ParseScore(score_text, score))
      return Fail(line, "score \"" + std::string(score_text) + "\" is not a non-negative integer");
    int32_t i = last_;
    if (i < 0 || !Same(c_.mentees[static_cast<size_t>(i)], mentee)) {
      bool added = false;
      i = c_.mentees.Intern(mentee, added);
      if (c_.grouped) {
        if (added) {
          c_.starts.push_back(static_cast<int64_t>(c_.mentors.size()));
        } else {
          Ungroup();
        }
      }
      last_ = i;
    }
    if (!c_.grouped) c_.edge_mentee.push_back(i);
    c_.mentors.push_back(m);
    c_.scores.push_back(score);
    return true;
  }

  // A mentee came back after another one: keep the mentee of every edge from now on.
  void Ungroup() {
    c_.grouped = false;
    c_.edge_mentee.reserve(c_.mentors.capacity());
    c_.edge_mentee.resize(c_.mentors.size());
    for (size_t k = 0; k < c_.starts.size(); ++k) {
      const int64_t e =
          k + 1 < c_.starts.size() ? c_.starts[k + 1] : static_cast<int64_t>(c_.mentors.size());
      std::fill(c_.edge_mentee.begin() + c_.starts[k], c_.edge_mentee.begin() + e,
                static_cast<int32_t>(k));
    }
    c_.starts = {};
  }

  Chunk& c_;
  const IdTable& mentor_index_;
  const std::string& caps_name_;
  int32_t last_ = -1;
};

Status ReadCaps(std::string_view caps, const std::string& caps_name, CandidateInput& in) {
  const char* body;
  RETURN_IF_ERROR(ExpectHeader(caps, caps_name, {"mentor", "capacity"}, body));
  const char* end = caps.data() + caps.size();
  size_t line_no = 1;
  for (const char* p = body; p < end;) {
    const char* le;
    const char* next = NextLine(p, end, le);
    ++line_no;
    if (le != p) {
      auto f = SplitCsvLine(std::string(p, le));
      if (!f.ok()) return LineError(caps_name, line_no, f.status().message());
      if (f->size() != 2)
        return LineError(caps_name, line_no, "expected 2 fields: mentor,capacity");
      const std::string& id = (*f)[0];
      if (id.empty()) return LineError(caps_name, line_no, "the mentor id is empty");
      int32_t cap = 0;
      if (!ParseNonNegative((*f)[1], 1000000, cap))
        return LineError(caps_name, line_no,
                         "capacity \"" + (*f)[1] + "\" is not an integer from 0 to 1000000");
      bool added = false;
      in.mentors.Intern(id, added);
      if (!added) return LineError(caps_name, line_no, "mentor \"" + id + "\" is listed twice");
      in.capacities.push_back(cap);
    }
    p = next;
  }
  return Status::Ok();
}

// The line number of data row `ordinal` (0-based, blank lines skipped) of EDGES.
size_t LineOfRow(const char* body, const char* end, int64_t ordinal) {
  size_t line = 1;
  int64_t row = -1;
  for (const char* p = body; p < end;) {
    const char* le;
    const char* next = NextLine(p, end, le);
    ++line;
    if (le != p && ++row == ordinal) return line;
    p = next;
  }
  return line;
}

// The first edge (in input order) whose pair repeats an earlier edge: {its ordinal, the earlier
// one's ordinal}, or {-1, -1}. `ordinal_of` maps a CSR position to its input ordinal (empty:
// the identity).
std::pair<int64_t, int64_t> FirstRepeat(const matching::BipartiteGraph& g,
                                        const std::vector<uint32_t>& ordinal_of) {
  std::vector<int32_t> last(static_cast<size_t>(g.num_mentors), -1);
  std::vector<int64_t> first(static_cast<size_t>(g.num_mentors), 0);
  auto ord = [&](int64_t pos) -> int64_t {
    return ordinal_of.empty() ? pos : static_cast<int64_t>(ordinal_of[static_cast<size_t>(pos)]);
  };
  std::pair<int64_t, int64_t> best{-1, -1};
  for (int32_t i = 0; i < g.num_mentees; ++i) {
    for (int64_t p = g.offsets[i]; p < g.offsets[i + 1]; ++p) {
      const int32_t j = g.mentors[static_cast<size_t>(p)];
      if (last[j] == i) {
        const int64_t o = ord(p);
        if (best.first < 0 || o < best.first) best = {o, ord(first[j])};
        break;  // within a mentee, positions are in input order: this is its first repeat
      }
      last[j] = i;
      first[j] = p;
    }
  }
  return best;
}

int ChunkCount(const ReadOptions& options, size_t bytes) {
  int n = options.threads;
  if (n <= 0) n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Small files are not worth a thread.
  const size_t min_chunk = n == options.threads ? 1 : (16u << 20);
  n = static_cast<int>(
      std::min<size_t>(static_cast<size_t>(n), std::max<size_t>(1, bytes / min_chunk)));
  return std::max(1, std::min(n, 64));
}

Result<CandidateInput> ParseCsv(std::string_view edges, const std::string& edges_name,
                                std::string_view caps, const std::string& caps_name,
                                const ReadOptions& options, const Checkpoint& release) {
  CandidateInput in;
  RETURN_IF_ERROR(ReadCaps(caps, caps_name, in));
  const char* body;
  RETURN_IF_ERROR(ExpectHeader(edges, edges_name, {"mentee", "mentor", "score"}, body));
  const char* end = edges.data() + edges.size();

  // Cut at line boundaries.
  const int n = ChunkCount(options, static_cast<size_t>(end - body));
  std::vector<Chunk> chunks(static_cast<size_t>(n));
  const char* from = body;
  for (int c = 0; c < n; ++c) {
    const char* to = end;
    if (c + 1 < n) {
      to = body + (end - body) * (c + 1) / n;
      if (to < from) to = from;
      const char* nl =
          to < end ? static_cast<const char*>(std::memchr(to, '\n', static_cast<size_t>(end - to)))
                   : nullptr;
      to = nl ? nl + 1 : end;
    }
    chunks[c].begin = from;
    chunks[c].end = to;
    from = to;
  }
  const double total = static_cast<double>(std::max<ptrdiff_t>(1, end - body));
  auto run = [&](int c) {
    Checkpoint cp = [&, c](const char* from, const char* to) {
      if (release) release(from, to);
      if (c == 0 && options.progress)
        options.progress(std::min(1.0, static_cast<double>(to - body) / total * n));
    };
    ChunkParser(chunks[c], in.mentors, caps_name).Run(cp);
  };
  if (n == 1) {
    run(0);
  } else {
    std::vector<std::thread> threads;
    for (int c = 1; c < n; ++c) threads.emplace_back(run, c);
    run(0);
    for (auto& t : threads) t.join();
  }

  // Merge the chunks in file order, up to the first one that failed.
  size_t used = 0, line_base = 1;
  size_t error_line = 0;
  std::string error;
  for (auto& c : chunks) {
    ++used;
    if (c.failed) {
      error_line = line_base + c.error_line;
      error = c.error;
      break;
    }
    line_base += c.lines;
  }
  matching::BipartiteGraph& g = in.graph;
  g.num_mentors = static_cast<int32_t>(in.mentors.size());
  int64_t num_edges = 0;
  std::vector<int64_t> chunk_edges(used);
  for (size_t c = 0; c < used; ++c) {
    chunk_edges[c] = static_cast<int64_t>(chunks[c].mentors.size());
    num_edges += chunk_edges[c];
  }
  if (num_edges >= (int64_t{1} << 32))
    return InvalidArgument(edges_name + ": more than 2^32 - 1 edges");

  in.mentees = std::move(chunks[0].mentees);
  bool grouped = chunks[0].grouped;
  std::vector<std::vector<int32_t>> maps(used);
  int32_t last_mentee =
      chunks[0].mentors.empty()
          ? -1
          : static_cast<int32_t>(chunks[0].grouped ? chunks[0].starts.size() - 1
                                                   : chunks[0].edge_mentee.back());
  for (size_t c = 1; c < used; ++c) {
    Chunk& ch = chunks[c];
    if (!ch.grouped) grouped = false;
    maps[c].resize(ch.mentees.size());
    for (size_t k = 0; k < ch.mentees.size(); ++k) {
      bool added = false;
      maps[c][k] = in.mentees.Intern(ch.mentees[k], added);
      if (!added && !(k == 0 && maps[c][k] == last_mentee)) grouped = false;
    }
    if (!ch.mentors.empty())
      last_mentee =
          maps[c][ch.grouped ? ch.starts.size() - 1 : static_cast<size_t>(ch.edge_mentee.back())];
    ch.mentees = IdTable();
  }
  g.num_mentees = static_cast<int32_t>(in.mentees.size());

  // The edge columns, concatenated (chunk 0's arrays are reused).
  std::vector<int32_t> mentors = std::move(chunks[0].mentors);
  std::vector<int32_t> scores = std::move(chunks[0].scores);
  mentors.reserve(static_cast<size_t>(num_edges));
  scores.reserve(static_cast<size_t>(num_edges));
  std::vector<uint32_t> ordinal_of;  // CSR position -> input ordinal, when not grouped
  if (grouped) {
    std::vector<int64_t>& offsets = g.offsets;
    offsets = std::move(chunks[0].starts);
    offsets.reserve(static_cast<size_t>(g.num_mentees) + 1);
    for (size_t c = 1; c < used; ++c) {
      Chunk& ch = chunks[c];
      const int64_t base = static_cast<int64_t>(mentors.size());
      for (size_t k = 0; k < ch.starts.size(); ++k)
        if (static_cast<size_t>(maps[c][k]) + 1 > offsets.size())
          offsets.push_back(base + ch.starts[k]);
      mentors.insert(mentors.end(), ch.mentors.begin(), ch.mentors.end());
      scores.insert(scores.end(), ch.scores.begin(), ch.scores.end());
      ch.mentors = {};
      ch.scores = {};
    }
    offsets.push_back(static_cast<int64_t>(mentors.size()));
    g.mentors = std::move(mentors);
    g.scores = std::move(scores);
  } else {
    // The mentee of every edge (global indices), then one stable counting sort.
    std::vector<int32_t> edge_mentee;
    edge_mentee.reserve(static_cast<size_t>(num_edges));
    for (size_t c = 0; c < used; ++c) {
      Chunk& ch = chunks[c];
      auto global = [&](int32_t k) { return c == 0 ? k : maps[c][static_cast<size_t>(k)]; };
      if (ch.grouped) {
        for (size_t k = 0; k < ch.starts.size(); ++k) {
          const int64_t e = k + 1 < ch.starts.size() ? ch.starts[k + 1] : chunk_edges[c];
          edge_mentee.insert(edge_mentee.end(), static_cast<size_t>(e - ch.starts[k]),
                             global(static_cast<int32_t>(k)));
        }
      } else {
        for (int32_t k : ch.edge_mentee) edge_mentee.push_back(global(k));
      }
      ch.edge_mentee = {};
      ch.starts = {};
      if (c > 0) {
        mentors.insert(mentors.end(), ch.mentors.begin(), ch.mentors.end());
        scores.insert(scores.end(), ch.scores.begin(), ch.scores.end());
        ch.mentors = {};
        ch.scores = {};
      }
    }
    std::vector<int64_t>& offsets = g.offsets;
    offsets.assign(static_cast<size_t>(g.num_mentees) + 1, 0);
    for (int32_t i : edge_mentee) ++offsets[static_cast<size_t>(i) + 1];
    for (size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
    // edge_mentee becomes the position of each edge.
    {
      std::vector<int64_t> cursor(offsets.begin(), offsets.end() - 1);
      for (int32_t& i : edge_mentee) i = static_cast<int32_t>(cursor[static_cast<size_t>(i)]++);
    }
    // Positions fit in 32 bits (checked above); reinterpret as unsigned.
    g.mentors.resize(mentors.size());
    for (size_t k = 0; k < mentors.size(); ++k)
      g.mentors[static_cast<uint32_t>(edge_mentee[k])] = mentors[k];
    mentors = {};
    g.scores.resize(scores.size());
    for (size_t k = 0; k < scores.size(); ++k)
      g.scores[static_cast<uint32_t>(edge_mentee[k])] = scores[k];
    scores = {};
    auto repeat = FirstRepeat(g, {});
    if (repeat.first >= 0) {  // only then: which is first in the file
      ordinal_of.resize(edge_mentee.size());
      for (size_t k = 0; k < edge_mentee.size(); ++k)
        ordinal_of[static_cast<uint32_t>(edge_mentee[k])] = static_cast<uint32_t>(k);
    }
  }

  auto [second, first] = FirstRepeat(g, ordinal_of);
  if (second >= 0) {
    // Find the pair's mentee and mentor by the ordinal.
    int64_t pos = second;
    if (!ordinal_of.empty())
      pos = std::find(ordinal_of.begin(), ordinal_of.end(), static_cast<uint32_t>(second)) -
            ordinal_of.begin();
    const auto mentee_it = std::upper_bound(g.offsets.begin(), g.offsets.end(), pos) - 1;
    const size_t mentee = static_cast<size_t>(mentee_it - g.offsets.begin());
    const size_t mentor = static_cast<size_t>(g.mentors[static_cast<size_t>(pos)]);
    return LineError(edges_name, LineOfRow(body, end, second),
                     "the pair " + std::string(in.mentees[mentee]) + "," +
                         std::string(in.mentors[mentor]) + " repeats line " +
                         std::to_string(LineOfRow(body, end, first)));
  }
  if (!error.empty()) return LineError(edges_name, error_line, error);
  if (options.progress) options.progress(1.0);
  return in;
}

}  // namespace

bool IsCandidateBinary(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("TNDMCAND", 8);
}

Result<CandidateInput> ParseCandidateCsv(std::string_view edges, const std::string& edges_name,
                                         std::string_view caps, const std::string& caps_name,
                                         const ReadOptions& options) {
  return ParseCsv(edges, edges_name, caps, caps_name, options, {});
}

Result<CandidateInput> ReadCandidates(const std::string& edges_path, const std::string& caps_path,
                                      const ReadOptions& options) {
  MappedFile edges, caps;
  RETURN_IF_ERROR(caps.Open(caps_path));
  RETURN_IF_ERROR(edges.Open(edges_path));
  if (IsCandidateBinary(edges.view()))
    return ParseCandidateBinary(edges.view(), edges_path, caps.view(), caps_path);
  // Each chunk gives back the pages it has read.
  Checkpoint release = [&](const char* from, const char* to) { edges.Release(from, to); };
  return ParseCsv(edges.view(), edges_path, caps.view(), caps_path, options, release);
}

}  // namespace tandem::cli
