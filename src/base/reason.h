// A reason as data: a stable id ("skill_match", "no_mentors_in_scope") with its structured
// facts ("skill": "SQL", "mentor_level": 4), rendered into words by the reader's app in the
// reader's language and from the reader's side. Used by match explanations (each reason with
// the points it earned) and by unmatched mentees (the reason no mentor was proposed). Plain
// values; thread-compatible.
#ifndef TANDEM_BASE_REASON_H_
#define TANDEM_BASE_REASON_H_

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace tandem {

// One fact: a number, a word or name, or a list of them.
using ReasonParam = std::variant<long long, std::string, std::vector<std::string>>;
// Facts by name; ordered so that encodings are deterministic.
using ReasonParams = std::map<std::string, ReasonParam>;

struct Reason {
  std::string id;
  int points = 0;  // what the reason earned in a score; 0 where nothing is scored
  ReasonParams params;
  bool operator==(const Reason&) const = default;
};

}  // namespace tandem

#endif  // TANDEM_BASE_REASON_H_
