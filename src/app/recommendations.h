// Recommended mentors for a mentee, ranked by the same explained score as match rounds.
#ifndef TANDEM_APP_RECOMMENDATIONS_H_
#define TANDEM_APP_RECOMMENDATIONS_H_

#include <string>

#include "app/context.h"
#include "app/pagination.h"
#include "domain/relationship.h"
#include "matching/scoring/fit.h"
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
  matching::Fit fit = matching::Fit::kFair;  // the score in plain words (matching/scoring/fit.h)
  matching::Explanation explanation;
  int remaining_capacity = 0;
  bool outside = false;
  bool requested = false;  // the caller has a pending request to this mentor
};

// A match the mentee holds in the program (proposed, active or awaiting the agreement).
struct HeldMatch {
  std::string relationship_id;
  std::string mentor_id;
  std::string mentor_name;
  domain::RelationshipStatus status = domain::RelationshipStatus::kProposed;
};

// A page of recommendations. When the mentee already holds every mentor the program allows
// (domain::MenteeLimitReached), nothing is recommended: `items` is empty and `matched` lists
// the matches they hold, so their app says they have a mentor and links to the match.
struct RecommendationPage : Page<Recommendation> {
  std::vector<HeldMatch> matched;  // empty while the mentee may take another mentor
};

// One page of the ranking (score, highest first, then name, then id), with explanations for
// the page's mentors only. Scores every mentor of the program from its prepared match data
// (app/match_cache.h); charged to the caller's recommendations budget.
Result<RecommendationPage> RecommendMentors(const Context& ctx, const Caller& caller,
                                            const std::string& org_id,
                                            const std::string& program_id,
                                            const RecommendationFilter& filter,
                                            const PageRequest& page = {});

}  // namespace tandem::app

#endif  // TANDEM_APP_RECOMMENDATIONS_H_
