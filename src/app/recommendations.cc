#include "app/recommendations.h"

#include <algorithm>

#include "app/match_cache.h"
#include "app/match_context.h"
#include "app/mentor_requests.h"
#include "app/request_budget.h"
#include "base/strings.h"
#include "domain/reconcile.h"

namespace tandem::app {

using domain::RequestStatus;

namespace {

// The mentee's matches in the program when they hold every mentor it allows, else none.
Result<std::vector<HeldMatch>> MatchesIfLimitReached(Tx& tx, const MatchContext& mc,
                                                     const std::string& mentee_id) {
  const domain::Program& program = mc.program;
  RelationshipFilter theirs;
  theirs.person_id = mentee_id;
  ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(program.organisation_id, program.id, theirs));
  const bool peer = program.type == domain::ProgramType::kPeer;
  std::vector<HeldMatch> out;
  if (!domain::MenteeLimitReached(mentee_id, rels, mc.settings.max_mentors_per_mentee, peer))
    return out;
  for (const auto& r : rels) {
    if (!r.UsesCapacity()) continue;
    // Peers: the other person may be on either side.
    const std::string& other = r.mentee_id == mentee_id ? r.mentor_id : r.mentee_id;
    ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(other));
    out.push_back({r.id, other, person.name, r.status});
  }
  return out;
}

}  // namespace

Result<RecommendationPage> RecommendMentors(const Context& ctx, const Caller& caller,
                                            const std::string& org_id,
                                            const std::string& program_id,
                                            const RecommendationFilter& filter,
                                            const PageRequest& page) {
  // The ranking's order as a sort key: score (highest first), name, mentor id.
  auto rank_key = [](const Recommendation& r) {
    return SortKey{-static_cast<std::int64_t>(r.score), r.name, r.mentor_id};
  };
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("recommendations", page));
  const std::optional<SortKey>& after = pager.query().after;
  if (after && (after->size() != 3 || !std::holds_alternative<std::int64_t>((*after)[0]) ||
                !std::holds_alternative<std::string>((*after)[1]) ||
                !std::holds_alternative<std::string>((*after)[2])))
    return FieldInvalid("cursor", "is not a cursor of this list");
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kRecommendations));
  const Millis now = ctx.clock.Now();
  struct Loaded {
    std::shared_ptr<const PreparedProgram> prepared;
    std::vector<domain::MentorRequest> requests;
    std::vector<HeldMatch> matched;  // set only when the mentee's limit is reached
  };
  ASSIGN_OR_RETURN(Loaded l, InReadTx<Loaded>(ctx.store, [&](Tx& tx) -> Result<Loaded> {
                     RETURN_IF_ERROR(RequireActiveMentee(tx, caller, org_id, program_id));
                     Loaded out;
                     ASSIGN_OR_RETURN(out.prepared, PreparedFor(ctx, tx, org_id, program_id));
                     ASSIGN_OR_RETURN(out.requests,
                                      tx.ListRequestsOfMentee(org_id, program_id, caller.person_id));
                     ASSIGN_OR_RETURN(out.matched, MatchesIfLimitReached(
                                                       tx, *out.prepared->mc, caller.person_id));
                     return out;
                   }));
  if (!l.matched.empty()) {
    // Matched: the mentee has what the program allows; recommending more would only invite
    // requests that cannot be accepted (domain/reconcile.h).
    RecommendationPage held;
    held.matched = std::move(l.matched);
    return held;
  }
  const MatchContext& mc = *l.prepared->mc;
  auto me = mc.mentee_index.find(caller.person_id);
  if (me == mc.mentee_index.end()) return FailedPrecondition("You are not an active mentee here.");
  const int i = me->second;
  const std::vector<int>& capacity = l.prepared->remaining_capacity;
  // The filters, lowered once rather than for every mentor.
  const std::string language = ToLower(filter.language), skill = ToLower(filter.skill);
  std::vector<float> dense;
  const float* text = mc.scorer->ScatterText(mc.features.mentees[i], dense);
  const int max_score =
      matching::MaxScoreFor(mc.scorer->weights(), mc.features.corpus.get(), mc.features.mentees[i]);
  std::vector<Recommendation> out;
  for (size_t j = 0; j < mc.mentors.size(); ++j) {
    const Participant& m = mc.mentors[j];
    if (capacity[j] <= 0) continue;
    // The cheap filters before the score.
    bool outside = mc.features.mentees[i].organisation != mc.features.mentors[j].organisation;
    if (filter.outside_only && !outside) continue;
    if (!language.empty() &&
        std::find(m.profile.languages.begin(), m.profile.languages.end(),
                  language) == m.profile.languages.end())
      continue;
    if (!skill.empty() &&
        std::none_of(m.profile.skills_teach.begin(), m.profile.skills_teach.end(),
                     [&](const auto& s) { return ToLower(s.skill) == skill; }))
      continue;
    const int score = mc.PairScore(i, static_cast<int>(j), text);
    if (score < 0) continue;
    Recommendation r;
    r.mentor_id = m.enrollment.person_id;
    r.name = m.name;
    r.headline = m.profile.headline;
    r.score = score;
    r.fit = matching::FitOf(score, max_score);
    r.remaining_capacity = capacity[j];
    r.outside = outside;
    r.requested = std::any_of(l.requests.begin(), l.requests.end(), [&](const auto& q) {
      return q.mentor_id == r.mentor_id && q.EffectiveStatus(now) == RequestStatus::kPending;
    });
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(),
            [&](const auto& a, const auto& b) { return rank_key(a) < rank_key(b); });
  auto first = out.begin();
  if (after)
    first = std::upper_bound(out.begin(), out.end(), *after,
                             [&](const SortKey& k, const Recommendation& r) { return k < rank_key(r); });
  PageRows<Recommendation> rows;
  const auto available = static_cast<size_t>(out.end() - first);
  const size_t take = std::min(available, static_cast<size_t>(pager.query().limit));
  rows.items.assign(std::make_move_iterator(first), std::make_move_iterator(first + take));
  if (available > take) rows.next = rank_key(rows.items.back());
  for (auto& r : rows.items)
    r.explanation = mc.scorer->Explain(mc.features.mentees[i],
                                       mc.features.mentors[mc.mentor_index.at(r.mentor_id)],
                                       mc.features.vocab);
  RecommendationPage out_page;
  static_cast<Page<Recommendation>&>(out_page) = pager.Close(std::move(rows));
  return out_page;
}

}  // namespace tandem::app
