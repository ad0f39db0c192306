#include "app/unmatched_groups.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/match_context.h"
#include "app/request_budget.h"
#include "base/strings.h"

namespace tandem::app {

using domain::Action;

namespace {

struct GroupsInput {
  domain::MatchRound round;
  std::vector<domain::Proposal> proposals;
  std::vector<domain::Unmatched> unmatched;
  std::map<std::string, std::string> names;  // the unmatched mentees'
  std::unique_ptr<MatchContext> mc;
};

Result<GroupsInput> LoadGroupsInput(const Context& ctx, const Caller& caller, const std::string& org_id,
                    const std::string& round_id) {
  return InReadTx<GroupsInput>(ctx.store, [&](Tx& tx) -> Result<GroupsInput> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, Action::kManageMatching, "match round").status());
    auto round = tx.GetRound(org_id, round_id);
    if (!round.ok()) return NotFound("No such match round.");
    GroupsInput out;
    ASSIGN_OR_RETURN(out.proposals, tx.ListProposals(org_id, round_id));
    ASSIGN_OR_RETURN(out.unmatched, tx.ListUnmatched(org_id, round_id));
    for (const auto& u : out.unmatched) {
      if (out.names.count(u.mentee_id)) continue;
      ASSIGN_OR_RETURN(domain::Person p, tx.GetPerson(u.mentee_id));
      out.names[u.mentee_id] = p.name;
    }
    ASSIGN_OR_RETURN(out.mc, LoadMatchContext(tx, org_id, round->program_id, ctx.clock.Now()));
    out.round = std::move(round).value();
    return out;
  });
}

// The highest level each skill (lower-cased) is taught at by a mentor of the round's scope with
// room left.
std::map<std::string, int> TaughtWithRoom(const GroupsInput& l) {
  const MatchContext& mc = *l.mc;
  std::map<std::string, int> proposed;
  if (l.round.status == domain::RoundStatus::kDraft)
    for (const auto& p : l.proposals) ++proposed[p.mentor_id];
  const std::vector<int> capacity = mc.RemainingCapacity();
  const auto& scope = l.round.mentor_scope;
  std::map<std::string, int> taught;
  for (size_t j = 0; j < mc.mentors.size(); ++j) {
    const std::string& id = mc.mentors[j].enrollment.person_id;
    if (!scope.empty() && std::find(scope.begin(), scope.end(), id) == scope.end()) continue;
    if (capacity[j] - proposed[id] <= 0) continue;
    for (const auto& s : mc.mentors[j].profile.skills_teach) {
      int& level = taught[ToLower(s.skill)];
      level = std::max(level, s.level);
    }
  }
  return taught;
}

std::vector<MissingSkill> Missing(const MatchContext& mc, const domain::UnmatchedGroup& g,
                                  const std::map<std::string, int>& taught) {
  std::map<std::string, MissingSkill> by_key;
  std::vector<std::string> order;  // keys in first-seen order (ties keep it stable)
  for (const auto& u : g.mentees) {
    auto i = mc.mentee_index.find(u.mentee_id);
    if (i == mc.mentee_index.end()) continue;  // no longer an active mentee
    std::set<std::string> counted;
    for (const auto& s : mc.mentees[i->second].profile.skills_learn) {
      const std::string key = ToLower(s.skill);
      auto t = taught.find(key);
      if (t != taught.end() && t->second >= s.target_level) continue;
      if (!counted.insert(key).second) continue;
      auto [it, fresh] = by_key.try_emplace(key, MissingSkill{s.skill, 0});
      if (fresh) order.push_back(key);
      ++it->second.mentees;
    }
  }
  std::vector<MissingSkill> out;
  for (const auto& k : order) out.push_back(by_key[k]);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.mentees != b.mentees ? a.mentees > b.mentees : ToLower(a.skill) < ToLower(b.skill);
  });
  return out;
}

}  // namespace

Result<std::vector<UnmatchedGroupView>> ListUnmatchedGroups(const Context& ctx,
                                                            const Caller& caller,
                                                            const std::string& org_id,
                                                            const std::string& round_id) {
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMatchRounds));
  ASSIGN_OR_RETURN(GroupsInput l, LoadGroupsInput(ctx, caller, org_id, round_id));
  // By mentee name, as the round's own list is.
  std::stable_sort(l.unmatched.begin(), l.unmatched.end(), [&](const auto& a, const auto& b) {
    return l.names[a.mentee_id] < l.names[b.mentee_id];
  });
  const std::map<std::string, int> taught = TaughtWithRoom(l);
  std::vector<UnmatchedGroupView> out;
  for (auto& g : domain::GroupUnmatched(l.unmatched)) {
    UnmatchedGroupView v;
    for (const auto& u : g.mentees) v.mentee_names.push_back(l.names[u.mentee_id]);
    v.missing_skills = Missing(*l.mc, g, taught);
    v.group = std::move(g);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace tandem::app
