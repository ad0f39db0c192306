#include "domain/relationship.h"

#include "domain/enum_names.h"

namespace tandem::domain {

std::string_view RelationshipStatusName(RelationshipStatus s) {
  switch (s) {
    case RelationshipStatus::kProposed: return "proposed";
    case RelationshipStatus::kActive: return "active";
    case RelationshipStatus::kDeclined: return "declined";
    case RelationshipStatus::kEnded: return "ended";
    case RelationshipStatus::kPaused: return "paused";
    case RelationshipStatus::kAwaitingAgreement: return "awaiting_agreement";
  }
  return "";
}
std::optional<RelationshipStatus> ParseRelationshipStatus(std::string_view s) {
  static constexpr RelationshipStatus kAll[] = {
      RelationshipStatus::kProposed, RelationshipStatus::kActive, RelationshipStatus::kDeclined,
      RelationshipStatus::kEnded, RelationshipStatus::kPaused,
      RelationshipStatus::kAwaitingAgreement};
  return ParseByName(s, kAll, RelationshipStatusName);
}

Relationship NewRelationship(const NewRelationshipInput& in, Millis now) {
  Relationship r;
  r.id = in.id;
  r.organisation_id = in.organisation_id;
  r.program_id = in.program_id;
  r.mentee_id = in.mentee_id;
  r.mentor_id = in.mentor_id;
  r.source = in.source;
  if (in.source == RelationshipSource::kRequest) {
    r.status = RelationshipStatus::kActive;
    r.mentee_accepted = r.mentor_accepted = true;
  } else {
    r.status = in.require_acceptance ? RelationshipStatus::kProposed : RelationshipStatus::kActive;
  }
  r.score = in.score;
  r.reasons = in.reasons;
  r.created_at = r.updated_at = now;
  return r;
}

RoomLack LackOfRoom(const PairRoom& room) {
  if (room.peer) {
    if (room.mentee_paired) return RoomLack::kMenteePaired;
    if (room.mentor_paired) return RoomLack::kMentorPaired;
    return RoomLack::kNone;
  }
  if (room.mentor_places_taken >= room.mentor_capacity) return RoomLack::kMentorFull;
  if (room.mentee_mentors >= room.max_mentors_per_mentee) return RoomLack::kMenteeFull;
  return RoomLack::kNone;
}

Status RequireProposed(const Relationship& r) {
  if (r.status != RelationshipStatus::kProposed)
    return FailedPrecondition("This match is already " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  return Status::Ok();
}

Status AcceptRelationship(Relationship& r, Side side, Millis now) {
  RETURN_IF_ERROR(RequireProposed(r));
  (side == Side::kMentee ? r.mentee_accepted : r.mentor_accepted) = true;
  if (r.mentee_accepted && r.mentor_accepted) r.status = RelationshipStatus::kActive;
  r.updated_at = now;
  return Status::Ok();
}

Status DeclineRelationship(Relationship& r, Millis now) {
  RETURN_IF_ERROR(RequireProposed(r));
  r.status = RelationshipStatus::kDeclined;
  r.updated_at = now;
  return Status::Ok();
}

Status EndRelationship(Relationship& r, std::string_view reason, Millis now) {
  if (reason.empty()) return InvalidArgument("A match ends with a reason.");
  if (!r.UsesCapacity())
    return FailedPrecondition("Only proposed or active matches can end; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = RelationshipStatus::kEnded;
  r.end_reason = std::string(reason);
  r.updated_at = now;
  return Status::Ok();
}

Status PauseRelationship(Relationship& r, Millis now) {
  if (!r.UsesCapacity())
    return FailedPrecondition("Only proposed or active matches can be paused; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = RelationshipStatus::kPaused;
  r.updated_at = now;
  return Status::Ok();
}

Status ResumeRelationship(Relationship& r, Millis now) {
  if (r.status != RelationshipStatus::kPaused)
    return FailedPrecondition("Only paused matches can be resumed; this one is " +
                              std::string(RelationshipStatusName(r.status)) + ".");
  r.status = r.mentee_accepted && r.mentor_accepted ? RelationshipStatus::kActive
                                                    : RelationshipStatus::kProposed;
  r.updated_at = now;
  return Status::Ok();
}

std::string_view RelationshipSourceName(RelationshipSource s) {
  return s == RelationshipSource::kMatchRound ? "match_round" : "request";
}
std::optional<RelationshipSource> ParseRelationshipSource(std::string_view s) {
  static constexpr RelationshipSource kAll[] = {RelationshipSource::kMatchRound,
                                                RelationshipSource::kRequest};
  return ParseByName(s, kAll, RelationshipSourceName);
}

}  // namespace tandem::domain
