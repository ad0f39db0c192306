#include "app/matching_settings.h"

#include "app/match_context.h"
#include "app/match_features.h"
#include "base/strings.h"

namespace tandem::app {

using domain::Action;

namespace {

// Lists every criterion with its effective priority.
domain::MatchingSettings Complete(domain::MatchingSettings s, const domain::Program& program) {
  matching::CriteriaWeights w = WeightsFor(std::string(domain::ProgramTypeName(program.type)), s);
  s.priorities.clear();
  for (matching::Criterion c : matching::kAllCriteria)
    s.priorities.push_back({std::string(matching::CriterionName(c)),
                            std::string(matching::PriorityName(w.Get(c)))});
  return s;
}

Result<domain::Program> ProgramFor(Tx& tx, const Caller& caller, const std::string& org_id,
                                   const std::string& program_id) {
  RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kManageMatching, "program").status());
  auto p = tx.GetProgram(org_id, program_id);
  if (!p.ok()) return NotFound("No such program.");
  return p;
}

}  // namespace

Result<domain::MatchingSettings> GetMatchingSettings(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id) {
  return InReadTx<domain::MatchingSettings>(
      ctx.store, [&](Tx& tx) -> Result<domain::MatchingSettings> {
        ASSIGN_OR_RETURN(domain::Program p, ProgramFor(tx, caller, org_id, program_id));
        ASSIGN_OR_RETURN(domain::MatchingSettings s, SettingsOrDefaults(tx, p));
        return Complete(std::move(s), p);
      });
}

Result<domain::MatchingSettings> PutMatchingSettings(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& program_id,
                                                     domain::MatchingSettings settings) {
  settings.organisation_id = org_id;
  settings.program_id = program_id;
  settings.priority_field = Trim(settings.priority_field);
  settings.priority_value = Trim(settings.priority_value);
  RETURN_IF_ERROR(domain::ValidateMatchingSettings(settings));
  if (!settings.priority_field.empty() && !domain::IsKnownBackgroundField(settings.priority_field))
    return FieldInvalid("priority_field", "must be a background field such as first_generation");
  return InTx<domain::MatchingSettings>(ctx.store, [&](Tx& tx) -> Result<domain::MatchingSettings> {
    ASSIGN_OR_RETURN(domain::Program p, ProgramFor(tx, caller, org_id, program_id));
    domain::MatchingSettings full = Complete(settings, p);
    RETURN_IF_ERROR(tx.PutMatchingSettings(full));
    return full;
  });
}

Result<Page<domain::Exclusion>> ListExclusions(const Context& ctx, const Caller& caller,
                                               const std::string& org_id,
                                               const std::string& program_id,
                                               const PageRequest& page) {
  using Out = Page<domain::Exclusion>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(ProgramFor(tx, caller, org_id, program_id).status());
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("exclusions", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListExclusions(org_id, program_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Result<domain::Exclusion> AddExclusion(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const std::string& program_id,
                                       const std::string& mentee_id, const std::string& mentor_id,
                                       const std::string& raw_reason) {
  std::string reason = Trim(raw_reason);
  if (Utf8Length(reason) > 500) return FieldInvalid("reason", "must be at most 500 characters");
  domain::Exclusion e{org_id, program_id, mentee_id, mentor_id, reason, ctx.clock.Now()};
  return InTx<domain::Exclusion>(ctx.store, [&](Tx& tx) -> Result<domain::Exclusion> {
    RETURN_IF_ERROR(ProgramFor(tx, caller, org_id, program_id).status());
    auto mentee = tx.FindEnrollment(org_id, program_id, mentee_id, domain::ProgramRole::kMentee);
    if (!mentee.ok() || !*mentee) return FieldInvalid("mentee_id", "is not a mentee of this program");
    auto mentor = tx.FindEnrollment(org_id, program_id, mentor_id, domain::ProgramRole::kMentor);
    if (!mentor.ok() || !*mentor) return FieldInvalid("mentor_id", "is not a mentor of this program");
    Status st = tx.InsertExclusion(e);
    if (st.code() == StatusCode::kAlreadyExists) return AlreadyExists("That pair is already excluded.");
    RETURN_IF_ERROR(st);
    return e;
  });
}

Status RemoveExclusion(const Context& ctx, const Caller& caller, const std::string& org_id,
                       const std::string& program_id, const std::string& mentee_id,
                       const std::string& mentor_id) {
  return ctx.store.Transact([&](Tx& tx) -> Status {
    RETURN_IF_ERROR(ProgramFor(tx, caller, org_id, program_id).status());
    return tx.DeleteExclusion(org_id, program_id, mentee_id, mentor_id);
  });
}

}  // namespace tandem::app
