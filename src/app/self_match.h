// Mentee self-match and relationship acceptance.
//
// A mentee sees recommended mentors ranked by the same explained score as match rounds,
// filters them, and requests up to three at once. A mentor accepts or declines with a reason;
// the first mentor to accept wins and the mentee's other pending requests are withdrawn.
// Requests expire after the program's number of days (an expired request is stored as such
// when the mentee next makes a request). Every decision about a request or relationship is
// taken under the participant locks of the people it concerns (Tx::LockParticipants): the
// mentee's for a new request or a withdrawal, both people's for an answer. So two mentees can
// never both take a mentor's last place, a one-to-one mentee never gets two mentors, and a
// mentee never exceeds three open requests or asks one mentor twice, on either database.
#ifndef TANDEM_APP_SELF_MATCH_H_
#define TANDEM_APP_SELF_MATCH_H_

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/relationship.h"
#include "matching/scoring/scorer.h"

namespace tandem::app {

struct RecommendationFilter {
  std::string language;      // ISO code; empty = any
  std::string skill;         // case-insensitive skill the mentor teaches; empty = any
  bool outside_only = false; // mentors from another organisation
};

struct Recommendation {
  std::string mentor_id;
  std::string name;
  std::string headline;
  int score = 0;
  matching::Explanation explanation;
  int remaining_capacity = 0;
  bool outside = false;
  bool requested = false;  // the caller has a pending request to this mentor
};

// One page of the ranking (score, highest first, then name, then id), with explanations for
// the page's mentors only. Scores every mentor of the program from its prepared match data
// (app/match_cache.h); charged to the caller's recommendations budget.
Result<Page<Recommendation>> RecommendMentors(const Context& ctx, const Caller& caller,
                                              const std::string& org_id,
                                              const std::string& program_id,
                                              const RecommendationFilter& filter,
                                              const PageRequest& page = {});

struct RequestView {
  domain::MentorRequest request;
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
  domain::RequestStatus effective_status = domain::RequestStatus::kPending;
};

Result<RequestView> RequestMentor(const Context& ctx, const Caller& caller,
                                  const std::string& org_id, const std::string& program_id,
                                  const std::string& mentor_id, const std::string& message);
// The caller's own requests in the program, newest first.
Result<Page<RequestView>> ListMyRequests(const Context& ctx, const Caller& caller,
                                         const std::string& org_id, const std::string& program_id,
                                         const PageRequest& page);
// Requests addressed to the caller as a mentor, in every organisation, newest first.
Result<Page<RequestView>> ListIncomingRequests(const Context& ctx, const Caller& caller,
                                               const PageRequest& page);
// The mentor's answer. Accepting creates an active relationship. Declining needs a reason.
Result<RequestView> RespondToRequest(const Context& ctx, const Caller& caller,
                                     const std::string& org_id, const std::string& request_id,
                                     bool accept, const std::string& reason);
Result<RequestView> WithdrawRequest(const Context& ctx, const Caller& caller,
                                    const std::string& org_id, const std::string& request_id);

struct RelationshipView {
  domain::Relationship relationship;
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
};
// The program's matching settings and how many mentors the mentee holds now, when the mentor
// has room left in the program and the mentee is below the program's limit of mentors
// (counting relationships that hold a place: proposed, active; not paused); FailedPrecondition
// otherwise. Call under the pair's participant locks. Serves accepting a request and resuming
// a paused match, so both apply one rule.
struct PairRoom {
  domain::MatchingSettings settings;
  int mentee_mentors = 0;
};
Result<PairRoom> CheckRoomForPair(Tx& tx, const domain::Program& program,
                                  const std::string& mentee_id, const std::string& mentor_id);
// The view of a relationship with its people's and program's names (read in tx).
Result<RelationshipView> LoadRelationshipView(Tx& tx, const domain::Relationship& r);
// The caller's relationships as mentee or mentor, in every organisation, newest first.
Result<Page<RelationshipView>> ListMyRelationships(const Context& ctx, const Caller& caller,
                                                   const PageRequest& page);
// A side accepts or declines a proposed relationship; both accepting makes it active.
Result<RelationshipView> RespondToRelationship(const Context& ctx, const Caller& caller,
                                               const std::string& org_id,
                                               const std::string& relationship_id, bool accept);

// Newest first.
Result<Page<domain::Notification>> ListMyNotifications(const Context& ctx, const Caller& caller,
                                                       const PageRequest& page);
Status MarkNotificationRead(const Context& ctx, const Caller& caller, const std::string& id);

}  // namespace tandem::app

#endif  // TANDEM_APP_SELF_MATCH_H_
