#include "domain/unmatched_groups.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace tandem::domain {

std::string_view UnmatchedActionName(UnmatchedAction a) {
  switch (a) {
    case UnmatchedAction::kAssign:
      return "assign";
    case UnmatchedAction::kRerun:
      return "rerun";
    case UnmatchedAction::kInvite:
      return "invite";
  }
  return "";
}

namespace {

using A = UnmatchedAction;

struct ReasonRule {
  std::string_view reason_id;
  std::vector<UnmatchedAction> actions;
};

// The order of this table is the order of the groups.
const std::vector<ReasonRule>& Rules() {
  static const auto* rules = new std::vector<ReasonRule>{
      // Suitable mentors exist but were taken: pick one by hand, or solve again for them alone.
      {kUnmatchedBestMentorsTaken, {A::kAssign, A::kRerun}},
      {kUnmatchedSuitableMentorsTaken, {A::kAssign, A::kInvite, A::kRerun}},
      // A coordinator's edit or a change since the round ran left them without a mentor.
      {kUnmatchedRemovedByCoordinator, {A::kAssign, A::kRerun}},
      {kUnmatchedMentorLeft, {A::kAssign, A::kRerun}},
      {kUnmatchedMentorNotCleared, {A::kAssign, A::kRerun}},
      // Nobody could take them: more mentors (with their skills) are the fix.
      {kUnmatchedNoSuitableMentor, {A::kInvite, A::kAssign}},
      {kUnmatchedNoMentorsInScope, {A::kRerun, A::kInvite}},
      {kUnmatchedPeersTaken, {A::kRerun}},
      {kUnmatchedNoSuitablePeer, {A::kRerun}},
      {kUnmatchedNotRecorded, {A::kRerun}},
      {kUnmatchedMenteeLimit, {}},
  };
  return *rules;
}

}  // namespace

std::vector<UnmatchedAction> ActionsForUnmatched(std::string_view reason_id) {
  for (const auto& r : Rules())
    if (r.reason_id == reason_id) return r.actions;
  return {A::kRerun};
}

std::vector<UnmatchedGroup> GroupUnmatched(const std::vector<Unmatched>& unmatched) {
  auto rank = [](std::string_view id) {
    const auto& rules = Rules();
    auto it = std::find_if(rules.begin(), rules.end(),
                           [&](const ReasonRule& r) { return r.reason_id == id; });
    return static_cast<int>(std::distance(rules.begin(), it));  // unknown ids last
  };
  std::vector<UnmatchedGroup> groups;
  std::map<std::string, size_t> at;
  for (const auto& u : unmatched) {
    auto [it, fresh] = at.try_emplace(u.reason_id, groups.size());
    if (fresh) groups.push_back({u.reason_id, ActionsForUnmatched(u.reason_id), {}});
    groups[it->second].mentees.push_back(u);
  }
  std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
    const int ra = rank(a.reason_id), rb = rank(b.reason_id);
    return ra != rb ? ra < rb : a.reason_id < b.reason_id;
  });
  return groups;
}

}  // namespace tandem::domain
