// Youth safeguarding in the use cases: reading what the rules need (domain/safeguarding.h)
// from the store, and enforcing them after anything they depend on changes.
//
// Every path by which a mentor reaches a mentee asks the same question, MayReach, with facts
// read in the deciding transaction: recommendations and round proposals through the matching
// features (MatchContext), requests, acceptances and publishing explicitly. When a fact changes
// (a coordinator revokes screening or training, marks someone a minor, a person ticks or clears
// their own box, a program becomes a youth program), EnforceSafeguarding withdraws the pending
// requests and unpublished proposals that no longer pass, pauses proposed and active
// relationships that no longer pass (no contact; a coordinator resumes them), and tells the
// program's coordinators and the people concerned. Not thread-safe; used inside one Tx.
#ifndef TANDEM_APP_SAFEGUARDING_H_
#define TANDEM_APP_SAFEGUARDING_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/pagination.h"
#include "app/relationships.h"
#include "app/store.h"
#include "domain/program.h"
#include "domain/safeguarding.h"

namespace tandem::app {

// Adds one enrollment's contribution to a person's facts in its program: a mark on any of the
// person's enrollments counts; screening and training come from the mentor enrollment.
void MergeFacts(domain::SafeguardingFacts& facts, const domain::Enrollment& e);
// Facts of an active participant as ListParticipants read them.
void MergeFacts(domain::SafeguardingFacts& facts, const Participant& p);

// The facts of people in one program, each read once per transaction (both enrollments of the
// person, any status, and their profile), or taken from participant lists already loaded.
class SafeguardingFactsCache {
 public:
  SafeguardingFactsCache(Tx& tx, std::string org_id, std::string program_id)
      : tx_(tx), org_id_(std::move(org_id)), program_id_(std::move(program_id)) {}
  Result<domain::SafeguardingFacts> Get(const std::string& person_id);

 private:
  Tx& tx_;
  std::string org_id_, program_id_;
  std::map<std::string, domain::SafeguardingFacts> facts_;
};

// Whether a new enrollment of the person in `role` starts with a coordinator's minor mark: the
// mark on their enrollment in the other role of the same program carries over, however the new
// one is made (application, invitation).
Result<bool> CarriedMinorMark(Tx& tx, const std::string& org_id, const std::string& program_id,
                              const std::string& person_id, domain::ProgramRole role);

// OK when the pair may meet now, else FailedPrecondition naming the rule (domain::CheckReach).
Status CheckPair(Tx& tx, SafeguardingFactsCache& facts, const domain::Program& program,
                 const std::string& mentee_id, const std::string& mentor_id);

// Takes the participant locks EnforceSafeguarding needs for `person_id` in one call: the person
// and everyone they have an open relationship or a pending request with in the program.
Status LockForSafeguarding(Tx& tx, const std::string& org_id, const std::string& program_id,
                           const std::string& person_id, Millis now);
// The same for several people at once (a bulk change), still in one LockParticipants call.
Status LockForSafeguarding(Tx& tx, const std::string& org_id, const std::string& program_id,
                           const std::vector<std::string>& person_ids, Millis now);

// What EnforceSafeguarding changed.
struct SafeguardingOutcome {
  int requests_withdrawn = 0;
  int proposals_withdrawn = 0;
  std::vector<std::string> paused;  // relationship ids
  bool Changed() const {
    return requests_withdrawn + proposals_withdrawn > 0 || !paused.empty();
  }
};

// Re-checks every pending request, unpublished proposal and proposed or active relationship of
// these people in the program against MayReach with the facts of now, and withdraws or pauses
// what fails. Notifies the organisation's coordinators (kind "safeguarding_paused", link to the
// program's enrollments) when anything changed, and both people of each paused relationship
// (kind "match_paused"). Call under LockForSafeguarding (or the program-wide equivalent).
Result<SafeguardingOutcome> EnforceSafeguarding(Tx& tx, const domain::Program& program,
                                                const std::set<std::string>& person_ids,
                                                Millis now);

// The program's paused relationships, for its coordinators (kManageMatching), newest first.
Result<Page<RelationshipView>> ListPausedRelationships(const Context& ctx, const Caller& caller,
                                                       const std::string& org_id,
                                                       const std::string& program_id,
                                                       const PageRequest& page);

// A coordinator resumes a paused relationship (kManageMatching): FailedPrecondition unless the
// pair may meet again (screening, training, minor rules), the mentor has room and the mentee
// may take another mentor. Back to active when both sides had accepted, else proposed.
// Notifies both people (kind "match_resumed").
Result<RelationshipView> ResumeRelationship(const Context& ctx, const Caller& caller,
                                            const std::string& org_id,
                                            const std::string& relationship_id);

}  // namespace tandem::app

#endif  // TANDEM_APP_SAFEGUARDING_H_
