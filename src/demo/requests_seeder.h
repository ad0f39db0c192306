// Seeder: a few mentee requests in "Career Pathways Mentoring", most mentees left for a
// coordinator's round. Ten days ago one student asked their best-ranked mentor, who accepted;
// the student who ranks the demo mentor highest (of a few) asks him and another mentor, so his
// Requests page has one waiting with its reasons; three more students have one, two and one
// requests open. Goes through the use cases (RecommendMentors, RequestMentor, RespondToRequest)
// as the student and the mentor, each in its own transaction. Runs after the base demo is
// committed; student001 (the rate-limit journey's) and the named student ask nobody.
//
// Deterministic: who asks whom follows fixed positions in e-mail order and the ranking of the
// use cases, never chance or generated ids.
#ifndef TANDEM_DEMO_REQUESTS_SEEDER_H_
#define TANDEM_DEMO_REQUESTS_SEEDER_H_

#include "app/context.h"
#include "demo/cast.h"
#include "demo/seed_summary.h"

namespace tandem::demo {

// Counts the accepted request's relationship and the pending requests in summary. Errors:
// whatever a use case answers.
Status SeedCareerRequests(const app::Context& ctx, const Cast& cast, SeedSummary& summary);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_REQUESTS_SEEDER_H_
