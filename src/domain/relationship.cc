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
  }
  return "";
}
std::optional<RelationshipStatus> ParseRelationshipStatus(std::string_view s) {
  static constexpr RelationshipStatus kAll[] = {
      RelationshipStatus::kProposed, RelationshipStatus::kActive, RelationshipStatus::kDeclined,
      RelationshipStatus::kEnded, RelationshipStatus::kPaused};
  return ParseByName(s, kAll, RelationshipStatusName);
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
