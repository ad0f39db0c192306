#include "app/match_rounds.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "app/match_context.h"
#include "base/ids.h"
#include "matching/assignment.h"
#include "matching/general_matching.h"
#include "matching/scoring/candidate_index.h"

namespace tandem::app {

using domain::Action;

namespace {

struct Computed {
  std::vector<domain::Proposal> proposals;
  std::vector<domain::Unmatched> unmatched;
  int64_t total = 0;
  int matched = 0;
  int64_t priority_cost = 0;
};

struct Candidates {
  std::vector<std::vector<std::pair<int, int>>> per_mentee;  // (score, local mentor), best first
  matching::CandidateIndex::Stats stats;
};

// Each mentee's top K in-scope mentors (score desc, mentor asc), found through the candidate
// index so that not every pair is scored: exactly the lists a full scan would keep, except on
// very large pools (see kExactPairLimit). Two threads over mentees; the result does not depend
// on the split.
Candidates Generate(const MatchContext& mc, const std::vector<int>& mentees,
                    const std::vector<int>& mentors, int k) {
  Candidates c;
  c.per_mentee.resize(mentees.size());
  std::vector<const matching::MentorFeatures*> in_scope;
  for (int j : mentors) in_scope.push_back(&mc.features.mentors[j]);
  // Exact lists up to kExactPairLimit in-scope pairs (about 10 s of scoring on two cores);
  // beyond, each feature contributes only its 10k strongest mentors, so the cost per mentee stops
  // growing with the pool (docs/matching.md, "Candidate generation").
  constexpr int64_t kExactPairLimit = 200'000'000;
  matching::CandidateIndex::Options options;
  if (static_cast<int64_t>(mentees.size()) * static_cast<int64_t>(mentors.size()) > kExactPairLimit)
    options.max_postings = 10 * static_cast<int64_t>(k);
  const matching::CandidateIndex index(*mc.scorer, std::move(in_scope), options);
  std::mutex stats_mutex;
  auto work = [&](size_t begin, size_t end) {
    matching::CandidateIndex::Workspace ws(index);
    matching::CandidateIndex::Stats stats;
    std::vector<std::pair<int32_t, int32_t>> top;
    std::vector<float> dense;  // the mentee's text vector by term id
    for (size_t a = begin; a < end; ++a) {
      const int i = mentees[a];
      const auto& mentee = mc.features.mentees[i];
      const float* text = mc.scorer->ScatterText(mentee, dense);
      index.TopK(
          mentee, k, [&](int32_t b) { return mc.PairScore(i, mentors[b], text); }, ws, top, &stats);
      mc.scorer->ClearText(mentee, dense);
      c.per_mentee[a].assign(top.begin(), top.end());
    }
    std::lock_guard<std::mutex> lock(stats_mutex);
    c.stats.touched += stats.touched;
    c.stats.scored += stats.scored;
  };
  size_t n = mentees.size();
  unsigned threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  if (n < 256) threads = 1;
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(work, n * t / threads, n * (t + 1) / threads);
  work(0, n / threads);
  for (auto& th : pool) th.join();
  return c;
}

// `candidates` is the mentee's candidate count: every feasible mentor when below k, else at
// least k of them.
std::string UnmatchedReason(const MatchContext& mc, int mentee, const std::vector<int>& mentors,
                            int candidates, int k, int limit) {
  if (limit <= 0) return "already has as many mentors as this program allows";
  if (mentors.empty()) return "no mentors are in scope for this round";
  if (candidates >= k)
    return "each of the " + std::to_string(candidates) +
           " best-suited mentors is at capacity or better matched with another mentee";
  if (candidates > 0)
    return "every suitable mentor (" + std::to_string(candidates) +
           ") is at capacity or better matched with another mentee";
  std::map<std::string, int> reasons;
  for (int j : mentors) {
    auto e =
        mc.scorer->Explain(mc.features.mentees[mentee], mc.features.mentors[j], mc.features.vocab);
    std::string r =
        e.feasible ? "excluded by a coordinator or already matched" : e.infeasible_reason;
    ++reasons[r];
  }
  auto top = std::max_element(reasons.begin(), reasons.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  return "no suitable mentor: " + top->first + " (" + std::to_string(top->second) + " of " +
         std::to_string(mentors.size()) + " mentors)";
}

// Peer programs pair people within one pool (everyone active in the program, in scope):
// a pair's weight is the mean of the two directional scores, both of which must be feasible;
// a maximum-weight matching on the general graph decides the pairs. Minors may pair with
// minors; an adult pairs with a minor only when the adult's screening and training are done.
Result<Computed> ComputePeer(const MatchContext& mc, const domain::MatchRound& round, int k,
                             const std::vector<std::pair<std::string, std::string>>& locked_ids) {
  auto in_scope = [](const std::vector<std::string>& scope, const std::string& id) {
    return scope.empty() || std::find(scope.begin(), scope.end(), id) != scope.end();
  };
  std::set<std::string> busy;  // already in a proposed or active relationship
  for (const auto& r : mc.relationships) busy.insert(r.mentee_id), busy.insert(r.mentor_id);
  std::vector<Participant> pool;
  std::set<std::string> seen;
  auto add = [&](const Participant& p, const std::vector<std::string>& scope) {
    const std::string& id = p.enrollment.person_id;
    if (!in_scope(scope, id) || busy.count(id) || !seen.insert(id).second) return;
    pool.push_back(p);
  };
  for (const auto& p : mc.mentees) add(p, round.mentee_scope);
  for (const auto& p : mc.mentors) add(p, round.mentor_scope);
  MatchFeatures f = BuildMatchFeatures(round.organisation_id, pool, pool, mc.settings);
  for (size_t i = 0; i < pool.size(); ++i)
    if (pool[i].profile.minor.is_minor) f.mentors[i].youth_cleared = true;
  matching::Scorer scorer(mc.scorer->weights(), f.corpus.get());
  const int n = static_cast<int>(pool.size());
  std::map<std::string, int> index;
  for (int i = 0; i < n; ++i) index[pool[i].enrollment.person_id] = i;

  // Locked pairs are kept; their people leave the pool.
  Computed out;
  std::vector<bool> taken(n, false);
  for (const auto& [a_id, b_id] : locked_ids) {
    auto a = index.find(a_id), b = index.find(b_id);
    if (a == index.end() || b == index.end() || taken[a->second] || taken[b->second]) continue;
    int ab = scorer.Score(f.mentees[a->second], f.mentors[b->second]);
    int ba = scorer.Score(f.mentees[b->second], f.mentors[a->second]);
    if (ab < 0 || ba < 0) continue;
    taken[a->second] = taken[b->second] = true;
    auto e = ExplainPair(scorer, f, a->second, b->second);
    out.proposals.push_back({round.id, round.organisation_id, a_id, b_id, (ab + ba) / 2,
                             std::move(e.mentee), std::move(e.mentor), true});
    out.total += (ab + ba) / 2;
  }
  std::vector<matching::GeneralEdge> edges;
  std::vector<int> feasible(n, 0);
  for (int a = 0; a < n; ++a) {
    if (taken[a]) continue;
    std::vector<std::pair<int, int>> best;  // (weight, b)
    for (int b = 0; b < n; ++b) {
      if (b == a || taken[b]) continue;
      uint64_t key_ab = 0;
      auto ia = mc.mentee_index.find(pool[a].enrollment.person_id);
      auto jb = mc.mentor_index.find(pool[b].enrollment.person_id);
      if (ia != mc.mentee_index.end() && jb != mc.mentor_index.end()) {
        key_ab = (static_cast<uint64_t>(ia->second) << 32) | static_cast<uint32_t>(jb->second);
        if (mc.blocked.count(key_ab)) continue;
      }
      if (mc.excluded.count({pool[a].enrollment.person_id, pool[b].enrollment.person_id}) ||
          mc.excluded.count({pool[b].enrollment.person_id, pool[a].enrollment.person_id}))
        continue;
      int ab = scorer.Score(f.mentees[a], f.mentors[b]);
      if (ab < 0) continue;
      int ba = scorer.Score(f.mentees[b], f.mentors[a]);
      if (ba < 0) continue;
      ++feasible[a];
      best.push_back({(ab + ba) / 2, b});
    }
    auto better = [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    };
    if (static_cast<int>(best.size()) > k) {
      std::nth_element(best.begin(), best.begin() + k, best.end(), better);
      best.resize(k);
    }
    for (const auto& [w, b] : best) edges.push_back({a, b, w});
  }
  auto objective = round.objective == domain::Objective::kCoverage
                       ? matching::GeneralMatchingObjective::kMaxCardinalityThenWeight
                       : matching::GeneralMatchingObjective::kMaxWeight;
  ASSIGN_OR_RETURN(matching::GeneralMatching m,
                   matching::SolveGeneralMatching(n, edges, objective));
  for (const auto& e : m.pairs) {
    auto x = ExplainPair(scorer, f, e.u, e.v);
    out.proposals.push_back({round.id, round.organisation_id, pool[e.u].enrollment.person_id,
                             pool[e.v].enrollment.person_id, static_cast<int>(e.weight),
                             std::move(x.mentee), std::move(x.mentor), false});
    out.total += e.weight;
    taken[e.u] = taken[e.v] = true;
  }
  out.matched = 0;
  for (int i = 0; i < n; ++i) {
    if (taken[i]) {
      ++out.matched;
      continue;
    }
    out.unmatched.push_back(
        {round.id, round.organisation_id, pool[i].enrollment.person_id,
         feasible[i] == 0 ? "no suitable peer in this program (language, screening or exclusions)"
                          : "every suitable peer (" + std::to_string(feasible[i]) +
                                ") was better paired with someone else"});
  }
  return out;
}

Result<Computed> Compute(const MatchContext& mc, const domain::MatchRound& round, int k,
                         const std::vector<std::pair<std::string, std::string>>& locked_ids) {
  if (mc.program.type == domain::ProgramType::kPeer) return ComputePeer(mc, round, k, locked_ids);
  auto in_scope = [](const std::vector<std::string>& scope, const std::string& id) {
    return scope.empty() || std::find(scope.begin(), scope.end(), id) != scope.end();
  };
  std::vector<int> mentees, mentors;
  for (size_t i = 0; i < mc.mentees.size(); ++i)
    if (in_scope(round.mentee_scope, mc.mentees[i].enrollment.person_id))
      mentees.push_back(static_cast<int>(i));
  for (size_t j = 0; j < mc.mentors.size(); ++j)
    if (in_scope(round.mentor_scope, mc.mentors[j].enrollment.person_id))
      mentors.push_back(static_cast<int>(j));

  Candidates cand = Generate(mc, mentees, mentors, k);
  std::vector<int> local_mentee(mc.mentees.size(), -1), local_mentor(mc.mentors.size(), -1);
  for (size_t a = 0; a < mentees.size(); ++a) local_mentee[mentees[a]] = static_cast<int>(a);
  for (size_t b = 0; b < mentors.size(); ++b) local_mentor[mentors[b]] = static_cast<int>(b);

  // Locked pairs stay when they still satisfy every hard constraint.
  matching::AssignmentConstraints constraints;
  for (const auto& [mentee_id, mentor_id] : locked_ids) {
    auto i = mc.mentee_index.find(mentee_id);
    auto j = mc.mentor_index.find(mentor_id);
    if (i == mc.mentee_index.end() || j == mc.mentor_index.end()) continue;
    int a = local_mentee[i->second], b = local_mentor[j->second];
    if (a < 0 || b < 0) continue;
    int s = mc.PairScore(i->second, j->second);
    if (s < 0) continue;
    auto& list = cand.per_mentee[a];
    if (std::none_of(list.begin(), list.end(), [&](const auto& e) { return e.second == b; }))
      list.push_back({s, b});
    constraints.locked.push_back({a, b});
  }

  std::vector<matching::WeightedPair> edges;
  for (size_t a = 0; a < mentees.size(); ++a)
    for (const auto& [s, b] : cand.per_mentee[a])
      edges.push_back({static_cast<int32_t>(a), static_cast<int32_t>(b), s});
  ASSIGN_OR_RETURN(matching::BipartiteGraph graph,
                   matching::BuildBipartiteGraph(static_cast<int32_t>(mentees.size()),
                                                 static_cast<int32_t>(mentors.size()), edges));
  std::vector<int> cap_all = mc.RemainingCapacity(), limit_all = mc.RemainingMenteeLimit();
  for (int j : mentors) constraints.mentor_capacity.push_back(cap_all[j]);
  for (int i : mentees) constraints.mentee_limit.push_back(limit_all[i]);
  // A lock the capacities can no longer hold is dropped rather than failing the round.
  {
    std::vector<int> used_cap(mentors.size(), 0), used_lim(mentees.size(), 0);
    std::vector<matching::PairRef> kept;
    for (const auto& p : constraints.locked)
      if (used_cap[p.mentor] < constraints.mentor_capacity[p.mentor] &&
          used_lim[p.mentee] < constraints.mentee_limit[p.mentee]) {
        ++used_cap[p.mentor];
        ++used_lim[p.mentee];
        kept.push_back(p);
      }
    constraints.locked = std::move(kept);
  }

  auto objective = round.objective == domain::Objective::kCoverage
                       ? matching::AssignmentObjective::kMaxMatchedThenScore
                       : matching::AssignmentObjective::kMaxScore;
  ASSIGN_OR_RETURN(matching::Assignment plain,
                   matching::SolveAssignment(graph, constraints, objective));
  matching::Assignment chosen = plain;
  Computed out;
  bool has_priority = false;
  std::vector<int32_t> tiers;
  for (int i : mentees) {
    tiers.push_back(mc.features.mentee_tier[i]);
    has_priority |= mc.features.mentee_tier[i] == 0;
  }
  if (has_priority) {
    ASSIGN_OR_RETURN(chosen, matching::SolveTieredAssignment(graph, constraints, tiers));
    out.priority_cost = std::max<int64_t>(0, plain.total_score - chosen.total_score);
  }

  std::vector<bool> matched(mentees.size(), false);
  for (const auto& p : chosen.pairs) {
    int i = mentees[p.mentee], j = mentors[p.mentor];
    matched[p.mentee] = true;
    auto e = ExplainPair(*mc.scorer, mc.features, i, j);
    out.proposals.push_back({round.id, round.organisation_id, mc.mentees[i].enrollment.person_id,
                             mc.mentors[j].enrollment.person_id, p.score, std::move(e.mentee),
                             std::move(e.mentor), p.locked});
  }
  for (size_t a = 0; a < mentees.size(); ++a) {
    if (matched[a]) continue;
    int i = mentees[a];
    out.unmatched.push_back(
        {round.id, round.organisation_id, mc.mentees[i].enrollment.person_id,
         UnmatchedReason(mc, i, mentors, static_cast<int>(cand.per_mentee[a].size()), k,
                         constraints.mentee_limit[a])});
  }
  out.total = chosen.total_score;
  out.matched = chosen.num_mentees_matched;
  return out;
}

Result<RoundView> LoadView(Tx& tx, const std::string& org_id, const std::string& round_id) {
  RoundView v;
  ASSIGN_OR_RETURN(v.round, tx.GetRound(org_id, round_id));
  ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
  ASSIGN_OR_RETURN(auto unmatched, tx.ListUnmatched(org_id, round_id));
  std::map<std::string, std::string> names;
  auto name_of = [&](const std::string& id) -> Result<std::string> {
    auto it = names.find(id);
    if (it != names.end()) return it->second;
    ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(id));
    names[id] = p.name;
    return p.name;
  };
  for (auto& p : proposals) {
    ASSIGN_OR_RETURN(std::string mentee, name_of(p.mentee_id));
    ASSIGN_OR_RETURN(std::string mentor, name_of(p.mentor_id));
    v.proposals.push_back({std::move(p), mentee, mentor});
  }
  for (auto& u : unmatched) {
    ASSIGN_OR_RETURN(std::string mentee, name_of(u.mentee_id));
    v.unmatched.push_back({std::move(u), mentee});
  }
  auto by_name = [](const auto& a, const auto& b) { return a.mentee_name < b.mentee_name; };
  std::stable_sort(v.proposals.begin(), v.proposals.end(), by_name);
  std::stable_sort(v.unmatched.begin(), v.unmatched.end(), by_name);
  return v;
}

Status StoreComputed(Tx& tx, domain::MatchRound& round, const Computed& c, bool insert) {
  round.total_score = static_cast<int>(c.total);
  round.matched = c.matched;
  round.unmatched = static_cast<int>(c.unmatched.size());
  round.priority_cost = static_cast<int>(c.priority_cost);
  RETURN_IF_ERROR(insert ? tx.InsertRound(round) : tx.UpdateRound(round));
  RETURN_IF_ERROR(tx.ReplaceProposals(round.organisation_id, round.id, c.proposals));
  return tx.ReplaceUnmatched(round.organisation_id, round.id, c.unmatched);
}

// The round's lock (Tx::LockRound); NotFound in the use cases' words.
Status LockRoundOrNotFound(Tx& tx, const std::string& org_id, const std::string& round_id) {
  Status locked = tx.LockRound(org_id, round_id);
  if (locked.code() == StatusCode::kNotFound) return NotFound("No such match round.");
  return locked;
}

Status RequireDraft(const domain::MatchRound& r) {
  if (r.status != domain::RoundStatus::kDraft)
    return FailedPrecondition("This match round is " +
                              std::string(domain::RoundStatusName(r.status)) +
                              "; only draft rounds can change.");
  return Status::Ok();
}

// A round with its proposals and its program's context, read in one snapshot.
struct LoadedRound {
  domain::MatchRound round;
  std::vector<domain::Proposal> proposals;
  std::unique_ptr<MatchContext> mc;
};

// Loads the round, its proposals and its program context (one read transaction) after
// authorising the caller.
Result<LoadedRound> LoadRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                              const std::string& round_id) {
  return InReadTx<LoadedRound>(ctx.store, [&](Tx& tx) -> Result<LoadedRound> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    LoadedRound out;
    ASSIGN_OR_RETURN(out.proposals, tx.ListProposals(org_id, round_id));
    ASSIGN_OR_RETURN(out.mc, LoadMatchContext(tx, org_id, round->program_id));
    out.round = std::move(round).value();
    return out;
  });
}

}  // namespace

Result<RoundView> RunMatchRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& program_id, const RoundRequest& request) {
  if (request.candidates_per_mentee < 1 || request.candidates_per_mentee > 1000)
    return FieldInvalid("candidates_per_mentee", "must be between 1 and 1000");
  ASSIGN_OR_RETURN(
      auto mc,
      InReadTx<std::unique_ptr<MatchContext>>(
          ctx.store, [&](Tx& tx) -> Result<std::unique_ptr<MatchContext>> {
            RETURN_IF_ERROR(
                Authorized(tx, caller, org_id, Action::kManageMatching, "program").status());
            auto mc = LoadMatchContext(tx, org_id, program_id);
            if (!mc.ok() && mc.status().code() == StatusCode::kNotFound)
              return NotFound("No such program.");
            return mc;
          }));
  for (const auto& id : request.mentee_scope)
    if (!mc->mentee_index.count(id))
      return FieldInvalid("mentee_ids", "names someone who is not an active mentee: " + id);
  for (const auto& id : request.mentor_scope)
    if (!mc->mentor_index.count(id))
      return FieldInvalid("mentor_ids", "names someone who is not an active mentor: " + id);

  domain::MatchRound round;
  round.id = NewId();
  round.organisation_id = org_id;
  round.program_id = program_id;
  round.objective = request.objective;
  round.mentee_scope = request.mentee_scope;
  round.mentor_scope = request.mentor_scope;
  round.candidates_per_mentee = request.candidates_per_mentee;
  round.created_by = caller.person_id;
  round.created_at = ctx.clock.Now();
  ASSIGN_OR_RETURN(Computed c, Compute(*mc, round, round.candidates_per_mentee, {}));
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(StoreComputed(tx, round, c, true));
    return LoadView(tx, org_id, round.id);
  });
}

Result<RoundView> GetMatchRound(const Context& ctx, const Caller& caller, const std::string& org_id,
                                const std::string& round_id) {
  return InReadTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto v = LoadView(tx, org_id, round_id);
    if (!v.ok() && v.status().code() == StatusCode::kNotFound)
      return NotFound("No such match round.");
    return v;
  });
}

Result<std::vector<domain::MatchRound>> ListMatchRounds(const Context& ctx, const Caller& caller,
                                                        const std::string& org_id,
                                                        const std::string& program_id) {
  using Out = std::vector<domain::MatchRound>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kManageMatching, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    return tx.ListRounds(org_id, program_id);
  });
}

namespace {

// Applies fn to the round's proposals in one write transaction, then returns the view.
Result<RoundView> EditProposals(
    const Context& ctx, const Caller& caller, const std::string& org_id,
    const std::string& round_id,
    const std::function<Status(Tx&, domain::MatchRound&, std::vector<domain::Proposal>&)>& fn) {
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    // Under the round's lock: an edit, a re-run and a publish of one round take turns.
    RETURN_IF_ERROR(LockRoundOrNotFound(tx, org_id, round_id));
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    RETURN_IF_ERROR(RequireDraft(*round));
    ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
    RETURN_IF_ERROR(fn(tx, *round, proposals));
    int64_t total = 0;
    for (const auto& p : proposals) total += p.score;
    round->total_score = static_cast<int>(total);
    RETURN_IF_ERROR(tx.UpdateRound(*round));
    RETURN_IF_ERROR(tx.ReplaceProposals(org_id, round_id, proposals));
    return LoadView(tx, org_id, round_id);
  });
}

// Same pairs with the same locks (both lists come from ListProposals, so in one order).
bool SameProposals(const std::vector<domain::Proposal>& a, const std::vector<domain::Proposal>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.mentee_id == y.mentee_id && x.mentor_id == y.mentor_id && x.locked == y.locked;
  });
}

std::vector<domain::Proposal>::iterator FindProposal(std::vector<domain::Proposal>& ps,
                                                     const std::string& mentee,
                                                     const std::string& mentor) {
  return std::find_if(ps.begin(), ps.end(), [&](const domain::Proposal& p) {
    return p.mentee_id == mentee && p.mentor_id == mentor;
  });
}

}  // namespace

Result<RoundView> SetProposalLock(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id,
                                  const std::string& mentee_id, const std::string& mentor_id,
                                  bool locked) {
  return EditProposals(ctx, caller, org_id, round_id,
                       [&](Tx&, domain::MatchRound&, std::vector<domain::Proposal>& ps) -> Status {
                         auto it = FindProposal(ps, mentee_id, mentor_id);
                         if (it == ps.end()) return NotFound("No such proposal in this round.");
                         it->locked = locked;
                         return Status::Ok();
                       });
}

Result<RoundView> RemoveProposal(const Context& ctx, const Caller& caller,
                                 const std::string& org_id, const std::string& round_id,
                                 const std::string& mentee_id, const std::string& mentor_id) {
  const Millis now = ctx.clock.Now();
  return EditProposals(
      ctx, caller, org_id, round_id,
      [&](Tx& tx, domain::MatchRound& round, std::vector<domain::Proposal>& ps) -> Status {
        auto it = FindProposal(ps, mentee_id, mentor_id);
        if (it == ps.end()) return NotFound("No such proposal in this round.");
        ps.erase(it);
        Status st = tx.InsertExclusion(
            {org_id, round.program_id, mentee_id, mentor_id, "Removed from a match round", now});
        if (!st.ok() && st.code() != StatusCode::kAlreadyExists) return st;
        ASSIGN_OR_RETURN(auto unmatched, tx.ListUnmatched(org_id, round_id));
        bool still_matched = std::any_of(ps.begin(), ps.end(), [&](const domain::Proposal& p) {
          return p.mentee_id == mentee_id;
        });
        if (!still_matched) {
          unmatched.push_back({round_id, org_id, mentee_id, "removed by a coordinator"});
          round.matched = std::max(0, round.matched - 1);
          round.unmatched = static_cast<int>(unmatched.size());
          RETURN_IF_ERROR(tx.ReplaceUnmatched(org_id, round_id, unmatched));
        }
        return Status::Ok();
      });
}

Result<RoundView> SwapProposal(const Context& ctx, const Caller& caller, const std::string& org_id,
                               const std::string& round_id, const std::string& mentee_id,
                               const std::string& from_mentor_id, const std::string& to_mentor_id) {
  ASSIGN_OR_RETURN(LoadedRound loaded, LoadRound(ctx, caller, org_id, round_id));
  const MatchContext& mc = *loaded.mc;
  auto i = mc.mentee_index.find(mentee_id);
  auto j = mc.mentor_index.find(to_mentor_id);
  if (i == mc.mentee_index.end()) return NotFound("No such mentee in this program.");
  if (j == mc.mentor_index.end())
    return FieldInvalid("to_mentor_id", "is not an active mentor of this program");
  int score = mc.PairScore(i->second, j->second);
  auto explanation = mc.scorer->Explain(mc.features.mentees[i->second],
                                        mc.features.mentors[j->second], mc.features.vocab);
  if (score < 0)
    return FailedPrecondition("That pair breaks a hard constraint: " +
                              (explanation.feasible ? std::string("excluded or already matched")
                                                    : explanation.infeasible_reason) +
                              ".");
  // A new pair: the mentor's wording is redone with the mentee's, so publishing copies both.
  const std::string mentor_text =
      mc.scorer
          ->Explain(mc.features.mentees[i->second], mc.features.mentors[j->second],
                    mc.features.vocab, matching::Perspective::kMentor)
          .Text();
  const int capacity = mc.RemainingCapacity()[j->second];
  return EditProposals(
      ctx, caller, org_id, round_id,
      [&](Tx&, domain::MatchRound&, std::vector<domain::Proposal>& ps) -> Status {
        auto it = FindProposal(ps, mentee_id, from_mentor_id);
        if (it == ps.end()) return NotFound("No such proposal in this round.");
        if (FindProposal(ps, mentee_id, to_mentor_id) != ps.end())
          return AlreadyExists("That pair is already proposed.");
        int used = static_cast<int>(std::count_if(
            ps.begin(), ps.end(), [&](const auto& p) { return p.mentor_id == to_mentor_id; }));
        if (used >= capacity)
          return FailedPrecondition("That mentor has no room left in this round (capacity " +
                                    std::to_string(capacity) + ").");
        it->mentor_id = to_mentor_id;
        it->score = score;
        it->explanation = explanation.Text();
        it->mentor_explanation = mentor_text;
        it->locked = true;
        return Status::Ok();
      });
}

Result<RoundView> RerunMatchRound(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& round_id) {
  // Round, proposals and context come from one snapshot, so the proposals compared below are
  // the ones the solve started from.
  ASSIGN_OR_RETURN(LoadedRound loaded, LoadRound(ctx, caller, org_id, round_id));
  domain::MatchRound& round = loaded.round;
  RETURN_IF_ERROR(RequireDraft(round));
  std::vector<std::pair<std::string, std::string>> locked;
  for (const auto& p : loaded.proposals)
    if (p.locked) locked.push_back({p.mentee_id, p.mentor_id});
  ASSIGN_OR_RETURN(Computed c, Compute(*loaded.mc, round, round.candidates_per_mentee, locked));
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    // The result replaces the proposals only if nobody published or edited the round while it
    // was being computed (outside any transaction); otherwise the edit would be lost.
    RETURN_IF_ERROR(LockRoundOrNotFound(tx, org_id, round_id));
    ASSIGN_OR_RETURN(domain::MatchRound fresh, tx.GetRound(org_id, round_id));
    RETURN_IF_ERROR(RequireDraft(fresh));
    ASSIGN_OR_RETURN(auto now_proposals, tx.ListProposals(org_id, round_id));
    if (!SameProposals(now_proposals, loaded.proposals))
      return FailedPrecondition(
          "This match round was edited while it was being re-run; re-run it again.");
    RETURN_IF_ERROR(StoreComputed(tx, round, c, false));
    return LoadView(tx, org_id, round_id);
  });
}

Result<RoundView> PublishMatchRound(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& round_id) {
  const Millis now = ctx.clock.Now();
  return InTx<RoundView>(ctx.store, [&](Tx& tx) -> Result<RoundView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    // Lock order: the round (so it cannot be re-run, edited or published meanwhile), then
    // everyone it proposes, in one call (ascending id). Every count below is read after that,
    // so it includes whatever a concurrent acceptance or publish committed for these people.
    RETURN_IF_ERROR(LockRoundOrNotFound(tx, org_id, round_id));
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    RETURN_IF_ERROR(RequireDraft(*round));
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, round->program_id));
    ASSIGN_OR_RETURN(domain::MatchingSettings settings, SettingsOrDefaults(tx, program));
    ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round_id));
    {
      std::vector<std::string> people;
      for (const auto& p : proposals) {
        people.push_back(p.mentee_id);
        people.push_back(p.mentor_id);
      }
      Status locked = tx.LockParticipants(org_id, program.id, std::move(people));
      if (locked.code() == StatusCode::kNotFound)
        return FailedPrecondition(
            "Someone in this round is no longer in the program; re-run the round before "
            "publishing.");
      RETURN_IF_ERROR(locked);
    }
    ASSIGN_OR_RETURN(auto mentors,
                     tx.ListParticipants(org_id, program.id, domain::ProgramRole::kMentor));
    std::map<std::string, int> capacity;
    for (const auto& m : mentors) capacity[m.enrollment.person_id] = MentorCapacity(m, program);
    std::map<std::string, int> used;
    // Who already holds a proposed or active relationship in this program: one query, not
    // one per proposal.
    std::map<std::string, int> mentee_has;  // as mentee
    std::set<std::string> paired;           // on either side
    {
      ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, {}));
      for (const auto& r : rels) {
        if (!r.UsesCapacity()) continue;
        ++mentee_has[r.mentee_id];
        paired.insert(r.mentee_id);
        paired.insert(r.mentor_id);
      }
    }
    const bool peer = program.type == domain::ProgramType::kPeer;
    for (const auto& p : proposals) {
      if (peer) {
        // Peers: each person in at most one proposed or active pair, on either side.
        for (const std::string& who : {p.mentee_id, p.mentor_id}) {
          if (!paired.insert(who).second) {
            ASSIGN_OR_RETURN(domain::Person person, tx.GetPerson(who));
            return FailedPrecondition(person.name +
                                      " has been paired since this round ran; re-run the round "
                                      "before publishing.");
          }
        }
      }
      if (!peer && ++mentee_has[p.mentee_id] > settings.max_mentors_per_mentee) {
        ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(p.mentee_id));
        return FailedPrecondition(mentee.name +
                                  " has been matched since this round ran; re-run the round "
                                  "before publishing.");
      }
      if (!peer && !used.count(p.mentor_id)) {
        ASSIGN_OR_RETURN(used[p.mentor_id], tx.CountCapacityUse(org_id, program.id, p.mentor_id));
      }
      if (!peer && ++used[p.mentor_id] > capacity[p.mentor_id]) {
        ASSIGN_OR_RETURN(domain::Person mentor, tx.GetPerson(p.mentor_id));
        return FailedPrecondition(mentor.name +
                                  " no longer has room for all proposed mentees; re-run the "
                                  "round before publishing.");
      }
      domain::Relationship r;
      r.id = NewId();
      r.organisation_id = org_id;
      r.program_id = program.id;
      r.mentee_id = p.mentee_id;
      r.mentor_id = p.mentor_id;
      r.status = settings.require_acceptance ? domain::RelationshipStatus::kProposed
                                             : domain::RelationshipStatus::kActive;
      r.source = domain::RelationshipSource::kMatchRound;
      r.score = p.score;
      r.explanation = p.explanation;
      r.mentor_explanation = p.mentor_explanation;
      r.created_at = r.updated_at = now;
      Status st = tx.InsertRelationship(r);
      if (st.code() == StatusCode::kAlreadyExists)
        return FailedPrecondition("A proposed pair is already matched; re-run the round.");
      RETURN_IF_ERROR(st);
      ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(p.mentee_id));
      ASSIGN_OR_RETURN(domain::Person mentor, tx.GetPerson(p.mentor_id));
      std::string verb = settings.require_acceptance ? "proposed" : "matched";
      RETURN_IF_ERROR(tx.InsertNotification(
          {NewId(), p.mentee_id, org_id, "match_" + verb,
           "You have been " + verb + " with " + mentor.name +
               (peer ? " as your peer in " : " as your mentor in ") + program.name + ".",
           "/relationships/" + r.id, now, 0}));
      RETURN_IF_ERROR(tx.InsertNotification(
          {NewId(), p.mentor_id, org_id, "match_" + verb,
           "You have been " + verb + " with " + mentee.name +
               (peer ? " as your peer in " : " as your mentee in ") + program.name + ".",
           "/relationships/" + r.id, now, 0}));
    }
    round->status = domain::RoundStatus::kPublished;
    round->published_at = now;
    RETURN_IF_ERROR(tx.UpdateRound(*round));
    return LoadView(tx, org_id, round_id);
  });
}

}  // namespace tandem::app
