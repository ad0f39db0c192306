// Mentoring relationships and the records that lead to them: program matching settings,
// coordinator exclusions, match rounds with their proposals, and mentees' requests to mentors.
//
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
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/time.h"

namespace tandem::domain {

// Per-program matching configuration, edited by coordinators.
struct MatchingSettings {
  std::string organisation_id;
  std::string program_id;
  // criterion name -> priority name ("must", "high", "medium", "low", "ignore"); criteria not
  // listed use the program type's defaults.
  std::vector<std::pair<std::string, std::string>> priorities;
  int max_mentors_per_mentee = 1;  // > 1 for group programs
  bool require_acceptance = true;  // published matches wait for both sides
  int request_expiry_days = 7;     // mentee requests expire after this many days
  // Equity: mentees with this background value get priority in match rounds (empty = none).
  std::string priority_field;      // e.g. "first_generation"
  std::string priority_value;      // e.g. "yes"
};
Status ValidateMatchingSettings(const MatchingSettings& s);

struct Exclusion {
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;  // person ids
  std::string mentor_id;
  std::string reason;
  Millis created_at = 0;
};

enum class Objective { kScore, kCoverage };  // highest total; most mentees, then score
std::string_view ObjectiveName(Objective o);
std::optional<Objective> ParseObjective(std::string_view s);

enum class RoundStatus { kDraft, kPublished, kDiscarded };
std::string_view RoundStatusName(RoundStatus s);
std::optional<RoundStatus> ParseRoundStatus(std::string_view s);

struct MatchRound {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  Objective objective = Objective::kScore;
  RoundStatus status = RoundStatus::kDraft;
  std::vector<std::string> mentee_scope;  // person ids; empty = every active mentee
  std::vector<std::string> mentor_scope;  // person ids; empty = every active mentor
  int candidates_per_mentee = 100;        // K: best mentors kept per mentee; re-runs reuse it
  std::string created_by;
  Millis created_at = 0;
  Millis published_at = 0;
  int total_score = 0;
  int matched = 0;
  int unmatched = 0;
  int priority_cost = 0;  // score given up to honour the priority group
};

struct Proposal {
  std::string round_id;
  std::string organisation_id;
  std::string mentee_id;
  std::string mentor_id;
  int score = 0;
  std::string explanation;         // to the mentee: "teaches SQL at level 4, … (+25) · …"
  std::string mentor_explanation;  // the same reasons to the mentor; copied on publish
  bool locked = false;             // kept by re-runs
  // The points the explanation names; the relationship's score on publish, so participants
  // never see what background answers they may not see earned (score - shown_score).
  int shown_score = 0;
};

struct Unmatched {
  std::string round_id;
  std::string organisation_id;
  std::string mentee_id;
  std::string reason;  // "no mentor shares a language", "every cleared mentor is at capacity"
};

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
  std::string explanation;         // worded for the mentee
  std::string mentor_explanation;  // the same reasons worded for the mentor ('' on old rows)
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

enum class RequestStatus { kPending, kAccepted, kDeclined, kWithdrawn, kExpired };
std::string_view RequestStatusName(RequestStatus s);
std::optional<RequestStatus> ParseRequestStatus(std::string_view s);

inline constexpr int kMaxOpenRequests = 3;

// A mentee asks a mentor directly (self-match). The first mentor to accept wins; the
// mentee's other pending requests are withdrawn.
struct MentorRequest {
  std::string id;
  std::string organisation_id;
  std::string program_id;
  std::string mentee_id;
  std::string mentor_id;
  std::string message;
  RequestStatus status = RequestStatus::kPending;  // stored; expiry is derived
  std::string decline_reason;
  int score = 0;
  std::string explanation;         // from the mentee's side, at request time
  std::string mentor_explanation;  // the same reasons from the mentor's side ('' on old rows)
  Millis created_at = 0;
  Millis expires_at = 0;
  Millis decided_at = 0;

  RequestStatus EffectiveStatus(Millis now) const {
    if (status == RequestStatus::kPending && now >= expires_at) return RequestStatus::kExpired;
    return status;
  }
};

// In-app notices ("You have a new mentor match").
struct Notification {
  std::string id;
  std::string person_id;
  std::string organisation_id;
  std::string kind;  // "match_proposed", "request_received", "request_accepted", ...
  std::string text;
  std::string link;  // client route, e.g. "/relationships/ID"
  Millis created_at = 0;
  Millis read_at = 0;
};

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RELATIONSHIP_H_
