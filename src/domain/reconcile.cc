#include "domain/reconcile.h"

namespace tandem::domain {

namespace {

bool Holds(const Relationship& r, const std::string& person, bool peer) {
  if (!r.UsesCapacity()) return false;
  return r.mentee_id == person || (peer && r.mentor_id == person);
}

}  // namespace

Acceptance PlanAcceptance(const MentorRequest& request,
                          const std::vector<Relationship>& relationships, const PairRoom& room) {
  Acceptance out;
  for (const auto& r : relationships) {
    if (r.mentee_id != request.mentee_id || r.mentor_id != request.mentor_id) continue;
    if (r.UsesCapacity()) {
      out.kind = Acceptance::Kind::kAdopt;
      out.relationship = r;
      return out;
    }
    if (r.status == RelationshipStatus::kPaused) {
      out.kind = Acceptance::Kind::kPaused;
      out.relationship = r;
      return out;
    }
  }
  out.lack = LackOfRoom(room);
  out.kind = out.lack == RoomLack::kNone ? Acceptance::Kind::kCreate : Acceptance::Kind::kNoRoom;
  return out;
}

Status ConfirmByRequest(Relationship& r, Millis now) {
  if (r.status == RelationshipStatus::kActive || r.status == RelationshipStatus::kAwaitingAgreement)
    return Status::Ok();
  RETURN_IF_ERROR(RequireProposed(r));
  // Each side's flag once: the second acceptance makes the match active.
  if (!r.mentee_accepted) RETURN_IF_ERROR(AcceptRelationship(r, Side::kMentee, now));
  if (r.status == RelationshipStatus::kProposed && !r.mentor_accepted)
    RETURN_IF_ERROR(AcceptRelationship(r, Side::kMentor, now));
  return Status::Ok();
}

bool MenteeLimitReached(const std::string& mentee_id,
                        const std::vector<Relationship>& relationships, int max_mentors_per_mentee,
                        bool peer) {
  int held = 0;
  for (const auto& r : relationships)
    if (Holds(r, mentee_id, peer)) ++held;
  return held >= (peer ? 1 : max_mentors_per_mentee);
}

std::vector<MentorRequest> RequestsWithdrawnByMatch(const std::string& mentee_id,
                                                    const std::vector<Relationship>& relationships,
                                                    const std::vector<MentorRequest>& requests,
                                                    int max_mentors_per_mentee, bool peer,
                                                    Millis now) {
  std::vector<MentorRequest> out;
  if (!MenteeLimitReached(mentee_id, relationships, max_mentors_per_mentee, peer)) return out;
  auto matched_with = [&](const std::string& mentor_id) {
    for (const auto& r : relationships)
      if (r.UsesCapacity() && r.mentee_id == mentee_id && r.mentor_id == mentor_id) return true;
    return false;
  };
  for (const auto& q : requests) {
    if (q.mentee_id != mentee_id || q.EffectiveStatus(now) != RequestStatus::kPending) continue;
    if (matched_with(q.mentor_id)) continue;
    out.push_back(q);
  }
  return out;
}

}  // namespace tandem::domain
