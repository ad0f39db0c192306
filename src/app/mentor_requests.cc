#include "app/mentor_requests.h"

#include <algorithm>

#include "app/agreements.h"
#include "app/match_cache.h"
#include "app/match_context.h"
#include "app/notifications.h"
#include "app/reconcile.h"
#include "app/relationships.h"
#include "app/request_budget.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "base/strings.h"
#include "domain/mentor_request_policy.h"
#include "domain/reconcile.h"

namespace tandem::app {

using domain::Action;
using domain::RequestStatus;

namespace {

Result<RequestView> ViewOf(Tx& tx, const domain::MentorRequest& r, Millis now) {
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id));
  return RequestView{r, names.mentee, names.mentor, names.program, r.EffectiveStatus(now)};
}

}  // namespace

// The caller must be an active mentee of the program. A program id that is not one of this
// organisation's (another organisation's, say) is a 404, as everywhere, not "no place here".
Status RequireActiveMentee(Tx& tx, const Caller& caller, const std::string& org_id,
                           const std::string& program_id) {
  RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kSeekMentor, "program").status());
  if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
  auto e = tx.FindEnrollment(org_id, program_id, caller.person_id, domain::ProgramRole::kMentee);
  if (!e.ok()) return e.status();
  if (!*e || (*e)->status != domain::EnrollmentStatus::kActive)
    return FailedPrecondition("You need an active mentee place in this program first.");
  return Status::Ok();
}

Result<RequestView> RequestMentor(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& program_id,
                                  const std::string& mentor_id, const std::string& raw_message) {
  std::string message = Trim(raw_message);
  if (Utf8Length(message) > 2000) return FieldInvalid("message", "must be at most 2000 characters");
  const Millis now = ctx.clock.Now();
  RETURN_IF_ERROR(SpendBudget(ctx, caller, domain::Budget::kMentorRequests));
  // Score and explain from a consistent snapshot, then write under the same checks.
  ASSIGN_OR_RETURN(auto prepared,
                   InReadTx<std::shared_ptr<const PreparedProgram>>(
                       ctx.store, [&](Tx& tx) -> Result<std::shared_ptr<const PreparedProgram>> {
                         RETURN_IF_ERROR(RequireActiveMentee(tx, caller, org_id, program_id));
                         return PreparedFor(ctx, tx, org_id, program_id);
                       }));
  const MatchContext* mc = prepared->mc.get();
  auto i = mc->mentee_index.find(caller.person_id);
  auto j = mc->mentor_index.find(mentor_id);
  if (i == mc->mentee_index.end()) return FailedPrecondition("You are not an active mentee here.");
  if (j == mc->mentor_index.end())
    return FieldInvalid("mentor_id", "is not an active mentor of this program");
  // Safeguarding first, in its own words (the score would only say "infeasible").
  RETURN_IF_ERROR(domain::CheckReach(mc->program, mc->FactsOf(mentor_id), mc->mentors[j->second].name,
                                     mc->FactsOf(caller.person_id),
                                     mc->mentees[i->second].name));
  int score = mc->PairScore(i->second, j->second);
  auto explanation = mc->scorer->Explain(mc->features.mentees[i->second],
                                         mc->features.mentors[j->second], mc->features.vocab);
  if (score < 0)
    return FailedPrecondition("You cannot request this mentor: " +
                              (explanation.feasible
                                   ? std::string("you are already matched or excluded")
                                   : matching::EnglishInfeasibility(explanation.infeasibility,
                                                                    matching::Perspective::kMentee)) +
                              ".");
  if (mc->RemainingMenteeLimit()[i->second] <= 0)
    return FailedPrecondition("You already have a mentor in this program.");
  const int expiry_days = mc->settings.request_expiry_days;

  return InTx<RequestView>(ctx.store, [&](Tx& tx) -> Result<RequestView> {
    // The open-request limit, the duplicate check and "already has a mentor" are decided under
    // the mentee's lock: concurrent requests of one mentee take turns, and each sees what the
    // previous one wrote.
    // The mentor's lock too (one call, the store sorts): a coordinator ending the mentor's
    // place meanwhile either commits first (and the check below sees it) or withdraws this
    // request after.
    Status locked = tx.LockParticipants(org_id, program_id, {caller.person_id, mentor_id});
    if (locked.code() == StatusCode::kNotFound)
      return FailedPrecondition("You need an active mentee place in this program first.");
    RETURN_IF_ERROR(locked);
    RETURN_IF_ERROR(RequireActiveMentee(tx, caller, org_id, program_id));
    ASSIGN_OR_RETURN(auto mentor_place,
                     tx.FindEnrollment(org_id, program_id, mentor_id, domain::ProgramRole::kMentor));
    if (!mentor_place || mentor_place->status != domain::EnrollmentStatus::kActive)
      return FieldInvalid("mentor_id", "is not an active mentor of this program");
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, program_id));
    ASSIGN_OR_RETURN(domain::MatchingSettings settings, SettingsOrDefaults(tx, program));
    RelationshipFilter as_person;
    as_person.person_id = caller.person_id;
    ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program_id, as_person));
    RETURN_IF_ERROR(domain::CheckMenteeMayAsk(rels, caller.person_id, mentor_id,
                                              settings.max_mentors_per_mentee));
    ASSIGN_OR_RETURN(auto mine, tx.ListRequestsOfMentee(org_id, program_id, caller.person_id));
    int open = 0;
    for (auto& q : mine) {
      if (q.status == RequestStatus::kPending &&
          q.EffectiveStatus(now) == RequestStatus::kExpired) {
        // Stored as expired, so that a new request to the same mentor can be the pair's one
        // pending request (mentor_requests_pending_pair_key). decided_at stays unset.
        q.status = RequestStatus::kExpired;
        RETURN_IF_ERROR(tx.UpdateRequest(q));
        continue;
      }
      if (q.EffectiveStatus(now) != RequestStatus::kPending) continue;
      if (q.mentor_id == mentor_id) return AlreadyExists("You already asked this mentor.");
      ++open;
    }
    if (open >= domain::kMaxOpenRequests)
      return FailedPrecondition("You can have at most 3 open requests; withdraw one or wait.");
    // Decided again with the facts of now: screening may have lapsed since the snapshot.
    SafeguardingFactsCache facts(tx, org_id, program_id);
    RETURN_IF_ERROR(CheckPair(tx, facts, program, caller.person_id, mentor_id));
    domain::MentorRequest r;
    r.id = NewId();
    r.organisation_id = org_id;
    r.program_id = program_id;
    r.mentee_id = caller.person_id;
    r.mentor_id = mentor_id;
    r.message = message;
    r.score = score;
    r.reasons = explanation.Reasons();  // each side reads them in its own words
    r.created_at = now;
    r.expires_at = now + expiry_days * kDay;
    Status inserted = tx.InsertRequest(r);
    // Only reachable if a path that skipped the lock made the same request; the index holds.
    if (inserted.code() == StatusCode::kAlreadyExists)
      return AlreadyExists("You already asked this mentor.");
    RETURN_IF_ERROR(inserted);
    ASSIGN_OR_RETURN(RequestView v, ViewOf(tx, r, now));
    RETURN_IF_ERROR(Notify(tx, mentor_id, org_id, now,
                           domain::RequestReceived(r.id, v.program_name, v.mentee_name)));
    return v;
  });
}

Result<Page<RequestView>> ListMyRequests(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const std::string& program_id,
                                         const PageRequest& page) {
  const Millis now = ctx.clock.Now();
  using Out = Page<RequestView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kSeekMentor, "program").status());
    if (!tx.GetProgram(org_id, program_id).ok()) return NotFound("No such program.");
    ASSIGN_OR_RETURN(Pager pager, Pager::Open("my_requests", page));
    ASSIGN_OR_RETURN(auto rows, tx.ListRequestsOfMentee(org_id, program_id, caller.person_id,
                                                        pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::MentorRequest& r) { return ViewOf(tx, r, now); });
  });
}

Result<Page<RequestView>> ListIncomingRequests(const Context& ctx, const Caller& caller,
                                               const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("incoming_requests", page));
  const Millis now = ctx.clock.Now();
  using Out = Page<RequestView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListRequestsOfMentor(caller.person_id, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::MentorRequest& r) { return ViewOf(tx, r, now); });
  });
}

Result<RequestView> RespondToRequest(const Context& ctx, const Caller& caller,
                                     const std::string& org_id, const std::string& request_id,
                                     bool accept, const std::string& raw_reason) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  std::string reason = Trim(raw_reason);
  if (!accept && reason.empty())
    return FieldInvalid("reason", "is required when declining, so the mentee knows why");
  if (Utf8Length(reason) > 1000) return FieldInvalid("reason", "must be at most 1000 characters");
  const Millis now = ctx.clock.Now();
  return InTx<RequestView>(ctx.store, [&](Tx& tx) -> Result<RequestView> {
    auto found = tx.GetRequest(org_id, request_id);
    if (!found.ok()) return NotFound("No such request.");
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(domain::AuthorizeOnRequest(who, *found, domain::RequestAction::kAnswer));
    // Decided under both people's locks: the mentee's other requests and mentors, the
    // mentor's capacity. The request is read again under them (another mentor's acceptance
    // may have withdrawn it meanwhile).
    RETURN_IF_ERROR(LockPair(tx, org_id, found->program_id, found->mentee_id, found->mentor_id));
    ASSIGN_OR_RETURN(domain::MentorRequest r, tx.GetRequest(org_id, request_id));
    if (r.EffectiveStatus(now) != RequestStatus::kPending)
      return FailedPrecondition("This request is " +
                                std::string(domain::RequestStatusName(r.EffectiveStatus(now))) +
                                "; it can no longer be answered.");
    r.decided_at = now;
    if (!accept) {
      r.status = RequestStatus::kDeclined;
      r.decline_reason = reason;
      RETURN_IF_ERROR(tx.UpdateRequest(r));
      ASSIGN_OR_RETURN(RequestView v, ViewOf(tx, r, now));
      RETURN_IF_ERROR(Notify(tx, r.mentee_id, org_id, now,
                             domain::RequestDeclined(r.id, v.program_name, v.mentor_name, reason)));
      return v;
    }
    // Capacity and the mentee's limit are read under the locks taken above: two acceptances
    // cannot both take the mentor's last place, nor give a one-to-one mentee two mentors.
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
    // The pair becomes real now: the mentor must be cleared now, not only when asked.
    SafeguardingFactsCache facts(tx, org_id, r.program_id);
    RETURN_IF_ERROR(CheckPair(tx, facts, program, r.mentee_id, r.mentor_id));
    ASSIGN_OR_RETURN(PairRoomRead room, ReadRoomForPair(tx, program, r.mentee_id, r.mentor_id));
    RelationshipFilter mentees;
    mentees.person_id = r.mentee_id;
    ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, r.program_id, mentees));
    // Requests and round matches are one set of facts (domain/reconcile.h): a pair a published
    // round already proposed is confirmed, not refused for room nor matched twice.
    const domain::Acceptance plan = domain::PlanAcceptance(r, rels, room.room);
    domain::Relationship rel;
    bool made_active = true;  // an adopted match that was active already is left as it is
    switch (plan.kind) {
      case domain::Acceptance::Kind::kPaused:
        return FailedPrecondition(
            "Your match with this mentee is paused; a coordinator decides.");
      case domain::Acceptance::Kind::kNoRoom:
        return RoomRefusal(plan.lack, program, room.room);
      case domain::Acceptance::Kind::kAdopt:
        rel = plan.relationship;
        made_active = rel.status == domain::RelationshipStatus::kProposed;
        if (!made_active) break;
        RETURN_IF_ERROR(domain::ConfirmByRequest(rel, now));
        RETURN_IF_ERROR(tx.UpdateRelationship(rel));
        break;
      case domain::Acceptance::Kind::kCreate: {
        ASSIGN_OR_RETURN(
            rel, CreateRelationship(tx, room.room,
                                    {.id = NewId(),
                                     .organisation_id = org_id,
                                     .program_id = r.program_id,
                                     .mentee_id = r.mentee_id,
                                     .mentor_id = r.mentor_id,
                                     .source = domain::RelationshipSource::kRequest,
                                     .score = r.score,
                                     .reasons = r.reasons},
                                    now, [&](domain::RoomLack lack) {
                                      return RoomRefusal(lack, program, room.room);
                                    }));
        break;
      }
    }
    // Active at once, but the program's agreement comes first when it has one.
    if (made_active) RETURN_IF_ERROR(HoldForAgreement(ctx, tx, rel, now));
    r.status = RequestStatus::kAccepted;
    RETURN_IF_ERROR(tx.UpdateRequest(r));
    // The first mentor to accept wins: once the mentee holds every mentor the program allows,
    // their other pending requests are withdrawn and those mentors told.
    RETURN_IF_ERROR(WithdrawRequestsMatchedElsewhere(tx, program,
                                                     room.settings.max_mentors_per_mentee,
                                                     r.mentee_id, now)
                        .status());
    ASSIGN_OR_RETURN(RequestView v, ViewOf(tx, r, now));
    RETURN_IF_ERROR(Notify(tx, r.mentee_id, org_id, now,
                           domain::RequestAccepted(r.id, rel.id, v.program_name, v.mentor_name)));
    return v;
  });
}

Result<RequestView> WithdrawRequest(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& request_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const Millis now = ctx.clock.Now();
  return InTx<RequestView>(ctx.store, [&](Tx& tx) -> Result<RequestView> {
    auto found = tx.GetRequest(org_id, request_id);
    if (!found.ok()) return NotFound("No such request.");
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(domain::AuthorizeOnRequest(who, *found, domain::RequestAction::kWithdraw));
    // A mentee's requests change only under the mentee's lock (an acceptance may be deciding).
    RETURN_IF_ERROR(tx.LockParticipants(org_id, found->program_id, {found->mentee_id}));
    ASSIGN_OR_RETURN(domain::MentorRequest r, tx.GetRequest(org_id, request_id));
    if (r.EffectiveStatus(now) != RequestStatus::kPending)
      return FailedPrecondition("Only pending requests can be withdrawn.");
    r.status = RequestStatus::kWithdrawn;
    r.decided_at = now;
    RETURN_IF_ERROR(tx.UpdateRequest(r));
    return ViewOf(tx, r, now);
  });
}

}  // namespace tandem::app
