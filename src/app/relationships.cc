#include "app/relationships.h"

#include <algorithm>

#include "app/agreements.h"
#include "app/care.h"
#include "app/match_context.h"
#include "app/notifications.h"
#include "app/plans.h"
#include "app/safeguarding.h"
#include "base/ids.h"
#include "domain/relationship_policy.h"

namespace tandem::app {

// Takes the participant locks of a request's or relationship's two people (in the store's
// lock order), after which their requests, relationships and the mentor's capacity can be read
// and changed without racing another transaction (see LockParticipants).
Status LockPair(Tx& tx, const std::string& org_id, const std::string& program_id,
                const std::string& mentee_id, const std::string& mentor_id) {
  return tx.LockParticipants(org_id, program_id, {mentee_id, mentor_id});
}

Result<PairRoomRead> ReadRoomForPair(Tx& tx, const domain::Program& program,
                                     const std::string& mentee_id, const std::string& mentor_id) {
  const std::string& org_id = program.organisation_id;
  PairRoomRead out;
  ASSIGN_OR_RETURN(auto mentors,
                   tx.ListParticipants(org_id, program.id, domain::ProgramRole::kMentor));
  for (const auto& m : mentors)
    if (m.enrollment.person_id == mentor_id) out.room.mentor_capacity = MentorCapacity(m, program);
  ASSIGN_OR_RETURN(out.room.mentor_places_taken,
                   tx.CountCapacityUse(org_id, program.id, mentor_id));
  ASSIGN_OR_RETURN(out.settings, SettingsOrDefaults(tx, program));
  out.room.max_mentors_per_mentee = out.settings.max_mentors_per_mentee;
  RelationshipFilter mine;
  mine.person_id = mentee_id;
  ASSIGN_OR_RETURN(auto rels, tx.ListRelationships(org_id, program.id, mine));
  out.room.mentee_mentors = static_cast<int>(std::count_if(
      rels.begin(), rels.end(),
      [&](const auto& x) { return x.mentee_id == mentee_id && x.UsesCapacity(); }));
  return out;
}

Status RoomRefusal(domain::RoomLack lack, const domain::Program& program,
                   const domain::PairRoom& room) {
  switch (lack) {
    case domain::RoomLack::kNone: return Status::Ok();
    case domain::RoomLack::kMentorFull:
      return FailedPrecondition("The mentor has no room for another mentee in " + program.name +
                                " (capacity " + std::to_string(room.mentor_capacity) + ").");
    case domain::RoomLack::kMenteeFull:
      return FailedPrecondition("The mentee already has a mentor in " + program.name + ".");
    case domain::RoomLack::kMenteePaired:
    case domain::RoomLack::kMentorPaired:
      return FailedPrecondition("One of these peers has been paired since; end that first.");
  }
  return Internal("unhandled lack of room");
}

Result<PairRoomRead> CheckRoomForPair(Tx& tx, const domain::Program& program,
                                      const std::string& mentee_id, const std::string& mentor_id) {
  ASSIGN_OR_RETURN(PairRoomRead read, ReadRoomForPair(tx, program, mentee_id, mentor_id));
  RETURN_IF_ERROR(RoomRefusal(domain::LackOfRoom(read.room), program, read.room));
  return read;
}

Result<domain::Relationship> CreateRelationship(Tx& tx, const domain::PairRoom& room,
                                                const domain::NewRelationshipInput& input,
                                                Millis now, const RoomRefuser& refuse) {
  const domain::RoomLack lack = domain::LackOfRoom(room);
  if (lack != domain::RoomLack::kNone) {
    Status refused = refuse(lack);
    // A refuser that answers OK would let a full mentor take another mentee: never.
    return refused.ok() ? Internal("a lack of room was not refused") : refused;
  }
  domain::Relationship r = domain::NewRelationship(input, now);
  RETURN_IF_ERROR(tx.InsertRelationship(r));
  // Every relationship starts with a copy of its program's plan template, if it has one.
  RETURN_IF_ERROR(ApplyPlanTemplate(tx, r, now));
  // And a relationship manager (app/care.h).
  RETURN_IF_ERROR(AssignDefaultManager(tx, r, now));
  return r;
}

Result<PairNames> LoadPairNames(Tx& tx, const std::string& org_id, const std::string& program_id,
                                const std::string& mentee_id, const std::string& mentor_id) {
  ASSIGN_OR_RETURN(domain::Person mentee, tx.GetPerson(mentee_id));
  ASSIGN_OR_RETURN(domain::Person mentor, tx.GetPerson(mentor_id));
  ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, program_id));
  return PairNames{mentee.name, mentor.name, program.name};
}

Result<RelationshipView> LoadRelationshipView(Tx& tx, const domain::Relationship& r) {
  ASSIGN_OR_RETURN(PairNames names,
                   LoadPairNames(tx, r.organisation_id, r.program_id, r.mentee_id, r.mentor_id));
  return RelationshipView{r, names.mentee, names.mentor, names.program};
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
    if (!found.ok()) return NotFound("No such relationship.");
    ASSIGN_OR_RETURN(domain::PartyActor who, PartyActorIn(tx, caller, org_id));
    RETURN_IF_ERROR(
        domain::AuthorizeOnRelationship(who, *found, domain::RelationshipAction::kRespond));
    // Both sides may answer at the same moment: each sets its own flag on the row it read, so
    // without the pair's locks the second write would undo the first's flag.
    RETURN_IF_ERROR(LockPair(tx, org_id, found->program_id, found->mentee_id, found->mentor_id));
    ASSIGN_OR_RETURN(domain::Relationship r, tx.GetRelationship(org_id, relationship_id));
    RETURN_IF_ERROR(domain::RequireProposed(r));
    const std::optional<domain::Side> side_of = domain::SideOf(domain::RelationsTo(who, domain::PartiesOf(r)));
    if (!side_of) return NotFound("No such relationship.");  // the policy allowed a side only
    const domain::Side side = *side_of;
    const bool as_mentee = side == domain::Side::kMentee;
    if (accept) {
      // Accepting is contact: the pair must still pass safeguarding with the facts of now.
      ASSIGN_OR_RETURN(domain::Program program, tx.GetProgram(org_id, r.program_id));
      SafeguardingFactsCache facts(tx, org_id, r.program_id);
      RETURN_IF_ERROR(CheckPair(tx, facts, program, r.mentee_id, r.mentor_id));
    }
    RETURN_IF_ERROR(accept ? domain::AcceptRelationship(r, side, now)
                           : domain::DeclineRelationship(r, now));
    RETURN_IF_ERROR(tx.UpdateRelationship(r));
    // Both sides accepted: the program's agreement comes first when it has one.
    RETURN_IF_ERROR(HoldForAgreement(ctx, tx, r, now));
    ASSIGN_OR_RETURN(RelationshipView v, LoadRelationshipView(tx, r));
    const std::string& other = as_mentee ? r.mentor_id : r.mentee_id;
    const std::string& me = as_mentee ? v.mentee_name : v.mentor_name;
    const auto told = !accept ? &domain::MatchDeclined
                      : r.status == domain::RelationshipStatus::kActive ? &domain::MatchConfirmed
                                                                         : &domain::MatchAccepted;
    RETURN_IF_ERROR(Notify(tx, other, org_id, now, told(r.id, v.program_name, me)));
    return v;
  });
}

}  // namespace tandem::app
