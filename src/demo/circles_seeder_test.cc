#include "demo/circles_seeder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_test_support.h"

namespace tandem::demo {
namespace {

class CirclesSeederTest : public SeededDemoTest {};

TEST_F(CirclesSeederTest, GrowthCirclesHasAPublishedRoundWithMostMatchesAccepted) {
  db_->Read([&](Tx& tx) {
    const auto northwind = Org(tx, "northwind");
    const auto circles = Program(tx, northwind.id, "Northwind Growth Circles");
    const auto rounds = Must(tx.ListRounds(northwind.id, circles.id));
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].status, domain::RoundStatus::kPublished);
    EXPECT_LT(rounds[0].published_at, db_->clock.Now() - 14 * kDay);  // a few weeks old
    const auto proposals = Must(tx.ListProposals(northwind.id, rounds[0].id));

    const auto rels = Must(tx.ListRelationships(northwind.id, circles.id, {}));
    EXPECT_EQ(rels.size(), proposals.size());
    EXPECT_GE(rels.size(), 10u);
    int active = 0, proposed = 0, jordan = 0;
    std::set<std::string> mentees;
    const auto demo_mentor = Must(tx.FindPersonByEmail("mentor@northwind.example"));
    ASSERT_TRUE(demo_mentor.has_value());
    for (const auto& r : rels) {
      EXPECT_EQ(r.source, domain::RelationshipSource::kMatchRound);
      EXPECT_TRUE(mentees.insert(r.mentee_id).second) << "one circle per colleague";
      // Scored and explained by the round.
      EXPECT_GT(r.score, 0);
      EXPECT_FALSE(r.reasons.empty());
      const bool is_proposal = std::any_of(proposals.begin(), proposals.end(), [&](const auto& p) {
        // The relationship shows only the points its explanation names.
        return p.mentee_id == r.mentee_id && p.mentor_id == r.mentor_id &&
               p.shown_score == r.score && p.reasons == r.reasons;
      });
      EXPECT_TRUE(is_proposal);
      if (r.status == domain::RelationshipStatus::kActive) {
        ++active;
        EXPECT_TRUE(r.mentee_accepted && r.mentor_accepted);
      } else {
        EXPECT_EQ(r.status, domain::RelationshipStatus::kProposed);
        EXPECT_FALSE(r.mentee_accepted && r.mentor_accepted);
        ++proposed;
      }
      if (r.mentor_id == demo_mentor->id) ++jordan;
    }
    EXPECT_GT(active, proposed);  // most accepted on both sides
    EXPECT_GE(proposed, 2);       // a few still wait for an answer
    EXPECT_GE(jordan, 1);         // the demo mentor leads a circle
    // Both people were told, as the use cases do in production.
    const auto notes = Must(EveryRow(tx.ListNotifications(demo_mentor->id, kEveryRow)));
    EXPECT_TRUE(std::any_of(notes.begin(), notes.end(), [](const auto& n) {
      auto program = n.params.find("program_name");
      return program != n.params.end() && program->second == "Northwind Growth Circles";
    }));
  });
}

}  // namespace
}  // namespace tandem::demo
