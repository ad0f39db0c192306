#include "domain/relationship.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

TEST(RelationshipTest, PauseAndResume) {
  for (bool both_accepted : {false, true}) {
    Relationship r;
    r.status = both_accepted ? RelationshipStatus::kActive : RelationshipStatus::kProposed;
    r.mentee_accepted = r.mentor_accepted = both_accepted;
    ASSERT_OK(PauseRelationship(r, 5));
    EXPECT_EQ(r.status, RelationshipStatus::kPaused);
    EXPECT_EQ(r.updated_at, 5);
    EXPECT_FALSE(r.UsesCapacity());
    EXPECT_CODE(PauseRelationship(r, 6), StatusCode::kFailedPrecondition);
    ASSERT_OK(ResumeRelationship(r, 7));
    EXPECT_EQ(r.status, both_accepted ? RelationshipStatus::kActive : RelationshipStatus::kProposed);
    EXPECT_CODE(ResumeRelationship(r, 8), StatusCode::kFailedPrecondition);
  }
  for (auto s : {RelationshipStatus::kDeclined, RelationshipStatus::kEnded}) {
    Relationship r;
    r.status = s;
    EXPECT_CODE(PauseRelationship(r, 1), StatusCode::kFailedPrecondition);
    EXPECT_CODE(ResumeRelationship(r, 1), StatusCode::kFailedPrecondition);
  }
  EXPECT_EQ(ParseRelationshipStatus("paused"), RelationshipStatus::kPaused);
  EXPECT_EQ(RelationshipStatusName(RelationshipStatus::kPaused), "paused");
}

}  // namespace
}  // namespace tandem::domain
