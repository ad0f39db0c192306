// A relationship pairs a mentee and a mentor within one program. It starts "proposed" (from a
// published match round, waiting for both sides when the program asks for acceptance) or
// "active" (a mentor accepted a mentee's request, or the program needs no acceptance), and
// ends "declined" or "ended". Active and proposed relationships use the mentor's capacity.
// "paused" means no contact: safeguarding paused it (a mentor's screening or training lapsed,
// or the mentee became protected); it holds no capacity, the pair is not proposed again, and
// only a coordinator resumes it (back to proposed or active), once the pair may meet again.
#ifndef TANDEM_DOMAIN_RELATIONSHIP_H_
#define TANDEM_DOMAIN_RELATIONSHIP_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/reason.h"
#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

enum class RelationshipStatus { kProposed, kActive, kDeclined, kEnded, kPaused };
// Relationship::end_reason ids.
inline constexpr std::string_view kEndReasonMemberRemoved = "member_removed";  // left the org
inline constexpr std::string_view kEndReasonEnrollmentEnded = "enrollment_ended";  // the program
inline constexpr std::string_view kEndReasonRoleRemoved = "role_removed";  // lost mentor/mentee
std::string_view RelationshipStatusName(RelationshipStatus s);
std::optional<RelationshipStatus> ParseRelationshipStatus(std::string_view s);
enum class RelationshipSource { kMatchRound, kRequest };
std::string_view RelationshipSourceName(RelationshipSource s);
std::optional<RelationshipSource> ParseRelationshipSource(std::string_view s);

struct Relationship {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;
  std::string mentor_id;
  RelationshipStatus status = RelationshipStatus::kProposed;
  RelationshipSource source = RelationshipSource::kMatchRound;
  bool mentee_accepted = false;
  bool mentor_accepted = false;
  int score = 0;
  // Why the pair scores as it does: reason ids with their facts and points, worded by the
  // reader's app from the reader's side (empty on rows from before 0014).
  std::vector<Reason> reasons;
  Millis created_at = 0;
  Millis updated_at = 0;
  // Why it ended, as a reason id the reader's app words (kEndReason*); '' otherwise.
  std::string end_reason;

  bool UsesCapacity() const {
    return status == RelationshipStatus::kProposed || status == RelationshipStatus::kActive;
  }
};

// Safeguarding transitions. Pause: proposed or active -> paused (FailedPrecondition otherwise).
// Resume: paused -> active when both sides had accepted, else proposed (FailedPrecondition when
// not paused). Both set updated_at.
Status PauseRelationship(Relationship& r, Millis now);
Status ResumeRelationship(Relationship& r, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RELATIONSHIP_H_
