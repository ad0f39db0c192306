#include "demo/circles_seeder.h"

#include <string>

#include "app/match_rounds.h"
#include "app/matching_settings.h"
#include "app/relationships.h"
#include "demo/shifted_clock.h"

namespace tandem::demo {
namespace {

app::Caller As(const std::string& person_id) { return app::Caller{person_id}; }

// The relationship of the round's pair, as the mentee sees it.
Result<std::string> RelationshipId(const app::Context& ctx, const Cast& cast,
                                   const std::string& mentee_id, const std::string& mentor_id) {
  app::PageRequest page{app::kMaxPageSize, ""};
  do {
    ASSIGN_OR_RETURN(auto mine, app::ListMyRelationships(ctx, As(mentee_id), page));
    for (const auto& v : mine.items)
      if (v.relationship.program_id == cast.circles.id && v.relationship.mentor_id == mentor_id)
        return v.relationship.id;
    page.cursor = mine.next_cursor;
  } while (!page.cursor.empty());
  return Internal("The published demo match has no relationship.");
}

}  // namespace

Status SeedGrowthCircles(const app::Context& base, const Cast& cast, SeedSummary& summary) {
  ShiftedClock clock(base.clock);
  const app::Context ctx = WithClock(base, clock);
  const app::Caller coordinator = As(cast.northwind_coordinator.id);
  const std::string& org = cast.northwind.id;
  const std::string& circles = cast.circles.id;
  // Each colleague joins one circle (a group program allows three mentors by default).
  clock.Back(22 * kDay);
  ASSIGN_OR_RETURN(auto settings, app::GetMatchingSettings(ctx, coordinator, org, circles));
  settings.max_mentors_per_mentee = 1;
  RETURN_IF_ERROR(app::PutMatchingSettings(ctx, coordinator, org, circles, settings).status());

  clock.Back(21 * kDay);
  ASSIGN_OR_RETURN(app::RoundView round, app::RunMatchRound(ctx, coordinator, org, circles, {}));
  clock.Back(21 * kDay - 2 * kHour);
  ASSIGN_OR_RETURN(app::RoundView published,
                   app::PublishMatchRound(ctx, coordinator, org, round.round.id));
  ++summary.match_rounds;

  // In name order: most answer within a few days on both sides; every sixth pair waits for
  // the lead's answer, the next for both.
  for (size_t k = 0; k < published.proposals.size(); ++k) {
    const domain::Proposal& p = published.proposals[k].proposal;
    ++summary.relationships;
    const bool mentee_answers = k % 6 != 5;
    const bool mentor_answers = k % 6 < 4;
    if (!mentee_answers) continue;
    ASSIGN_OR_RETURN(std::string id, RelationshipId(ctx, cast, p.mentee_id, p.mentor_id));
    clock.Back((20 - static_cast<int>(k % 3)) * kDay);
    RETURN_IF_ERROR(app::RespondToRelationship(ctx, As(p.mentee_id), org, id, true).status());
    if (!mentor_answers) continue;
    clock.Back((19 - static_cast<int>(k % 4)) * kDay + 5 * kHour);
    RETURN_IF_ERROR(app::RespondToRelationship(ctx, As(p.mentor_id), org, id, true).status());
    ++summary.active_relationships;
  }
  return Status::Ok();
}

}  // namespace tandem::demo
