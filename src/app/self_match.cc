#include "app/self_match.h"

#include <algorithm>

#include "app/match_cache.h"
#include "app/match_context.h"
#include "app/request_budget.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "base/strings.h"

namespace tandem::app {

using domain::Action;
using domain::RequestStatus;

namespace {

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

// Takes the participant locks of a request's or relationship's two people (in the store's
// lock order), after which their requests, relationships and the mentor's capacity can be read
// and changed without racing another transaction (see LockParticipants).
Status LockPair(Tx& tx, const std::string& org_id, const std::string& program_id,
                const std::string& mentee_id, const std::string& mentor_id) {
  return tx.LockParticipants(org_id, program_id, {mentee_id, mentor_id});
}

Result<RequestView> ViewOf(Tx& tx, const domain::MentorRequest& r, Millis now) {
  RequestView v{r, "", "", "", r.EffectiveStatus(now)};
  ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(r.mentee_id));
  ASSIGN_OR_RETURN(domain::Person mentor, tx.GetPerson(r.mentor_id));
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  v.mentee_name = mentee.name;
  v.mentor_name = mentor.name;
  v.program_name = program.name;
  return v;
}

}  // namespace

Result<PairRoom> CheckRoomForPair(Tx& tx, const domain::Program& program,
                                  const std::string& mentee_id, const std::string& mentor_id) {
  const std::string& org_id = program.organisation_id;
  ASSIGN_OR_RETURN(auto mentors,
                   tx.ListParticipants(org_id, program.id, domain::ProgramRole::kMentor));
  int capacity = 0;
  for (const auto& m : mentors)
    if (m.enrollment.person_id == mentor_id) capacity = MentorCapacity(m, program);
  ASSIGN_OR_RETURN(int used, tx.CountCapacityUse(org_id, program.id, mentor_id));
  if (used >= capacity)
    return FailedPrecondition("The mentor has no room for another mentee in " + program.name +
                              " (capacity " + std::to_string(capacity) + ").");
  ASSIGN_OR_RETURN(domain::MatchingSettings settings, SettingsOrDefaults(tx, program));
  RelationshipFilter mine;
  mine.person_id = mentee_id;
  ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, mine));
  const int mentee_has = static_cast<int>(std::count_if(
      rels.begin(), rels.end(),
      [&](const auto& x) { return x.mentee_id == mentee_id && x.UsesCapacity(); }));
  if (mentee_has >= settings.max_mentors_per_mentee)
    return FailedPrecondition("The mentee already has a mentor in " + program.name + ".");
  return PairRoom{std::move(settings), mentee_has};
}

Result<RelationshipView> LoadRelationshipView(Tx& tx, const domain::Relationship& r) {
  RelationshipView v{r, "", "", ""};
  ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(r.mentee_id));
  ASSIGN_OR_RETURN(domain::Person mentor, tx.GetPerson(r.mentor_id));
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(r.organisation_id, r.program_id));
  v.mentee_name = mentee.name;
  v.mentor_name = mentor.name;
  v.program_name = program.name;
  return v;
}

Result<Page<Recommendation>> RecommendMentors(const Context& ctx, const Caller& caller,
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
  };
  ASSIGN_OR_RETURN(Loaded l, InReadTx<Loaded>(ctx.store, [&](Tx& tx) -> Result<Loaded> {
                     RETURN_IF_ERROR(RequireActiveMentee(tx, caller, org_id, program_id));
                     Loaded out;
                     ASSIGN_OR_RETURN(out.prepared, PreparedFor(ctx, tx, org_id, program_id));
                     ASSIGN_OR_RETURN(out.requests,
                                      tx.ListRequestsOfMentee(org_id, program_id, caller.person_id));
                     return out;
                   }));
  const MatchContext& mc = *l.prepared->mc;
  auto me = mc.mentee_index.find(caller.person_id);
  if (me == mc.mentee_index.end()) return FailedPrecondition("You are not an active mentee here.");
  const int i = me->second;
  const std::vector<int>& capacity = l.prepared->remaining_capacity;
  // The filters, lowered once rather than for every mentor.
  const std::string language = ToLower(filter.language), skill = ToLower(filter.skill);
  std::vector<float> dense;
  const float* text = mc.scorer->ScatterText(mc.features.mentees[i], dense);
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
  return pager.Close(std::move(rows));
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
                              (explanation.feasible ? std::string("you are already matched or excluded")
                                                    : explanation.infeasible_reason) +
                              ".");
  if (mc->RemainingMenteeLimit()[i->second] <= 0)
    return FailedPrecondition("You already have a mentor in this program.");
  const int expiry_days = mc->settings.request_expiry_days;
  // The mentor reads the same reasons in their own words on their list of requests.
  const std::string mentor_text =
      mc->scorer
          ->Explain(mc->features.mentees[i->second], mc->features.mentors[j->second],
                    mc->features.vocab, matching::Perspective::kMentor)
          .Text();

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
    int mentors_held = 0;
    for (const auto& x : rels) {
      if (x.mentee_id == caller.person_id && x.mentor_id == mentor_id &&
          x.status == domain::RelationshipStatus::kPaused)
        return FailedPrecondition("Your match with this mentor is paused; a coordinator decides.");
      if (x.mentee_id != caller.person_id || !x.UsesCapacity()) continue;
      if (x.mentor_id == mentor_id)
        return FailedPrecondition("You are already matched with this mentor.");
      ++mentors_held;
    }
    if (mentors_held >= settings.max_mentors_per_mentee)
      return FailedPrecondition("You already have a mentor in this program.");
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
    r.explanation = explanation.Text();
    r.mentor_explanation = mentor_text;
    r.created_at = now;
    r.expires_at = now + expiry_days * kDay;
    Status inserted = tx.InsertRequest(r);
    // Only reachable if a path that skipped the lock made the same request; the index holds.
    if (inserted.code() == StatusCode::kAlreadyExists)
      return AlreadyExists("You already asked this mentor.");
    RETURN_IF_ERROR(inserted);
    ASSIGN_OR_RETURN(RequestView v, ViewOf(tx, r, now));
    RETURN_IF_ERROR(tx.InsertNotification(
        {NewId(), mentor_id, org_id, "request_received",
         v.mentee_name + " asked you to be their mentor in " + v.program_name + ".",
         "/requests", now, 0}));
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
    if (!found.ok() || found->mentor_id != caller.person_id) return NotFound("No such request.");
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
      RETURN_IF_ERROR(tx.InsertNotification(
          {NewId(), r.mentee_id, org_id, "request_declined",
           v.mentor_name + " declined your request: " + reason, "/programs", now, 0}));
      return v;
    }
    // Capacity and the mentee's limit are read under the locks taken above: two acceptances
    // cannot both take the mentor's last place, nor give a one-to-one mentee two mentors.
    ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
    // The pair becomes real now: the mentor must be cleared now, not only when asked.
    SafeguardingFactsCache facts(tx, org_id, r.program_id);
    RETURN_IF_ERROR(CheckPair(tx, facts, program, r.mentee_id, r.mentor_id));
    ASSIGN_OR_RETURN(PairRoom room, CheckRoomForPair(tx, program, r.mentee_id, r.mentor_id));
    const domain::MatchingSettings& settings = room.settings;
    const int mentee_has = room.mentee_mentors;

    domain::Relationship rel;
    rel.id = NewId();
    rel.organisation_id = org_id;
    rel.program_id = r.program_id;
    rel.mentee_id = r.mentee_id;
    rel.mentor_id = r.mentor_id;
    rel.status = domain::RelationshipStatus::kActive;
    rel.source = domain::RelationshipSource::kRequest;
    rel.mentee_accepted = rel.mentor_accepted = true;
    rel.score = r.score;
    rel.explanation = r.explanation;
    rel.mentor_explanation = r.mentor_explanation;
    rel.created_at = rel.updated_at = now;
    RETURN_IF_ERROR(tx.InsertRelationship(rel));
    r.status = RequestStatus::kAccepted;
    RETURN_IF_ERROR(tx.UpdateRequest(r));
    // The first mentor to accept wins: the mentee's other open requests are withdrawn
    // (when the mentee may have only one mentor).
    if (mentee_has + 1 >= settings.max_mentors_per_mentee) {
      ASSIGN_OR_RETURN(auto others, tx.ListRequestsOfMentee(org_id, r.program_id, r.mentee_id));
      for (auto& o : others) {
        if (o.id == r.id || o.EffectiveStatus(now) != RequestStatus::kPending) continue;
        o.status = RequestStatus::kWithdrawn;
        o.decided_at = now;
        RETURN_IF_ERROR(tx.UpdateRequest(o));
      }
    }
    ASSIGN_OR_RETURN(RequestView v, ViewOf(tx, r, now));
    RETURN_IF_ERROR(tx.InsertNotification(
        {NewId(), r.mentee_id, org_id, "request_accepted",
         v.mentor_name + " accepted your request in " + v.program_name + ".",
         "/relationships/" + rel.id, now, 0}));
    return v;
  });
}

Result<RequestView> WithdrawRequest(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& request_id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const Millis now = ctx.clock.Now();
  return InTx<RequestView>(ctx.store, [&](Tx& tx) -> Result<RequestView> {
    auto found = tx.GetRequest(org_id, request_id);
    if (!found.ok() || found->mentee_id != caller.person_id) return NotFound("No such request.");
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

Result<Page<RelationshipView>> ListMyRelationships(const Context& ctx, const Caller& caller,
                                                   const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("my_relationships", page));
  using Out = Page<RelationshipView>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListRelationshipsOfPerson(caller.person_id, pager.query()));
    return pager.Close(std::move(rows),
                       [&](const domain::Relationship& r) { return LoadRelationshipView(tx, r); });
  });
}

Result<RelationshipView> RespondToRelationship(const Context& ctx, const Caller& caller,
                                               const std::string& org_id,
                                               const std::string& relationship_id, bool accept) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const Millis now = ctx.clock.Now();
  return InTx<RelationshipView>(ctx.store, [&](Tx& tx) -> Result<RelationshipView> {
    auto found = tx.GetRelationship(org_id, relationship_id);
    if (!found.ok() ||
        (found->mentee_id != caller.person_id && found->mentor_id != caller.person_id))
      return NotFound("No such relationship.");
    // Both sides may answer at the same moment: each sets its own flag on the row it read, so
    // without the pair's locks the second write would undo the first's flag.
    RETURN_IF_ERROR(LockPair(tx, org_id, found->program_id, found->mentee_id, found->mentor_id));
    ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
    if (r.status != domain::RelationshipStatus::kProposed)
      return FailedPrecondition("This match is already " +
                                std::string(domain::RelationshipStatusName(r.status)) + ".");
    const bool as_mentee = r.mentee_id == caller.person_id;
    if (accept) {
      // Accepting is contact: the pair must still pass safeguarding with the facts of now.
      ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
      SafeguardingFactsCache facts(tx, org_id, r.program_id);
      RETURN_IF_ERROR(CheckPair(tx, facts, program, r.mentee_id, r.mentor_id));
    }
    if (!accept) {
      r.status = domain::RelationshipStatus::kDeclined;
    } else {
      (as_mentee ? r.mentee_accepted : r.mentor_accepted) = true;
      if (r.mentee_accepted && r.mentor_accepted) r.status = domain::RelationshipStatus::kActive;
    }
    r.updated_at = now;
    RETURN_IF_ERROR(tx.UpdateRelationship(r));
    ASSIGN_OR_RETURN(RelationshipView v, LoadRelationshipView(tx, r));
    const std::string& other = as_mentee ? r.mentor_id : r.mentee_id;
    const std::string& me = as_mentee ? v.mentee_name : v.mentor_name;
    std::string text = !accept ? me + " declined the match in " + v.program_name + "."
                       : r.status == domain::RelationshipStatus::kActive
                           ? "Your match with " + me + " in " + v.program_name + " is confirmed."
                           : me + " accepted the match in " + v.program_name + ".";
    RETURN_IF_ERROR(tx.InsertNotification({NewId(), other, org_id,
                                           accept ? "match_accepted" : "match_declined", text,
                                           "/relationships/" + r.id, now, 0}));
    return v;
  });
}

Result<Page<domain::Notification>> ListMyNotifications(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  ASSIGN_OR_RETURN(Pager pager, Pager::Open("notifications", page));
  using Out = Page<domain::Notification>;
  return InReadTx<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    ASSIGN_OR_RETURN(auto rows, tx.ListNotifications(caller.person_id, pager.query()));
    return pager.Close(std::move(rows));
  });
}

Status MarkNotificationRead(const Context& ctx, const Caller& caller, const std::string& id) {
  if (caller.anonymous()) return Unauthenticated("Sign in to continue.");
  const Millis now = ctx.clock.Now();
  return ctx.store.Transact(
      [&](Tx& tx) { return tx.MarkNotificationRead(caller.person_id, id, now); });
}

}  // namespace tandem::app
