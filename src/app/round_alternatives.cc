#include "app/round_alternatives.h"

#include <algorithm>
#include <map>

#include "app/match_context.h"
#include "app/request_budget.h"
#include "base/strings.h"
#include "domain/not_chosen.h"
#include "domain/safeguarding.h"

namespace tandem::app {

using domain::Action;

namespace {

// The round, its proposals and its program's context, read in one snapshot.
struct AlternativesInput {
  domain::MatchRound round;
  std::vector<domain::Proposal> proposals;
  std::vector<domain::Unmatched> unmatched;
  std::unique_ptr<MatchContext> mc;
};

Result<AlternativesInput> LoadAlternativesInput(const Context& ctx, const Caller& caller, const std::string& org_id,
                    const std::string& round_id) {
  return InReadTx<AlternativesInput>(ctx.store, [&](Tx& tx) -> Result<AlternativesInput> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    AlternativesInput out;
    ASSIGN_OR_RETURN(out.proposals, tx.ListProposals(org_id, round_id));
    ASSIGN_OR_RETURN(out.unmatched, tx.ListUnmatched(org_id, round_id));
    ASSIGN_OR_RETURN(out.mc, LoadMatchContext(tx, org_id, round->program_id, ctx.clock.Now()));
    out.round = std::move(round).value();
    return out;
  });
}

// Every mentor of the program for unmatched mentee `i`, each with why the round did not choose
// them and whether an assignment would accept them (domain::MentorStanding). `query` filters
// names after the ranks are counted, so a mentor's rank does not depend on the search.
std::vector<MentorAlternative> ForUnmatched(const MatchContext& mc, const AlternativesInput& l, int i,
                                            const std::string& query) {
  const std::string& mentee_id = mc.mentees[i].enrollment.person_id;
  const domain::SafeguardingFacts mentee_facts = mc.FactsOf(mentee_id);
  const std::vector<int> capacity = mc.RemainingCapacity();
  const bool mentee_has_room = mc.RemainingMenteeLimit()[i] > 0;
  std::map<std::string, int> proposed, lowest;  // by mentor: this round's proposals, lowest score
  for (const auto& p : l.proposals) {
    auto [it, fresh] = lowest.try_emplace(p.mentor_id, p.score);
    if (!fresh) it->second = std::min(it->second, p.score);
    ++proposed[p.mentor_id];
  }
  const auto& scope = l.round.mentor_scope;
  std::vector<domain::MentorStanding> standing(mc.mentors.size());
  std::vector<float> dense;
  const float* text = mc.scorer->ScatterText(mc.features.mentees[i], dense);
  for (size_t j = 0; j < mc.mentors.size(); ++j) {
    const std::string& id = mc.mentors[j].enrollment.person_id;
    domain::MentorStanding& m = standing[j];
    m.in_round_scope = scope.empty() || std::find(scope.begin(), scope.end(), id) != scope.end();
    m.candidates = l.round.candidates_per_mentee;
    m.capacity = MentorCapacity(mc.mentors[j], mc.program);
    m.capacity_left = capacity[j];
    m.proposed = proposed[id];
    m.lowest_proposed_score = lowest.count(id) ? lowest[id] : 0;
    const domain::Reach reach = domain::MayReach(mc.program, mc.FactsOf(id), mentee_facts);
    if (reach != domain::Reach::kAllowed) {
      m.cause = reach == domain::Reach::kNotCleared ? "youth_screening" : "minor_mentor";
      continue;
    }
    const int score = mc.PairScore(i, static_cast<int>(j), text);
    if (score < 0) {
      auto e =
          mc.scorer->Explain(mc.features.mentees[i], mc.features.mentors[j], mc.features.vocab);
      m.cause = e.feasible ? "excluded_or_matched" : matching::InfeasibilityId(e.infeasibility);
      continue;
    }
    m.feasible = true;
    m.score = score;
  }
  mc.scorer->ClearText(mc.features.mentees[i], dense);
  // Ranks among the feasible mentors of the round's scope, as the round's candidate lists
  // counted them (score, then index).
  std::vector<int> ranked;
  for (size_t j = 0; j < standing.size(); ++j)
    if (standing[j].feasible && standing[j].in_round_scope) ranked.push_back(static_cast<int>(j));
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](int a, int b) { return standing[a].score > standing[b].score; });
  for (size_t r = 0; r < ranked.size(); ++r) standing[ranked[r]].rank = static_cast<int>(r) + 1;
  std::vector<MentorAlternative> out;
  for (size_t j = 0; j < mc.mentors.size(); ++j) {
    const Participant& p = mc.mentors[j];
    if (!query.empty() && !ContainsIgnoreCase(p.name, query)) continue;
    const domain::MentorStanding& m = standing[j];
    MentorAlternative a{p.enrollment.person_id, p.name, m.score, {}, std::max(0, m.RoomLeft())};
    a.available = mentee_has_room && m.Assignable();
    a.not_chosen = domain::WhyNotChosen(m);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

Result<Page<MentorAlternative>> ListSwapAlternatives(const Context& ctx, const Caller& caller,
                                                     const std::string& org_id,
                                                     const std::string& round_id,
                                                     const std::string& mentee_id,
                                                     const std::string& query,
                                                     const PageRequest& page) {
  // The ranking's order as a sort key: assignable first (always, in the swap list), then those
  // a hard constraint does not rule out; within each, score (highest first), name, mentor id.
  auto rank_key = [](const MentorAlternative& a) {
    const bool ruled_out = a.not_chosen && a.not_chosen->id == domain::kNotChosenHardConstraint;
    const std::int64_t tier = a.available ? 0 : ruled_out ? 2 : 1;
    return SortKey{tier * 1'000'000'000LL - a.score, a.name, a.mentor_id};
  };
  if (query.size() > 200) return FieldInvalid("q", "must be at most 200 characters");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("swap_alternatives", page));
  const std::optional<SortKey>& after = pager.query().after;
  if (after && (after->size() != 3 || !std::holds_alternative<std::int64_t>((*after)[0]) ||
                !std::holds_alternative<std::string>((*after)[1]) ||
                !std::holds_alternative<std::string>((*after)[2])))
    return FieldInvalid("cursor", "is not a cursor of this list");
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  ASSIGN_OR_RETURN(AlternativesInput l, LoadAlternativesInput(ctx, caller, org_id, round_id));
  if (l.round.status != domain::RoundStatus::kDraft)
    return FailedPrecondition("This match round is " +
                              std::string(domain::RoundStatusName(l.round.status)) +
                              "; only draft rounds can change.");
  const MatchContext& mc = *l.mc;
  // Places this round already proposes, by mentor; and the mentee's own mentors in it (never
  // an alternative to themselves).
  std::map<std::string, int> proposed;
  std::vector<std::string> current;
  for (const auto& p : l.proposals) {
    ++proposed[p.mentor_id];
    if (p.mentee_id == mentee_id) current.push_back(p.mentor_id);
  }
  auto me = mc.mentee_index.find(mentee_id);
  const bool unmatched =
      current.empty() && std::any_of(l.unmatched.begin(), l.unmatched.end(),
                                     [&](const auto& u) { return u.mentee_id == mentee_id; });
  if ((current.empty() && !unmatched) || me == mc.mentee_index.end())
    return NotFound("No such proposal in this round.");
  const int i = me->second;
  std::vector<MentorAlternative> out;
  if (unmatched) out = ForUnmatched(mc, l, i, query);
  const domain::SafeguardingFacts mentee_facts = mc.FactsOf(mentee_id);
  const std::vector<int> capacity = mc.RemainingCapacity();
  std::vector<float> dense;
  const float* text = mc.scorer->ScatterText(mc.features.mentees[i], dense);
  for (size_t j = 0; !unmatched && j < mc.mentors.size(); ++j) {
    const Participant& m = mc.mentors[j];
    const std::string& id = m.enrollment.person_id;
    if (std::find(current.begin(), current.end(), id) != current.end()) continue;
    const int room = capacity[j] - proposed[id];
    if (room <= 0) continue;
    if (!query.empty() && !ContainsIgnoreCase(m.name, query)) continue;
    // The same checks as SwapProposal, in its order: reach, then the pair's hard constraints.
    if (domain::MayReach(mc.program, mc.FactsOf(id), mentee_facts) != domain::Reach::kAllowed)
      continue;
    const int score = mc.PairScore(i, static_cast<int>(j), text);
    if (score < 0) continue;
    out.push_back({id, m.name, score, {}, room});
  }
  mc.scorer->ClearText(mc.features.mentees[i], dense);
  std::sort(out.begin(), out.end(),
            [&](const auto& a, const auto& b) { return rank_key(a) < rank_key(b); });
  auto first = out.begin();
  if (after)
    first = std::upper_bound(
        out.begin(), out.end(), *after,
        [&](const SortKey& k, const MentorAlternative& a) { return k < rank_key(a); });
  PageRows<MentorAlternative> rows;
  const auto available = static_cast<size_t>(out.end() - first);
  const size_t take = std::min(available, static_cast<size_t>(pager.query().limit));
  rows.items.assign(std::make_move_iterator(first), std::make_move_iterator(first + take));
  if (available > take) rows.next = rank_key(rows.items.back());
  for (auto& a : rows.items)
    if (!a.not_chosen || a.not_chosen->id != domain::kNotChosenHardConstraint)
      a.explanation = mc.scorer->Explain(mc.features.mentees[i],
                                         mc.features.mentors[mc.mentor_index.at(a.mentor_id)],
                                         mc.features.vocab);
  return pager.Close(std::move(rows));
}

}  // namespace tandem::app
