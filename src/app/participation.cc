#include "app/participation.h"

#include <algorithm>
#include <set>

#include "app/notifications.h"
#include "base/ids.h"

namespace tandem::app {

using domain::EnrollmentStatus;
using domain::ProgramRole;

namespace {

// Ends the person's participation in one program. `roles`: the sides in scope.
class ProgramSweep {
 public:
  ProgramSweep(Tx& tx, Millis now, const ParticipationScope& scope, const domain::Program& program,
               std::set<ProgramRole> roles)
      : tx_(tx), now_(now), scope_(scope), program_(program), roles_(std::move(roles)) {}

  Result<int> Run() {
    const std::string& org = scope_.organisation_id;
    // Locks: draft rounds first (ascending id), then the person (docs/architecture.md).
    ASSIGN_OR_RETURN(auto rounds, tx_.ListRounds(org, program_.id));
    std::vector<std::string> drafts;
    for (const auto& r : rounds)
      if (r.status == domain::RoundStatus::kDraft) drafts.push_back(r.id);
    std::sort(drafts.begin(), drafts.end());
    for (const auto& id : drafts) RETURN_IF_ERROR(tx_.LockRound(org, id));
    RETURN_IF_ERROR(tx_.LockParticipants(org, program_.id, {person()}));
    ASSIGN_OR_RETURN(domain::Person me, tx_.GetPerson(person()));
    name_ = me.name;

    ASSIGN_OR_RETURN(int ended, EndEnrollments());
    RETURN_IF_ERROR(WithdrawRequests());
    RETURN_IF_ERROR(EndRelationships());
    for (const auto& id : drafts) RETURN_IF_ERROR(DropProposals(id));
    if (ended > 0)
      RETURN_IF_ERROR(Notify(person(), domain::EnrollmentEnded(program_.id, program_.name)));
    return ended;
  }

 private:
  const std::string& person() const { return scope_.person_id; }
  bool InScope(ProgramRole side) const { return roles_.count(side) > 0; }

  Status Notify(const std::string& to, domain::NotificationContent content) {
    return app::Notify(tx_, to, scope_.organisation_id, now_, std::move(content));
  }

  Result<int> EndEnrollments() {
    int ended = 0;
    for (ProgramRole role : roles_) {
      ASSIGN_OR_RETURN(auto e, tx_.FindEnrollment(scope_.organisation_id, program_.id, person(),
                                                  role));
      if (!e || (e->status != EnrollmentStatus::kActive &&
                 e->status != EnrollmentStatus::kPending))
        continue;
      e->status = EnrollmentStatus::kEnded;
      RETURN_IF_ERROR(tx_.UpdateEnrollment(*e));
      ++ended;
    }
    return ended;
  }

  Status WithdrawRequests() {
    std::vector<domain::MentorRequest> pending;
    if (InScope(ProgramRole::kMentee)) {
      ASSIGN_OR_RETURN(auto mine,
                       tx_.ListRequestsOfMentee(scope_.organisation_id, program_.id, person()));
      for (auto& r : mine) pending.push_back(std::move(r));
    }
    if (InScope(ProgramRole::kMentor)) {
      ASSIGN_OR_RETURN(auto asked, tx_.ListRequestsOfMentor(person()));
      for (auto& r : asked)
        if (r.organisation_id == scope_.organisation_id && r.program_id == program_.id)
          pending.push_back(std::move(r));
    }
    for (auto& r : pending) {
      if (r.status != domain::RequestStatus::kPending) continue;  // expired ones included
      const bool was_open = r.EffectiveStatus(now_) == domain::RequestStatus::kPending;
      r.status = domain::RequestStatus::kWithdrawn;
      r.decided_at = now_;
      RETURN_IF_ERROR(tx_.UpdateRequest(r));
      if (!was_open) continue;
      if (r.mentee_id == person()) {
        RETURN_IF_ERROR(Notify(r.mentor_id, domain::RequestWithdrawn(r.id, program_.name, name_,
                                                                     domain::LeftSide::kMentee)));
      } else {
        RETURN_IF_ERROR(Notify(r.mentee_id, domain::RequestWithdrawn(r.id, program_.name, name_,
                                                                     domain::LeftSide::kMentor)));
      }
    }
    return Status::Ok();
  }

  Status EndRelationships() {
    RelationshipFilter mine;
    mine.person_id = person();
    ASSIGN_OR_RETURN(auto rels, tx_.ListRelationships(scope_.organisation_id, program_.id, mine));
    for (auto& r : rels) {
      if (!r.UsesCapacity()) continue;
      const bool as_mentee = r.mentee_id == person() && InScope(ProgramRole::kMentee);
      const bool as_mentor = r.mentor_id == person() && InScope(ProgramRole::kMentor);
      if (!as_mentee && !as_mentor) continue;
      RETURN_IF_ERROR(domain::EndRelationship(r, scope_.reason, now_));
      RETURN_IF_ERROR(tx_.UpdateRelationship(r));
      const std::string& other = as_mentee ? r.mentor_id : r.mentee_id;
      RETURN_IF_ERROR(Notify(other, domain::RelationshipEnded(r.id, program_.name, name_)));
    }
    return Status::Ok();
  }

  Status DropProposals(const std::string& round_id) {
    const std::string& org = scope_.organisation_id;
    ASSIGN_OR_RETURN(domain::MatchRound round, tx_.GetRound(org, round_id));
    if (round.status != domain::RoundStatus::kDraft) return Status::Ok();
    ASSIGN_OR_RETURN(auto proposals, tx_.ListProposals(org, round_id));
    ASSIGN_OR_RETURN(auto unmatched, tx_.ListUnmatched(org, round_id));
    auto dropped = [&](const domain::Proposal& p) {
      return (p.mentee_id == person() && InScope(ProgramRole::kMentee)) ||
             (p.mentor_id == person() && InScope(ProgramRole::kMentor));
    };
    std::set<std::string> lost;  // mentees whose proposal goes
    std::vector<domain::Proposal> kept;
    for (auto& p : proposals) {
      if (dropped(p)) lost.insert(p.mentee_id);
      else kept.push_back(std::move(p));
    }
    const bool mentee_gone = InScope(ProgramRole::kMentee);
    auto unmatched_end = std::remove_if(unmatched.begin(), unmatched.end(), [&](const auto& u) {
      return mentee_gone && u.mentee_id == person();
    });
    const bool unmatched_changed = unmatched_end != unmatched.end();
    unmatched.erase(unmatched_end, unmatched.end());
    if (lost.empty() && !unmatched_changed) return Status::Ok();

    std::set<std::string> still_matched;
    int64_t total = 0;
    for (const auto& p : kept) {
      still_matched.insert(p.mentee_id);
      total += p.score;
    }
    for (const auto& mentee : lost) {
      if (still_matched.count(mentee) || (mentee_gone && mentee == person())) continue;
      unmatched.push_back(
          {round_id, org, mentee, std::string(domain::kUnmatchedMentorLeft), {}});
    }
    round.total_score = static_cast<int>(total);
    round.matched = static_cast<int>(still_matched.size());
    round.unmatched = static_cast<int>(unmatched.size());
    RETURN_IF_ERROR(tx_.ReplaceProposals(org, round_id, kept));
    RETURN_IF_ERROR(tx_.ReplaceUnmatched(org, round_id, unmatched));
    return tx_.UpdateRound(round);
  }

  Tx& tx_;
  const Millis now_;
  const ParticipationScope& scope_;
  const domain::Program& program_;
  const std::set<ProgramRole> roles_;
  std::string name_;
};

}  // namespace

Result<int> EndParticipation(Tx& tx, Millis now, const ParticipationScope& scope) {
  // Which programs: every one where the person holds an enrollment in scope, whatever its
  // status (an enrollment already ended may still have open records to close).
  ASSIGN_OR_RETURN(auto views, tx.ListEnrollmentViewsOfPerson(scope.person_id));
  std::set<std::string> programs;
  for (const auto& v : views) {
    const domain::Enrollment& e = v.enrollment;
    if (e.organisation_id != scope.organisation_id) continue;
    if (scope.program_id && e.program_id != *scope.program_id) continue;
    programs.insert(e.program_id);
  }
  int ended = 0;
  for (const auto& program_id : programs) {
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(scope.organisation_id, program_id));
    std::set<ProgramRole> roles = {ProgramRole::kMentor, ProgramRole::kMentee};
    if (scope.role && program.type != domain::ProgramType::kPeer) roles = {*scope.role};
    ProgramSweep sweep(tx, now, scope, program, std::move(roles));
    ASSIGN_OR_RETURN(int n, sweep.Run());
    ended += n;
  }
  return ended;
}

}  // namespace tandem::app
