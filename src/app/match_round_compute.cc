#include "app/match_round_compute.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "matching/assignment.h"
#include "matching/general_matching.h"
#include "matching/scoring/candidate_index.h"

namespace tandem::app {

namespace {

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
// The unmatched mentee's reason id and params (domain::kUnmatched*).
std::pair<std::string_view, ReasonParams> UnmatchedReason(const MatchContext& mc, int mentee,
                                                          const std::vector<int>& mentors,
                                                          int candidates, int k, int limit) {
  if (limit <= 0) return {domain::kUnmatchedMenteeLimit, {}};
  if (mentors.empty()) return {domain::kUnmatchedNoMentorsInScope, {}};
  if (candidates >= k) return {domain::kUnmatchedBestMentorsTaken, {{"candidates", candidates}}};
  if (candidates > 0) return {domain::kUnmatchedSuitableMentorsTaken, {{"candidates", candidates}}};
  std::map<std::string, int> causes;
  for (int j : mentors) {
    auto e =
        mc.scorer->Explain(mc.features.mentees[mentee], mc.features.mentors[j], mc.features.vocab);
    ++causes[e.feasible ? "excluded_or_matched" : matching::InfeasibilityId(e.infeasibility)];
  }
  auto top = std::max_element(causes.begin(), causes.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
  return {domain::kUnmatchedNoSuitableMentor,
          {{"cause", top->first},
           {"count", top->second},
           {"mentors", static_cast<long long>(mentors.size())}}};
}

// Peer programs pair people within one pool (everyone active in the program, in scope):
// a pair's weight is the mean of the two directional scores, both of which must be feasible;
// a maximum-weight matching on the general graph decides the pairs. Minors may pair with
// minors; an adult pairs with a protected peer only when the adult's screening and training
// are done (in a youth program everyone is protected).
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
  MatchFeatures f = BuildMatchFeatures(round.organisation_id, pool, pool, mc.settings, mc.now);
  f.corpus->MarkUninformative(mc.organisation_name);
  // Safeguarding both ways (domain::MayReach for peers): a protected peer is reached only by a
  // minor or by a screened and trained adult.
  for (size_t i = 0; i < pool.size(); ++i) {
    const domain::SafeguardingFacts facts = mc.FactsOf(pool[i].enrollment.person_id);
    f.mentees[i].is_minor = domain::IsProtected(mc.program, facts);
    f.mentors[i].youth_cleared = facts.Cleared() || facts.IsMinor();
  }
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
                             std::move(e.reasons), true, e.shown_score});
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
                             std::move(x.reasons), false, x.shown_score});
    out.total += e.weight;
    taken[e.u] = taken[e.v] = true;
  }
  out.matched = 0;
  for (int i = 0; i < n; ++i) {
    if (taken[i]) {
      ++out.matched;
      continue;
    }
    domain::Unmatched u{round.id, round.organisation_id, pool[i].enrollment.person_id,
                        std::string(domain::kUnmatchedNoSuitablePeer), {}};
    if (feasible[i] > 0) {
      u.reason_id = domain::kUnmatchedPeersTaken;
      u.params = {{"candidates", feasible[i]}};
    }
    out.unmatched.push_back(std::move(u));
  }
  return out;
}

}  // namespace

Result<Computed> ComputeRound(const MatchContext& mc, const domain::MatchRound& round, int k,
                              const std::vector<std::pair<std::string, std::string>>& locked_ids) {
  if (mc.program.type == domain::ProgramType::kPeer) return ComputePeer(mc, round, k, locked_ids);
  auto in_scope = [](const std::vector<std::string>& scope, const std::string& id) {
    return scope.empty() || std::find(scope.begin(), scope.end(), id) != scope.end();
  };
  std::vector<int> mentees, mentors;
  for (size_t i = 0; i < mc.mentees.size(); ++i)
    if (in_scope(round.mentee_scope, mc.mentees[i].enrollment.person_id))
      mentees.push_back(static_cast<int>(i));
  // A mentor the coordinator placed by hand (a locked pair) stays in the round even when the
  // round's scope does not name them, so a re-run keeps the pair.
  auto locked_mentor = [&](const std::string& id) {
    return std::any_of(locked_ids.begin(), locked_ids.end(),
                       [&](const auto& l) { return l.second == id; });
  };
  for (size_t j = 0; j < mc.mentors.size(); ++j)
    if (in_scope(round.mentor_scope, mc.mentors[j].enrollment.person_id) ||
        locked_mentor(mc.mentors[j].enrollment.person_id))
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
                             mc.mentors[j].enrollment.person_id, p.score, std::move(e.reasons),
                             p.locked, e.shown_score});
  }
  for (size_t a = 0; a < mentees.size(); ++a) {
    if (matched[a]) continue;
    int i = mentees[a];
    auto [reason_id, params] =
        UnmatchedReason(mc, i, mentors, static_cast<int>(cand.per_mentee[a].size()), k,
                        constraints.mentee_limit[a]);
    out.unmatched.push_back({round.id, round.organisation_id, mc.mentees[i].enrollment.person_id,
                             std::string(reason_id), std::move(params)});
  }
  out.total = chosen.total_score;
  out.matched = chosen.num_mentees_matched;
  return out;
}

}  // namespace tandem::app
