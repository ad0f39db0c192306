// The fast CSV reader of `tandem match` (see candidate_input.h), IdTable and the file mapping.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cli/candidate_input.h"
#include "cli/match_files.h"

namespace tandem::cli {

// ---- IdTable ----

namespace {

inline uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline uint64_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The bytes of a short tail (n < 8) in one word, with fixed-size loads only (no memcpy call).
inline uint64_t Tail(const char* p, size_t n) {
  if (n >= 4) return Load32(p) | (Load32(p + n - 4) << 32);
  if (n == 0) return 0;
  return static_cast<uint8_t>(p[0]) | (static_cast<uint64_t>(static_cast<uint8_t>(p[n / 2])) << 8) |
         (static_cast<uint64_t>(static_cast<uint8_t>(p[n - 1])) << 16);
}

// a == b for two strings of the same length n, inline for short ids.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n < 8) return Tail(a, n) == Tail(b, n);
  if (n > 32) return std::memcmp(a, b, n) == 0;
  for (size_t i = 0; i + 8 <= n; i += 8)
    if (Load64(a + i) != Load64(b + i)) return false;
  return Load64(a + n - 8) == Load64(b + n - 8);
}

inline bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

// The first 8 bytes of `s`, zero-padded (fixed-size loads only).
inline uint64_t Prefix(const char* p, size_t n) {
  if (n >= 8) return Load64(p);
  if (n >= 4) return Load32(p) | (Load32(p + n - 4) << ((n - 4) * 8));
  uint64_t w = 0;
  for (size_t i = 0; i < n; ++i) w |= static_cast<uint64_t>(static_cast<uint8_t>(p[i])) << (8 * i);
  return w;
}

}  // namespace

IdTable::IdTable() : slots_(16), mask_(15) {}

uint64_t IdTable::Hash(std::string_view s) {
  // 8 bytes at a time, multiply-xorshift mixing (ids are short; quality enough for linear
  // probing at load <= 3/4).
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    h = (h ^ Load64(p)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  h = (h ^ Tail(p, n)) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

IdTable::Slot IdTable::MakeSlot(std::string_view id, uint64_t hash, int32_t index) {
  Slot s;
  s.prefix = Prefix(id.data(), id.size());
  s.index1 = static_cast<uint32_t>(index + 1);
  s.meta = static_cast<uint32_t>((hash >> 48) << 16) |
           static_cast<uint32_t>(std::min<size_t>(id.size(), 0xFFFF));
  return s;
}

bool IdTable::Matches(const Slot& slot, const Slot& probe, std::string_view id) const {
  if (slot.meta != probe.meta || slot.prefix != probe.prefix) return false;
  if (id.size() <= 8) return true;  // same length and the same (whole) bytes
  return Same((*this)[slot.index1 - 1], id);
}

int32_t IdTable::FindHashed(std::string_view id, uint64_t hash) const {
  const Slot probe = MakeSlot(id, hash, 0);
  for (uint64_t s = hash & mask_;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.index1 == 0) return -1;
    if (Matches(slot, probe, id)) return static_cast<int32_t>(slot.index1 - 1);
  }
}

void IdTable::Grow() {
  std::vector<Slot> old(std::move(slots_));
  slots_.assign(old.size() * 2, Slot());
  mask_ = slots_.size() - 1;
  for (const Slot& o : old) {
    if (o.index1 == 0) continue;
    uint64_t s = Hash((*this)[o.index1 - 1]) & mask_;
    while (slots_[s].index1 != 0) s = (s + 1) & mask_;
    slots_[s] = o;
  }
}

int32_t IdTable::Intern(std::string_view id, bool& added) {
  const uint64_t hash = Hash(id);
  const Slot probe = MakeSlot(id, hash, static_cast<int32_t>(ends_.size()));
  uint64_t s = hash & mask_;
  for (;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.index1 == 0) break;
    if (Matches(slot, probe, id)) {
      added = false;
      return static_cast<int32_t>(slot.index1 - 1);
    }
  }
  added = true;
  bytes_.append(id);
  ends_.push_back(bytes_.size());
  if (ends_.size() * 4 > slots_.size() * 3) {  // load <= 3/4
    Grow();
    s = hash & mask_;
    while (slots_[s].index1 != 0) s = (s + 1) & mask_;
  }
  slots_[s] = probe;
  return static_cast<int32_t>(ends_.size() - 1);
}

std::vector<std::string> IdTable::ToStrings() const {
  std::vector<std::string> out;
  out.reserve(size());
  for (size_t i = 0; i < size(); ++i) out.emplace_back((*this)[i]);
  return out;
}

void AppendCsvField(std::string& out, std::string_view s) {
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  const bool edge_space = !s.empty() && (space(s.front()) || space(s.back()));
  if (!edge_space && s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(s);
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

namespace {

constexpr size_t kReleaseBytes = 32 << 20;  // progress and page release every 32 MB

Status LineError(const std::string& file, size_t line, const std::string& what) {
  return InvalidArgument(file + " line " + std::to_string(line) + ": " + what);
}

inline bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline std::string_view TrimView(const char* b, const char* e) {
  while (b < e && IsSpace(*b)) ++b;
  while (e > b && IsSpace(e[-1])) --e;
  return std::string_view(b, static_cast<size_t>(e - b));
}

bool ParseNonNegative(std::string_view s, long long max, int32_t& out) {
  long long v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < 0 || v > max) return false;
  out = static_cast<int32_t>(v);
  return true;
}

// A bit per byte of the 64 bytes at p: set for ',', '\n' and '"'.
inline uint64_t Classify64(const char* p) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), nl = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
  uint64_t mask = 0;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, nl)),
                                     _mm_cmpeq_epi8(v, quote));
    mask |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(hit))) << (16 * i);
  }
  return mask;
#else
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  auto zero = [](uint64_t x) { return ~(((x & kLow7) + kLow7) | x | kLow7); };  // exact
  uint64_t mask = 0;
  for (int i = 0; i < 8; ++i) {
    const uint64_t w = Load64(p + 8 * i);
    const uint64_t m = zero(w ^ (kOnes * ',')) | zero(w ^ (kOnes * '\n')) | zero(w ^ (kOnes * '"'));
    mask |= (((m >> 7) * 0x0102040810204080ull) >> 56) << (8 * i);
  }
  return mask;
#endif
}

// The ',', '\n' and '"' of [p, end) in order, 64 bytes classified at a time.
class Specials {
 public:
  Specials(const char* p, const char* end) : end_(end) { Reset(p); }
  // Restarts at p.
  void Reset(const char* p) {
    base_ = p;
    mask_ = Load(p);
  }
  // The next special byte, or end.
  const char* Next() {
    while (mask_ == 0) {
      base_ += 64;
      if (base_ >= end_) {
        base_ = end_;
        return end_;
      }
      mask_ = Load(base_);
    }
    const char* at = base_ + __builtin_ctzll(mask_);
    mask_ &= mask_ - 1;
    return at;
  }

 private:
  uint64_t Load(const char* p) const {
    if (end_ - p >= 64) return Classify64(p);
    if (p >= end_) return 0;
    char pad[64] = {};
    std::memcpy(pad, p, static_cast<size_t>(end_ - p));
    return Classify64(pad) & ((uint64_t{1} << (end_ - p)) - 1);
  }

  const char* end_;
  const char* base_;
  uint64_t mask_;
};

// A score: 1 to 9 plain digits directly, anything else as ParseNonNegative reads it (so "-0",
// leading zeros and the range behave as in the reference reader).
inline bool ParseScore(std::string_view s, int32_t& out) {
  if (!s.empty() && s.size() <= 9) {
    uint32_t v = 0;
    size_t i = 0;
    for (; i < s.size(); ++i) {
      const uint32_t d = static_cast<uint32_t>(static_cast<uint8_t>(s[i])) - '0';
      if (d > 9) break;
      v = v * 10 + d;
    }
    if (i == s.size()) {
      out = static_cast<int32_t>(v);
      return true;
    }
  }
  return ParseNonNegative(s, 2000000000, out);
}

// One line of `text` from `p`: [p, line_end) without the '\n' and a final '\r'; returns the
// start of the next line.
inline const char* NextLine(const char* p, const char* end, const char*& line_end) {
  const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
  const char* le = nl ? nl : end;
  const char* next = nl ? nl + 1 : end;
  if (le > p && le[-1] == '\r') --le;
  line_end = le;
  return next;
}

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

// A read-only mapping of a whole file; pages behind the reader are given back.
class MappedFile {
 public:
  ~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
    if (fd_ >= 0) close(fd_);
  }
  Status Open(const std::string& path) {
    fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return NotFound("cannot read " + path);
    struct stat st;
    if (fstat(fd_, &st) != 0) return NotFound("cannot read " + path);
    if (!S_ISREG(st.st_mode)) {
      // A pipe (e.g. `--edges <(generate)`): read it whole into memory.
      char buf[1 << 16];
      for (ssize_t n; (n = read(fd_, buf, sizeof buf)) != 0;) {
        if (n < 0) {
          if (errno == EINTR) continue;
          return NotFound("cannot read " + path);
        }
        owned_.append(buf, static_cast<size_t>(n));
      }
      return Status::Ok();
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ == 0) return Status::Ok();
    void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
    if (p == MAP_FAILED) return NotFound("cannot map " + path);
    data_ = static_cast<char*>(p);
    madvise(data_, size_, MADV_SEQUENTIAL);
    return Status::Ok();
  }
  std::string_view view() const {
    if (data_ == nullptr) return owned_;
    return {data_, size_};
  }
  // Drops the whole pages in [from, to) from this process (they stay in the page cache).
  void Release(const char* from, const char* to) const {
    if (data_ == nullptr) return;
    const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    uintptr_t b = (reinterpret_cast<uintptr_t>(from) + page - 1) & ~(page - 1);
    uintptr_t e = reinterpret_cast<uintptr_t>(to) & ~(page - 1);
    if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_DONTNEED);
  }

 private:
  int fd_ = -1;
  char* data_ = nullptr;
  size_t size_ = 0;
  std::string owned_;  // the bytes of a file that is not mapped
};

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
