// The relationship side of the demo (the second phase of SeedDemo, internal to it): a published
// match round in "Northwind Growth Circles", most of its matches accepted on both sides, and a
// few mentee requests in "Career Pathways Mentoring", one of them accepted.
//
// Everything goes through the app's own use cases (PutMatchingSettings, RunMatchRound,
// PublishMatchRound, RespondToRelationship, RecommendMentors, RequestMentor, RespondToRequest),
// each called with the Caller of the person who would do it in production (the coordinator,
// the mentee, the mentor), so scores and both-side explanations are exactly the production
// ones. Each call is its own transaction, after the base demo has been committed.
//
// Deterministic: who asks whom and who accepts follow fixed positions in name order and the
// ranking of the use cases, never chance or generated ids. Timestamps come from ctx.clock,
// moved back so that the round is three weeks old and the open requests a day or two.
#ifndef TANDEM_APP_SEED_DEMO_MATCHING_H_
#define TANDEM_APP_SEED_DEMO_MATCHING_H_

#include <string>
#include <vector>

#include "app/context.h"

namespace tandem::app {

// A generated student with an active mentee place in Career Pathways.
struct DemoStudent {
  std::string id;
  std::string career;  // "nurse", "software engineer", ...
};

// The ids the second phase needs from the first.
struct DemoCast {
  std::string lincoln_id, northwind_id;
  std::string career_id, circles_id;  // program ids
  std::string northwind_coordinator_id;
  std::string demo_mentor_id;         // mentor@northwind.example
  std::vector<DemoStudent> students;  // in e-mail order (student001, student002, ...)
};

struct DemoMatchingCounts {
  int match_rounds = 0;          // published
  int relationships = 0;         // proposed or active
  int active_relationships = 0;  // included in relationships
  int pending_requests = 0;
};

// Errors: whatever a use case answers (a failure here is a bug in the generator or a change of
// a use case's rules that the demo no longer fits).
Result<DemoMatchingCounts> SeedDemoMatching(const Context& ctx, const DemoCast& cast);

}  // namespace tandem::app

#endif  // TANDEM_APP_SEED_DEMO_MATCHING_H_
