// Requests and round matches are one set of facts: the rules that keep a mentee's pending
// requests, their proposed and active relationships and their mentors' capacity consistent.
//
// Pure functions over what the caller read under the participant locks of the people concerned
// (app/relationships.h LockPair, Tx::LockParticipants); the use cases (accepting a request,
// publishing a round) apply what they decide inside their one transaction.
#ifndef TANDEM_DOMAIN_RECONCILE_H_
#define TANDEM_DOMAIN_RECONCILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/time.h"
#include "domain/mentor_request.h"
#include "domain/relationship.h"

namespace tandem::domain {

// MentorRequest::withdraw_reason of a pending request withdrawn because its mentee became
// matched (by a published round or another mentor's acceptance) and holds all the mentors the
// program allows.
inline constexpr std::string_view kWithdrawMatchedElsewhere = "matched_elsewhere";

// What a mentor's acceptance of a pending request does.
//   kCreate: a new active relationship (the pair has room).
//   kAdopt: the pair already holds a place (a published round proposed it, or it became active
//           or awaits the agreement): the request joins that relationship (`relationship`),
//           which the acceptance confirms. No capacity check: the proposal already counts the
//           pair, so accepting makes one relationship of it, never two, never "no room".
//   kPaused: the pair's match is paused by safeguarding; a coordinator decides.
//   kNoRoom: no room (`lack`, domain::LackOfRoom), e.g. the mentor is full.
struct Acceptance {
  enum class Kind { kCreate, kAdopt, kPaused, kNoRoom };
  Kind kind = Kind::kCreate;
  Relationship relationship;  // kAdopt and kPaused: the pair's relationship
  RoomLack lack = RoomLack::kNone;
};
// `relationships` are the mentee's in the request's program (others' rows are ignored); `room`
// is the pair's room counted from them (app ReadRoomForPair).
Acceptance PlanAcceptance(const MentorRequest& request,
                          const std::vector<Relationship>& relationships, const PairRoom& room);

// Accepting a request whose pair already holds a relationship (Acceptance::kAdopt): the mentee
// asked and the mentor accepts, so both sides have accepted. A proposed match becomes active
// (updated_at set); an active one, or one awaiting the agreement, stays as it is.
// FailedPrecondition (RequireProposed's) for a match that holds no place.
Status ConfirmByRequest(Relationship& r, Millis now);

// The pending requests (at `now`) of `mentee_id` to withdraw as matched elsewhere, given the
// relationships that hold after a match was made: none while the mentee may still take another
// mentor (fewer held than max_mentors_per_mentee; peers: not paired), else every pending request
// to a mentor the mentee is not matched with. A request to a mentor the mentee is matched with
// stays pending (its acceptance adopts the match, PlanAcceptance). Requests of other mentees are
// ignored; the result keeps the order of `requests`.
std::vector<MentorRequest> RequestsWithdrawnByMatch(const std::string& mentee_id,
                                                    const std::vector<Relationship>& relationships,
                                                    const std::vector<MentorRequest>& requests,
                                                    int max_mentors_per_mentee, bool peer,
                                                    Millis now);

// Whether the mentee holds every mentor the program allows (relationships that use capacity:
// proposed, active, awaiting the agreement; peers: in any pair, on either side). Recommendations
// stop then, and requests cannot be made.
bool MenteeLimitReached(const std::string& mentee_id,
                        const std::vector<Relationship>& relationships, int max_mentors_per_mentee,
                        bool peer);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_RECONCILE_H_
