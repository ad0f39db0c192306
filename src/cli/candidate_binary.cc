// The binary candidate format (docs/candidates-format.md): validated fully, read into the CSR
// graph with one counting pass and one scatter pass over the edge columns.
#include <bit>
#include <cstring>

#include "cli/candidate_input.h"

namespace tandem::cli {

namespace {

constexpr size_t kHeaderBytes = 64;
constexpr uint32_t kVersion = 1;

uint32_t LoadU32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap32(v);
  return v;
}

uint64_t LoadU64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

// Reads one id table (lengths, then bytes) at `p`; `end` bounds it.
Status ReadIds(const std::string& file, const char* what, const char* lengths, uint64_t count,
               const char* bytes, uint64_t total, IdTable& out) {
  uint64_t at = 0;
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t len = LoadU32(lengths + 4 * i);
    if (len == 0)
      return InvalidArgument(file + ": " + what + " id " + std::to_string(i) + " is empty");
    if (len > total - at)
      return InvalidArgument(file + ": the " + what + " id lengths add up to more than " +
                             std::to_string(total) + " bytes");
    bool added = false;
    std::string_view id(bytes + at, len);
    out.Intern(id, added);
    if (!added)
      return InvalidArgument(file + ": " + what + " id \"" + std::string(id) +
                             "\" appears twice in the id table");
    at += len;
  }
  if (at != total)
    return InvalidArgument(file + ": the " + what + " id lengths add up to " + std::to_string(at) +
                           " bytes, the header says " + std::to_string(total));
  return Status::Ok();
}

}  // namespace

Result<CandidateInput> ParseCandidateBinary(std::string_view edges, const std::string& edges_name,
                                            std::string_view caps, const std::string& caps_name) {
  // Capacities first, through the CSV reader (no edges).
  ReadOptions none;
  ASSIGN_OR_RETURN(CandidateInput in,
                   ParseCandidateCsv("mentee,mentor,score\n", edges_name, caps, caps_name, none));
  const std::string& f = edges_name;
  if (edges.size() < kHeaderBytes || !IsCandidateBinary(edges))
    return InvalidArgument(f + ": not a candidate file (too short or no TNDMCAND magic)");
  const char* h = edges.data();
  const uint32_t version = LoadU32(h + 8), flags = LoadU32(h + 12);
  if (version != kVersion)
    return InvalidArgument(f + ": format version " + std::to_string(version) +
                           " is not supported (this tandem reads version 1)");
  if (flags != 0 || LoadU64(h + 56) != 0)
    return InvalidArgument(f + ": unknown flags or reserved bytes set in the header");
  const uint64_t n = LoadU64(h + 16), m = LoadU64(h + 24), e = LoadU64(h + 32),
                 n_bytes = LoadU64(h + 40), m_bytes = LoadU64(h + 48);
  const uint64_t size = edges.size();
  // Each count is bounded by the file size before any arithmetic, so nothing overflows.
  if (n > size || m > size || e > size || n_bytes > size || m_bytes > size ||
      kHeaderBytes + 4 * n + n_bytes + 4 * m + m_bytes + 12 * e != size)
    return InvalidArgument(f + ": the header's counts (" + std::to_string(n) + " mentees, " +
                           std::to_string(m) + " mentors, " + std::to_string(e) +
                           " edges) do not match the file size of " + std::to_string(size) +
                           " bytes (truncated or not a candidate file)");
  if (n > 0x7FFFFFFF || m > 0x7FFFFFFF || e >= (uint64_t{1} << 32))
    return InvalidArgument(f + ": too many mentees, mentors or edges");

  const char* p = h + kHeaderBytes;
  IdTable mentees, file_mentors;
  RETURN_IF_ERROR(ReadIds(f, "mentee", p, n, p + 4 * n, n_bytes, mentees));
  p += 4 * n + n_bytes;
  RETURN_IF_ERROR(ReadIds(f, "mentor", p, m, p + 4 * m, m_bytes, file_mentors));
  p += 4 * m + m_bytes;
  std::vector<int32_t> mentor_map(m);
  for (uint64_t j = 0; j < m; ++j) {
    mentor_map[j] = in.mentors.Find(file_mentors[j]);
    if (mentor_map[j] < 0)
      return InvalidArgument(f + ": mentor \"" + std::string(file_mentors[j]) +
                             "\" has no capacity in " + caps_name);
  }
  file_mentors = IdTable();
  const char* col_mentee = p;
  const char* col_mentor = p + 4 * e;
  const char* col_score = p + 8 * e;

  matching::BipartiteGraph& g = in.graph;
  g.num_mentees = static_cast<int32_t>(n);
  g.num_mentors = static_cast<int32_t>(in.mentors.size());
  g.offsets.assign(n + 1, 0);
  bool sorted = true;  // mentee indices non-decreasing: the columns are already in CSR order
  uint32_t previous = 0;
  for (uint64_t k = 0; k < e; ++k) {
    const uint32_t i = LoadU32(col_mentee + 4 * k);
    if (i >= n)
      return InvalidArgument(f + " edge " + std::to_string(k) + ": mentee index " +
                             std::to_string(i) + " is out of range (" + std::to_string(n) +
                             " mentees)");
    if (i < previous) sorted = false;
    previous = i;
    ++g.offsets[i + 1];
  }
  for (size_t i = 1; i < g.offsets.size(); ++i) g.offsets[i] += g.offsets[i - 1];
  auto check = [&](uint64_t k, uint32_t j, int32_t s) -> Status {
    if (j >= m)
      return InvalidArgument(f + " edge " + std::to_string(k) + ": mentor index " +
                             std::to_string(j) + " is out of range (" + std::to_string(m) +
                             " mentors)");
    if (s < 0 || s > 2000000000)
      return InvalidArgument(f + " edge " + std::to_string(k) + ": score " + std::to_string(s) +
                             " is not an integer from 0 to 2000000000");
    return Status::Ok();
  };
  if (sorted) {
    // Appended in order: no scatter, and no zero-filled arrays to overwrite.
    g.mentors.reserve(e);
    g.scores.reserve(e);
    for (uint64_t k = 0; k < e; ++k) {
      const uint32_t j = LoadU32(col_mentor + 4 * k);
      const int32_t s = static_cast<int32_t>(LoadU32(col_score + 4 * k));
      if (j >= m || s < 0 || s > 2000000000) RETURN_IF_ERROR(check(k, j, s));
      g.mentors.push_back(mentor_map[j]);
      g.scores.push_back(s);
    }
  } else {
    std::vector<int64_t> cursor(g.offsets.begin(), g.offsets.end() - 1);
    g.mentors.resize(e);
    g.scores.resize(e);
    for (uint64_t k = 0; k < e; ++k) {
      const uint32_t i = LoadU32(col_mentee + 4 * k);
      const uint32_t j = LoadU32(col_mentor + 4 * k);
      const int32_t s = static_cast<int32_t>(LoadU32(col_score + 4 * k));
      if (j >= m || s < 0 || s > 2000000000) RETURN_IF_ERROR(check(k, j, s));
      const int64_t pos = cursor[i]++;
      g.mentors[static_cast<size_t>(pos)] = mentor_map[j];
      g.scores[static_cast<size_t>(pos)] = s;
    }
  }
  in.mentees = std::move(mentees);

  // A repeated pair: report the first in file order.
  std::vector<int32_t> last(static_cast<size_t>(g.num_mentors), -1);
  std::vector<int64_t> first(static_cast<size_t>(g.num_mentors), 0);
  bool repeated = false;
  for (int32_t i = 0; i < g.num_mentees && !repeated; ++i)
    for (int64_t q = g.offsets[i]; q < g.offsets[i + 1]; ++q) {
      const int32_t j = g.mentors[static_cast<size_t>(q)];
      if (last[j] == i) {
        repeated = true;
        break;
      }
      last[j] = i;
      first[j] = q;
    }
  if (repeated) {
    std::vector<uint32_t> ordinal_of(e);
    if (sorted) {
      for (uint64_t k = 0; k < e; ++k) ordinal_of[k] = static_cast<uint32_t>(k);
    } else {
      std::vector<int64_t> at(g.offsets.begin(), g.offsets.end() - 1);
      for (uint64_t k = 0; k < e; ++k)
        ordinal_of[static_cast<size_t>(at[LoadU32(col_mentee + 4 * k)]++)] =
            static_cast<uint32_t>(k);
    }
    std::fill(last.begin(), last.end(), -1);
    int64_t best = -1, best_first = -1, best_mentee = -1, best_mentor = -1;
    for (int32_t i = 0; i < g.num_mentees; ++i)
      for (int64_t q = g.offsets[i]; q < g.offsets[i + 1]; ++q) {
        const int32_t j = g.mentors[static_cast<size_t>(q)];
        if (last[j] == i) {
          if (best < 0 || ordinal_of[q] < best) {
            best = ordinal_of[q];
            best_first = ordinal_of[first[j]];
            best_mentee = i;
            best_mentor = j;
          }
          break;
        }
        last[j] = i;
        first[j] = q;
      }
    return InvalidArgument(
        f + " edge " + std::to_string(best) + ": the pair " + std::string(in.mentees[best_mentee]) +
        "," + std::string(in.mentors[best_mentor]) + " repeats edge " + std::to_string(best_first));
  }
  return in;
}

}  // namespace tandem::cli
