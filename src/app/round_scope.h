// A match round's mentees chosen by filters (issue 9, point 9): grade, group, language and
// first-generation (domain/mentee_filter.h), resolved on the server to the active mentees who
// pass. The preview tells the coordinator how many the filters select, and which values the
// program's mentees have, before the round runs; running a round with the same filter resolves
// it again, then.
#ifndef TANDEM_APP_ROUND_SCOPE_H_
#define TANDEM_APP_ROUND_SCOPE_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "app/ports/match_data_port.h"
#include "domain/mentee_filter.h"

namespace tandem::app {

// The values a filter may name: those the program's active mentees have.
struct MenteeScopeOptions {
  std::vector<std::string> grades;     // sorted, without ""
  std::vector<std::string> groups;     // sorted, without ""
  std::vector<std::string> languages;  // lower-case codes, sorted
};

struct MenteeScopePreview {
  std::vector<std::string> mentee_ids;  // who the filter selects (person ids, by name)
  int active_mentees = 0;               // the program's active mentees, selected or not
  MenteeScopeOptions options;
};

// The options of these (active) mentees.
MenteeScopeOptions ScopeOptionsOf(const std::vector<Participant>& mentees);

// The person ids of `mentees` that pass `filter`, in the order given. InvalidArgument, naming the
// field (mentee_filter.grades, .groups, .languages), for a value no mentee has, and when the
// filter selects nobody (an empty scope would mean every mentee).
Result<std::vector<std::string>> ResolveMenteeFilter(const std::vector<Participant>& mentees,
                                                     const domain::MenteeFilter& filter);

// For the round form: who `filter` selects now among the program's active mentees (an empty
// filter selects everyone), and the options. Coordinators and org admins (kManageMatching);
// NotFound for an unknown program; InvalidArgument as ResolveMenteeFilter, except that an
// empty selection is answered (count 0). Charged to the match-round budget.
Result<MenteeScopePreview> PreviewMenteeScope(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              const domain::MenteeFilter& filter);

}  // namespace tandem::app

#endif  // TANDEM_APP_ROUND_SCOPE_H_
