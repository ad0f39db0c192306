#include "cli/match_files.h"

#include <cctype>
#include <charconv>

#include "base/strings.h"

namespace tandem::cli {

Status LineError(const std::string& file, size_t line, const std::string& what) {
  return InvalidArgument(file + " line " + std::to_string(line) + ": " + what);
}

namespace {

bool ParseNonNegative(const std::string& s, long long max, int32_t& out) {
  long long v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < 0 || v > max) return false;
  out = static_cast<int32_t>(v);
  return true;
}

void StripCr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

Status ExpectHeader(std::istream& in, const std::string& file,
                    const std::vector<std::string>& expected) {
  std::string line;
  if (!std::getline(in, line)) return LineError(file, 1, "the file is empty; expected a header");
  StripCr(line);
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
  auto fields = SplitCsvLine(line);
  if (!fields.ok() || *fields != expected)
    return LineError(file, 1, "expected the header \"" + Join(expected, ",") + "\"");
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> SplitCsvLine(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"') {
          cur += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        cur += c;
      }
    } else if (c == '"' && cur.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      out.push_back(was_quoted ? cur : Trim(cur));
      cur.clear();
      was_quoted = false;
    } else {
      cur += c;
    }
  }
  if (quoted) return InvalidArgument("unterminated quoted field");
  out.push_back(was_quoted ? cur : Trim(cur));
  return out;
}

std::string CsvField(const std::string& s) {
  // Unquoted fields are trimmed on reading (SplitCsvLine), so edge whitespace needs quotes too.
  const bool edge_space = !s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) ||
                                         std::isspace(static_cast<unsigned char>(s.back())));
  if (!edge_space && s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

Result<MatchInput> ReadMatchInput(std::istream& edges, const std::string& edges_name,
                                  std::istream& caps, const std::string& caps_name,
                                  const std::function<void(double)>& progress) {
  MatchInput in;
  std::unordered_map<std::string, int32_t> mentor_index, mentee_index;

  RETURN_IF_ERROR(ExpectHeader(caps, caps_name, {"mentor", "capacity"}));
  std::string line;
  size_t line_no = 1;
  while (std::getline(caps, line)) {
    ++line_no;
    StripCr(line);
    if (line.empty()) continue;
    auto f = SplitCsvLine(line);
    if (!f.ok()) return LineError(caps_name, line_no, f.status().message());
    if (f->size() != 2) return LineError(caps_name, line_no, "expected 2 fields: mentor,capacity");
    const std::string& id = (*f)[0];
    if (id.empty()) return LineError(caps_name, line_no, "the mentor id is empty");
    int32_t cap = 0;
    if (!ParseNonNegative((*f)[1], 1000000, cap))
      return LineError(caps_name, line_no,
                       "capacity \"" + (*f)[1] + "\" is not an integer from 0 to 1000000");
    if (!mentor_index.emplace(id, static_cast<int32_t>(in.mentor_ids.size())).second)
      return LineError(caps_name, line_no, "mentor \"" + id + "\" is listed twice");
    in.mentor_ids.push_back(id);
    in.capacities.push_back(cap);
  }

  RETURN_IF_ERROR(ExpectHeader(edges, edges_name, {"mentee", "mentor", "score"}));
  line_no = 1;
  std::unordered_map<uint64_t, size_t> seen;  // (mentee, mentor) -> line, to reject duplicates
  while (std::getline(edges, line)) {
    ++line_no;
    if (progress && (line_no & 0xFFFFF) == 0) progress(-1);
    StripCr(line);
    if (line.empty()) continue;
    auto f = SplitCsvLine(line);
    if (!f.ok()) return LineError(edges_name, line_no, f.status().message());
    if (f->size() != 3)
      return LineError(edges_name, line_no, "expected 3 fields: mentee,mentor,score");
    const std::string& mentee = (*f)[0];
    const std::string& mentor = (*f)[1];
    if (mentee.empty()) return LineError(edges_name, line_no, "the mentee id is empty");
    auto m = mentor_index.find(mentor);
    if (m == mentor_index.end())
      return LineError(edges_name, line_no,
                       "mentor \"" + mentor + "\" has no capacity in " + caps_name);
    int32_t score = 0;
    if (!ParseNonNegative((*f)[2], 2000000000, score))
      return LineError(edges_name, line_no,
                       "score \"" + (*f)[2] + "\" is not a non-negative integer");
    auto [it, added] = mentee_index.emplace(mentee, static_cast<int32_t>(in.mentee_ids.size()));
    if (added) in.mentee_ids.push_back(mentee);
    uint64_t key = (static_cast<uint64_t>(it->second) << 32) | static_cast<uint32_t>(m->second);
    if (auto [d, fresh] = seen.emplace(key, line_no); !fresh)
      return LineError(edges_name, line_no,
                       "the pair " + mentee + "," + mentor + " repeats line " +
                           std::to_string(d->second));
    in.edge_mentee.push_back(it->second);
    in.edge_mentor.push_back(m->second);
    in.edge_score.push_back(score);
  }
  if (progress) progress(1.0);
  return in;
}

}  // namespace tandem::cli
