#include "app/match_context.h"

#include "app/safeguarding.h"

namespace tandem::app {

Result<domain::MatchingSettings> SettingsOrDefaults(Tx& tx, const domain::Program& program) {
  ASSIGN_OR_RETURN(auto found, tx.FindMatchingSettings(program.organisation_id, program.id));
  if (found) return *found;
  domain::MatchingSettings s;
  s.organisation_id = program.organisation_id;
  s.program_id = program.id;
  s.max_mentors_per_mentee = program.type == domain::ProgramType::kGroup ? 3 : 1;
  s.require_acceptance = program.type != domain::ProgramType::kFlash;
  return s;
}

Result<std::unique_ptr<MatchContext>> LoadMatchContext(Tx& tx, const std::string& org_id,
                                                       const std::string& program_id,
                                                       Millis now, Disclosure disclosure) {
  auto mc = std::make_unique<MatchContext>();
  mc->now = now;
  ASSIGN_OR_RETURN(mc->program, tx.GetProgram(org_id, program_id));
  ASSIGN_OR_RETURN(mc->settings, SettingsOrDefaults(tx, mc->program));
  ASSIGN_OR_RETURN(mc->mentees, tx.ListParticipants(org_id, program_id, domain::ProgramRole::kMentee));
  ASSIGN_OR_RETURN(mc->mentors, tx.ListParticipants(org_id, program_id, domain::ProgramRole::kMentor));
  ASSIGN_OR_RETURN(auto exclusions, tx.ListExclusions(org_id, program_id));
  for (const auto& e : exclusions) mc->excluded.insert({e.mentee_id, e.mentor_id});
  ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program_id, {}));
  std::vector<domain::Relationship> declined;  // and paused: neither is proposed again
  for (auto& r : rels) {
    if (r.UsesCapacity()) mc->relationships.push_back(std::move(r));
    else if (r.status == domain::RelationshipStatus::kDeclined ||
             r.status == domain::RelationshipStatus::kPaused)
      declined.push_back(std::move(r));
  }
  for (size_t i = 0; i < mc->mentees.size(); ++i)
    mc->mentee_index[mc->mentees[i].enrollment.person_id] = static_cast<int>(i);
  for (size_t j = 0; j < mc->mentors.size(); ++j)
    mc->mentor_index[mc->mentors[j].enrollment.person_id] = static_cast<int>(j);
  auto block = [&](const std::string& mentee_id, const std::string& mentor_id) {
    auto i = mc->mentee_index.find(mentee_id);
    auto j = mc->mentor_index.find(mentor_id);
    if (i != mc->mentee_index.end() && j != mc->mentor_index.end())
      mc->blocked.insert((static_cast<uint64_t>(i->second) << 32) |
                         static_cast<uint32_t>(j->second));
  };
  for (const auto& [mentee_id, mentor_id] : mc->excluded) block(mentee_id, mentor_id);
  for (const auto& r : mc->relationships) block(r.mentee_id, r.mentor_id);
  // A match one side declined is not proposed (or requested) again.
  for (const auto& r : declined) block(r.mentee_id, r.mentor_id);
  mc->features = BuildMatchFeatures(org_id, mc->mentees, mc->mentors, mc->settings, now,
                                    disclosure);
  ASSIGN_OR_RETURN(const domain::Organisation org, tx.GetOrganisation(org_id));
  mc->organisation_name = org.name;
  mc->features.corpus->MarkUninformative(org.name);
  for (const auto* list : {&mc->mentees, &mc->mentors})
    for (const Participant& p : *list) MergeFacts(mc->safeguarding[p.enrollment.person_id], p);
  for (size_t i = 0; i < mc->mentees.size(); ++i) {
    auto f = mc->FactsOf(mc->mentees[i].enrollment.person_id);
    mc->features.mentees[i].is_minor = domain::IsProtected(mc->program, f);
    mc->mentee_minor.push_back(f.IsMinor());
  }
  for (size_t j = 0; j < mc->mentors.size(); ++j) {
    auto f = mc->FactsOf(mc->mentors[j].enrollment.person_id);
    mc->features.mentors[j].youth_cleared = f.Cleared();
    mc->mentor_minor.push_back(f.IsMinor());
  }
  mc->scorer = std::make_unique<matching::Scorer>(
      WeightsFor(std::string(domain::ProgramTypeName(mc->program.type)), mc->settings),
      mc->features.corpus.get());
  return mc;
}

int MentorCapacity(const Participant& mentor, const domain::Program& program) {
  return mentor.profile.updated_at > 0 ? mentor.profile.mentor.capacity
                                       : program.default_mentor_capacity;
}

std::vector<int> MatchContext::RemainingCapacity() const {
  std::vector<int> cap(mentors.size());
  for (size_t j = 0; j < mentors.size(); ++j) cap[j] = MentorCapacity(mentors[j], program);
  for (const auto& r : relationships) {
    auto it = mentor_index.find(r.mentor_id);
    if (it != mentor_index.end()) cap[it->second] = std::max(0, cap[it->second] - 1);
  }
  return cap;
}

std::vector<int> MatchContext::RemainingMenteeLimit() const {
  std::vector<int> limit(mentees.size(), settings.max_mentors_per_mentee);
  for (const auto& r : relationships) {
    auto it = mentee_index.find(r.mentee_id);
    if (it != mentee_index.end()) limit[it->second] = std::max(0, limit[it->second] - 1);
  }
  return limit;
}

bool MatchContext::HasRelationship(const std::string& mentee_id,
                                   const std::string& mentor_id) const {
  for (const auto& r : relationships)
    if (r.mentee_id == mentee_id && r.mentor_id == mentor_id) return true;
  return false;
}

domain::SafeguardingFacts MatchContext::FactsOf(const std::string& person_id) const {
  auto it = safeguarding.find(person_id);
  return it == safeguarding.end() ? domain::SafeguardingFacts{} : it->second;
}

int MatchContext::PairScore(int i, int j) const { return PairScore(i, j, nullptr); }

int MatchContext::PairScore(int i, int j, const float* mentee_text) const {
  if (mentees[i].enrollment.person_id == mentors[j].enrollment.person_id)
    return matching::kInfeasible;
  if (!blocked.empty() &&
      blocked.count((static_cast<uint64_t>(i) << 32) | static_cast<uint32_t>(j)))
    return matching::kInfeasible;
  // A minor never mentors an adult (domain::MayReach); screening is the scorer's own rule.
  if (mentor_minor[j] && !mentee_minor[i] && program.type != domain::ProgramType::kPeer)
    return matching::kInfeasible;
  if (mentee_text)
    return scorer->ScoreWithDenseText(features.mentees[i], features.mentors[j], mentee_text);
  return scorer->Score(features.mentees[i], features.mentors[j]);
}

}  // namespace tandem::app
