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

// kAwaitingAgreement: it would be active, but its program's agreement (domain/agreement.h) is
// not yet accepted by everyone it needs; it holds the mentor's place like proposed.
enum class RelationshipStatus { kProposed, kActive, kDeclined, kEnded, kPaused, kAwaitingAgreement };
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
    return status == RelationshipStatus::kProposed || status == RelationshipStatus::kActive ||
           status == RelationshipStatus::kAwaitingAgreement;
  }
};

// Which side of a relationship (or request) a person is on.
enum class Side { kMentee, kMentor };

// The state a new relationship starts in. From an accepted request: active, both sides having
// accepted (the mentee asked, the mentor accepted). From a published round: proposed when the
// program asks both sides to accept, else active at once (the acceptance flags stay unset, as
// they always have: nobody answered).
struct NewRelationshipInput {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;
  std::string mentor_id;
  RelationshipSource source = RelationshipSource::kMatchRound;
  bool require_acceptance = false;  // the program's setting (match rounds only)
  int score = 0;
  std::vector<Reason> reasons;  // why the pair fits (matching/scoring)
};
Relationship NewRelationship(const NewRelationshipInput& in, Millis now);

// Whether a pair has room for one more relationship in a program, counted under the pair's
// participant locks. Places are held by proposed and active relationships (not paused ones).
// One-to-one and group programs: the mentor's capacity and the program's limit of mentors per
// mentee. Peer programs: each person in at most one pair, on either side.
struct PairRoom {
  bool peer = false;
  int mentor_capacity = 0;
  int mentor_places_taken = 0;
  int mentee_mentors = 0;
  int max_mentors_per_mentee = 1;
  bool mentee_paired = false;  // peers: already in a pair
  bool mentor_paired = false;  // peers: already in a pair
};
enum class RoomLack { kNone, kMentorFull, kMenteeFull, kMenteePaired, kMentorPaired };
// The first limit the pair would break, in this order: the mentor's capacity, the mentee's limit
// (peers: the mentee, then the mentor already paired); kNone when there is room.
RoomLack LackOfRoom(const PairRoom& room);

// A side answers a proposed match. Accept sets that side's flag and makes the match active once
// both have accepted; decline ends it as declined. FailedPrecondition ("This match is already
// <status>.") unless proposed. Both set updated_at.
// RequireProposed is their first check, exposed for use cases that check it before other work.
Status RequireProposed(const Relationship& r);
Status AcceptRelationship(Relationship& r, Side side, Millis now);
Status DeclineRelationship(Relationship& r, Millis now);
// Ends a proposed or active match with a reason id (kEndReason*): FailedPrecondition otherwise,
// InvalidArgument for an empty reason. Sets updated_at.
Status EndRelationship(Relationship& r, std::string_view reason, Millis now);

// Safeguarding transitions. Pause: proposed or active -> paused (FailedPrecondition otherwise).
// Resume: paused -> active when both sides had accepted, else proposed (FailedPrecondition when
// not paused). Both set updated_at.
Status PauseRelationship(Relationship& r, Millis now);
Status ResumeRelationship(Relationship& r, Millis now);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RELATIONSHIP_H_
