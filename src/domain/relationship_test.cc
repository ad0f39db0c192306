#include "domain/relationship.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

TEST(RelationshipTest, PauseAndResume) {
  for (bool both_accepted : {false, true}) {
    Relationship r;
    r.status = both_accepted ? RelationshipStatus::kActive : RelationshipStatus::kProposed;
    r.mentee_accepted = r.mentor_accepted = both_accepted;
    ASSERT_TRUE(PauseRelationship(r, 5).ok());
    EXPECT_EQ(r.status, RelationshipStatus::kPaused);
    EXPECT_EQ(r.updated_at, 5);
    EXPECT_FALSE(r.UsesCapacity());
    EXPECT_EQ(PauseRelationship(r, 6).code(), StatusCode::kFailedPrecondition);
    ASSERT_TRUE(ResumeRelationship(r, 7).ok());
    EXPECT_EQ(r.status, both_accepted ? RelationshipStatus::kActive : RelationshipStatus::kProposed);
    EXPECT_EQ(ResumeRelationship(r, 8).code(), StatusCode::kFailedPrecondition);
  }
  for (auto s : {RelationshipStatus::kDeclined, RelationshipStatus::kEnded}) {
    Relationship r;
    r.status = s;
    EXPECT_EQ(PauseRelationship(r, 1).code(), StatusCode::kFailedPrecondition);
    EXPECT_EQ(ResumeRelationship(r, 1).code(), StatusCode::kFailedPrecondition);
  }
  EXPECT_EQ(ParseRelationshipStatus("paused"), RelationshipStatus::kPaused);
  EXPECT_EQ(RelationshipStatusName(RelationshipStatus::kPaused), "paused");
}

}  // namespace
}  // namespace tandem::domain
