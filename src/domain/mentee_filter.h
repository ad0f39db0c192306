// Choosing a match round's mentees by filters instead of by name (issue 9, point 9): grade and
// group (labels a coordinator sets on the enrollment), languages spoken, and first-generation.
// Privacy: a background answer is the person's own and carries a visibility; a filter a
// coordinator runs reveals who passes it, so only answers shared with coordinators (or with
// participants) count, never private ones or those kept for matching only
// (domain/profile_disclosure.h). Pure; thread-compatible.
#ifndef TANDEM_DOMAIN_MENTEE_FILTER_H_
#define TANDEM_DOMAIN_MENTEE_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "domain/profile.h"
#include "domain/program.h"

namespace tandem::domain {

// Longest grade or group label (characters after trimming).
inline constexpr size_t kMaxCohortLabel = 40;

struct MenteeFilter {
  std::vector<std::string> grades;     // the enrollment's grade is one of these (empty: any)
  std::vector<std::string> groups;     // the enrollment's group is one of these (empty: any)
  std::vector<std::string> languages;  // speaks at least one of these codes (empty: any)
  bool first_generation = false;       // only those who told coordinators they are
  bool Empty() const {
    return grades.empty() && groups.empty() && languages.empty() && !first_generation;
  }
};

// Whether the person told the program's coordinators (visibility coordinators or
// participants) that they are first-generation ("yes", "y", "true", "sí", "si", ignoring case).
bool SharedFirstGeneration(const Profile& p);

// Whether a mentee (their enrollment and profile) passes every condition of the filter. Labels
// compare exactly (they are chosen from the program's own values), language codes ignoring case.
bool MatchesMenteeFilter(const MenteeFilter& f, const Enrollment& e, const Profile& p);

// A grade or group label as a coordinator sets it: trimmed, at most kMaxCohortLabel
// characters, no control characters; "" clears it. InvalidArgument naming `field` otherwise.
Result<std::string> NormalizeCohortLabel(std::string_view field, std::string_view value);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MENTEE_FILTER_H_
