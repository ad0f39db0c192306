#include "app/safeguarding.h"

#include <algorithm>

#include "app/agreements.h"
#include "app/audit.h"
#include "app/match_context.h"
#include "app/notifications.h"
#include "base/ids.h"
#include "domain/relationship_policy.h"

namespace tandem::app {

using domain::RequestStatus;

void MergeFacts(domain::SafeguardingFacts& facts, const domain::Enrollment& e) {
  facts.marked_minor |= e.minor_marked;
  if (e.role == domain::ProgramRole::kMentor) {
    facts.screened = e.screening_cleared;
    facts.trained = e.training_complete;
  }
}

void MergeFacts(domain::SafeguardingFacts& facts, const Participant& p) {
  MergeFacts(facts, p.enrollment);
  facts.self_declared_minor |= p.profile.minor.is_minor;
}

Result<domain::SafeguardingFacts> SafeguardingFactsCache::Get(const std::string& person_id) {
  auto it = facts_.find(person_id);
  if (it != facts_.end()) return it->second;
  domain::SafeguardingFacts f;
  for (auto role : {domain::ProgramRole::kMentee, domain::ProgramRole::kMentor}) {
    ASSIGN_OR_RETURN(auto e, tx_.FindEnrollment(org_id_, program_id_, person_id, role));
    if (e) MergeFacts(f, *e);
  }
  ASSIGN_OR_RETURN(auto profile, tx_.FindProfile(person_id));
  f.self_declared_minor = profile && profile->minor.is_minor;
  return facts_[person_id] = f;
}

Status CheckPair(Tx& tx, SafeguardingFactsCache& facts, const domain::Program& program,
                 const std::string& mentee_id, const std::string& mentor_id) {
  ASSIGN_OR_RETURN(domain::SafeguardingFacts mentee, facts.Get(mentee_id));
  ASSIGN_OR_RETURN(domain::SafeguardingFacts mentor, facts.Get(mentor_id));
  if (domain::MayReach(program, mentor, mentee) == domain::Reach::kAllowed) return Status::Ok();
  ASSIGN_OR_RETURN(domain::Person mentee_person, tx.GetPerson(mentee_id));
  ASSIGN_OR_RETURN(domain::Person mentor_person, tx.GetPerson(mentor_id));
  return domain::CheckReach(program, mentor, mentor_person.name, mentee, mentee_person.name);
}

namespace {

// Pending requests of one person in one program, on either side.
Result<std::vector<domain::MentorRequest>> PendingRequestsOf(Tx& tx, const std::string& org_id,
                                                             const std::string& program_id,
                                                             const std::string& person_id,
                                                             Millis now) {
  std::vector<domain::MentorRequest> out;
  ASSIGN_OR_RETURN(auto as_mentee, tx.ListRequestsOfMentee(org_id, program_id, person_id));
  ASSIGN_OR_RETURN(auto as_mentor, tx.ListRequestsOfMentor(person_id));
  for (auto* list : {&as_mentee, &as_mentor})
    for (auto& q : *list)
      if (q.organisation_id == org_id && q.program_id == program_id &&
          q.EffectiveStatus(now) == RequestStatus::kPending)
        out.push_back(std::move(q));
  return out;
}

}  // namespace

Status LockForSafeguarding(Tx& tx, const std::string& org_id, const std::string& program_id,
                           const std::string& person_id, Millis now) {
  return LockForSafeguarding(tx, org_id, program_id, std::vector<std::string>{person_id}, now);
}

Status LockForSafeguarding(Tx& tx, const std::string& org_id, const std::string& program_id,
                           const std::vector<std::string>& person_ids, Millis now) {
  std::vector<std::string> people = person_ids;
  for (const std::string& person_id : person_ids) {
    RelationshipFilter filter;
    filter.person_id = person_id;
    ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program_id, filter));
    for (const auto& r : rels)
      if (r.UsesCapacity())
        people.push_back(r.mentee_id == person_id ? r.mentor_id : r.mentee_id);
    ASSIGN_OR_RETURN(auto requests, PendingRequestsOf(tx, org_id, program_id, person_id, now));
    for (const auto& q : requests)
      people.push_back(q.mentee_id == person_id ? q.mentor_id : q.mentee_id);
  }
  return tx.LockParticipants(org_id, program_id, std::move(people));
}

Result<SafeguardingOutcome> EnforceSafeguarding(Tx& tx, const domain::Program& program,
                                                const std::set<std::string>& person_ids,
                                                Millis now) {
  const std::string& org_id = program.organisation_id;
  SafeguardingFactsCache facts(tx, org_id, program.id);
  auto allowed = [&](const std::string& mentee_id, const std::string& mentor_id) -> Result<bool> {
    ASSIGN_OR_RETURN(domain::SafeguardingFacts mentee, facts.Get(mentee_id));
    ASSIGN_OR_RETURN(domain::SafeguardingFacts mentor, facts.Get(mentor_id));
    return domain::MayReach(program, mentor, mentee) == domain::Reach::kAllowed;
  };
  SafeguardingOutcome out;
  std::set<std::string> seen;  // relationship and request ids already decided
  for (const std::string& person : person_ids) {
    RelationshipFilter filter;
    filter.person_id = person;
    ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, filter));
    for (auto& r : rels) {
      if (!r.UsesCapacity() || !seen.insert(r.id).second) continue;
      ASSIGN_OR_RETURN(bool ok, allowed(r.mentee_id, r.mentor_id));
      if (ok) continue;
      RETURN_IF_ERROR(domain::PauseRelationship(r, now));
      RETURN_IF_ERROR(tx.UpdateRelationship(r));
      out.paused.push_back(r.id);
      for (const std::string& who : {r.mentee_id, r.mentor_id})
        RETURN_IF_ERROR(Notify(tx, who, org_id, now, domain::MatchPaused(r.id, program.name)));
    }
    ASSIGN_OR_RETURN(auto requests, PendingRequestsOf(tx, org_id, program.id, person, now));
    for (auto& q : requests) {
      if (!seen.insert(q.id).second) continue;
      ASSIGN_OR_RETURN(bool ok, allowed(q.mentee_id, q.mentor_id));
      if (ok) continue;
      q.status = RequestStatus::kWithdrawn;
      q.decided_at = now;
      RETURN_IF_ERROR(tx.UpdateRequest(q));
      ++out.requests_withdrawn;
    }
  }
  // Unpublished proposals: draft rounds of the program.
  ASSIGN_OR_RETURN(auto rounds, tx.ListRounds(org_id, program.id));
  for (auto& round : rounds) {
    if (round.status != domain::RoundStatus::kDraft) continue;
    ASSIGN_OR_RETURN(auto proposals, tx.ListProposals(org_id, round.id));
    std::vector<domain::Proposal> kept;
    std::vector<std::string> dropped_mentees;
    for (auto& p : proposals) {
      bool concerned = person_ids.count(p.mentee_id) || person_ids.count(p.mentor_id);
      bool ok = true;
      if (concerned) {
        ASSIGN_OR_RETURN(ok, allowed(p.mentee_id, p.mentor_id));
      }
      if (ok) kept.push_back(std::move(p));
      else dropped_mentees.push_back(p.mentee_id);
    }
    if (dropped_mentees.empty()) continue;
    // No round lock here: it would come after participant locks (the wrong order). A
    // proposal edit racing this one could write the dropped pair back; publishing re-checks
    // every pair under the participant locks, so it would still never become real.
    out.proposals_withdrawn += static_cast<int>(dropped_mentees.size());
    ASSIGN_OR_RETURN(auto unmatched, tx.ListUnmatched(org_id, round.id));
    for (const auto& mentee : dropped_mentees) {
      bool still = std::any_of(kept.begin(), kept.end(),
                               [&](const auto& p) { return p.mentee_id == mentee; });
      bool listed = std::any_of(unmatched.begin(), unmatched.end(),
                                [&](const auto& u) { return u.mentee_id == mentee; });
      if (!still && !listed)
        unmatched.push_back(
            {round.id, org_id, mentee, std::string(domain::kUnmatchedMentorNotCleared), {}});
    }
    int64_t total = 0;
    std::set<std::string> matched;
    for (const auto& p : kept) {
      total += p.score;
      matched.insert(p.mentee_id);
    }
    round.total_score = static_cast<int>(total);
    round.matched = static_cast<int>(matched.size());
    round.unmatched = static_cast<int>(unmatched.size());
    RETURN_IF_ERROR(tx.ReplaceProposals(org_id, round.id, kept));
    RETURN_IF_ERROR(tx.ReplaceUnmatched(org_id, round.id, unmatched));
    RETURN_IF_ERROR(tx.UpdateRound(round));
  }
  if (!out.Changed()) return out;
  MemberFilter coordinators;
  coordinators.role = domain::Role::kCoordinator;
  ASSIGN_OR_RETURN(auto members, tx.ListMembers(org_id, coordinators));
  // Withdrawn because a mentor is not cleared for a protected participant.
  for (const auto& m : members)
    RETURN_IF_ERROR(Notify(tx, m.person_id, org_id, now,
                           domain::SafeguardingPaused(
                               org_id, program.id, program.name,
                               static_cast<int>(out.paused.size()), out.requests_withdrawn,
                               out.proposals_withdrawn)));
  return out;
}


Result<Page<RelationshipView>> ListPausedRelationships(const Context& ctx, const Caller& caller,
                                                       const std::string& org_id,
                                                       const std::string& program_id,
                                                       const PageRequest& page) {
  using Out = Page<RelationshipView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, domain::Action::kManageMatching, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("paused_relationships", page));
    RelationshipFilter paused;
    paused.status = domain::RelationshipStatus::kPaused;
    ASSIGN_OR_RETURN(auto rows, tx.ListRelationships(org_id, program_id, paused, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::Relationship& r) { return LoadRelationshipView(tx, r); });
  });
}

Result<RelationshipView> ResumeRelationship(const Context& ctx, const Caller& caller,
                                            const std::string& org_id,
                                            const std::string& relationship_id) {
  const Millis now = ctx.clock.Now();
  return InTx<RelationshipView>(ctx.store, [&](Tx& tx) -> Result<RelationshipView> {
    RETURN_IF_ERROR(
        Authorized(tx, caller, org_id, domain::Action::kManageMatching, "relationship").status());
    auto found = tx.GetRelationship(org_id, relationship_id);
    if (!found.ok()) {
      if (found.status().code() == StatusCode::kNotFound) return NotFound("No such relationship.");
      return found.status();
    }
    // The organisation's role table answered first (403 for a member without a staff role,
    // whatever the id); the match's own policy decides on the record.
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(
        domain::AuthorizeOnRelationship(who, *found, domain::RelationshipAction::kResume));
    RETURN_IF_ERROR(
        tx.LockParticipants(org_id, found->program_id, {found->mentee_id, found->mentor_id}));
    ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
    RETURN_IF_ERROR(domain::ResumeRelationship(r, now));
    SafeguardingFactsCache facts(tx, org_id, program.id);
    RETURN_IF_ERROR(CheckPair(tx, facts, program, r.mentee_id, r.mentor_id));
    // Paused matches hold no place: the mentor's room and the mentee's limit (for peers: that
    // neither is paired meanwhile) are checked again, as an acceptance would.
    if (program.type == domain::ProgramType::kPeer) {
      ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, {}));
      for (const auto& x : rels)
        if (x.UsesCapacity() && (x.mentee_id == r.mentee_id || x.mentor_id == r.mentee_id ||
                                 x.mentee_id == r.mentor_id || x.mentor_id == r.mentor_id))
          return FailedPrecondition("One of these peers has been paired since; end that first.");
    } else {
      RETURN_IF_ERROR(CheckRoomForPair(tx, program, r.mentee_id, r.mentor_id).status());
    }
    RETURN_IF_ERROR(tx.UpdateRelationship(r));
    // Back to active only once the program's agreement is accepted by everyone it needs.
    RETURN_IF_ERROR(HoldForAgreement(ctx, tx, r, now));
    RETURN_IF_ERROR(RecordAudit(tx, NewAuditEntry(ctx, caller,
                                                  domain::AuditAction::kRelationshipResumed,
                                                  org_id, r.mentee_id,
                                                  {{"relationship_id", r.id},
                                                   {"program_id", program.id},
                                                   {"program_name", program.name},
                                                   {"mentor_id", r.mentor_id}})));
    for (const std::string& who : {r.mentee_id, r.mentor_id})
      RETURN_IF_ERROR(Notify(tx, who, org_id, now, domain::MatchResumed(r.id, program.name)));
    return LoadRelationshipView(tx, r);
  });
}

Result<bool> CarriedMinorMark(Tx& tx, const std::string& org_id, const std::string& program_id,
                              const std::string& person_id, domain::ProgramRole role) {
  const domain::ProgramRole other_role = role == domain::ProgramRole::kMentor
                                             ? domain::ProgramRole::kMentee
                                             : domain::ProgramRole::kMentor;
  ASSIGN_OR_RETURN(auto other, tx.FindEnrollment(org_id, program_id, person_id, other_role));
  return other && other->minor_marked;
}

}  // namespace tandem::app
