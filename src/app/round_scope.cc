#include "app/round_scope.h"

#include <algorithm>
#include <set>

#include "app/request_budget.h"
#include "base/strings.h"

namespace tandem::app {

namespace {

std::vector<std::string> Sorted(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

// Every value of `wanted` must be in `known`: InvalidArgument naming the first that is not.
Status RequireKnown(const std::vector<std::string>& wanted, const std::vector<std::string>& known,
                    const std::string& field, const std::string& what, bool ignore_case) {
  for (const auto& w : wanted) {
    const std::string v = ignore_case ? ToLower(w) : w;
    if (std::find(known.begin(), known.end(), v) == known.end())
      return FieldInvalid("mentee_filter." + field,
                          "no active mentee of this program has " + what + " \"" + w + "\"");
  }
  return Status::Ok();
}

Status ValidateAgainst(const MenteeScopeOptions& o, const domain::MenteeFilter& f) {
  RETURN_IF_ERROR(RequireKnown(f.grades, o.grades, "grades", "the grade", false));
  RETURN_IF_ERROR(RequireKnown(f.groups, o.groups, "groups", "the group", false));
  return RequireKnown(f.languages, o.languages, "languages", "the language", true);
}

std::vector<std::string> Select(const std::vector<Participant>& mentees,
                                const domain::MenteeFilter& f) {
  std::vector<std::string> out;
  for (const auto& m : mentees)
    if (domain::MatchesMenteeFilter(f, m.enrollment, m.profile))
      out.push_back(m.enrollment.person_id);
  return out;
}

}  // namespace

MenteeScopeOptions ScopeOptionsOf(const std::vector<Participant>& mentees) {
  std::set<std::string> grades, groups, languages;
  for (const auto& m : mentees) {
    if (!m.enrollment.grade.empty()) grades.insert(m.enrollment.grade);
    if (!m.enrollment.group.empty()) groups.insert(m.enrollment.group);
    for (const auto& l : m.profile.languages) languages.insert(ToLower(l));
  }
  return {Sorted(grades), Sorted(groups), Sorted(languages)};
}

Result<std::vector<std::string>> ResolveMenteeFilter(const std::vector<Participant>& mentees,
                                                     const domain::MenteeFilter& filter) {
  RETURN_IF_ERROR(ValidateAgainst(ScopeOptionsOf(mentees), filter));
  std::vector<std::string> ids = Select(mentees, filter);
  if (ids.empty()) return FieldInvalid("mentee_filter", "selects no active mentee of this program");
  return ids;
}

Result<MenteeScopePreview> PreviewMenteeScope(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              const domain::MenteeFilter& filter) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  ASSIGN_OR_RETURN(
      auto mentees,
      InReadTx<std::vector<Participant>>(
          ctx.store, [&](Tx& tx) -> Result<std::vector<Participant>> {
            RETURN_IF_ERROR(
                Authorized(tx, caller, org_id, domain::Action::kManageMatching, "program")
                    .status());
            if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
            return tx.ListParticipants(org_id, program_id, domain::ProgramRole::kMentee);
          }));
  MenteeScopePreview out;
  out.options = ScopeOptionsOf(mentees);
  RETURN_IF_ERROR(ValidateAgainst(out.options, filter));
  out.mentee_ids = Select(mentees, filter);
  out.active_mentees = static_cast<int>(mentees.size());
  return out;
}

}  // namespace tandem::app
