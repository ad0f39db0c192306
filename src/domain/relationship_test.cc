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

TEST(RelationshipTest, NewFromARequestIsActiveAndAccepted) {
  NewRelationshipInput in{"r1", "org", "prog", "mentee", "mentor", RelationshipSource::kRequest,
                          true, 70, {Reason{"skill_match", 30, {{"skill", "SQL"}}}}};
  Relationship r = NewRelationship(in, 9);
  EXPECT_EQ(r.status, RelationshipStatus::kActive);
  EXPECT_TRUE(r.mentee_accepted);
  EXPECT_TRUE(r.mentor_accepted);
  EXPECT_EQ(r.source, RelationshipSource::kRequest);
  EXPECT_EQ(r.score, 70);
  ASSERT_EQ(r.reasons.size(), 1u);
  EXPECT_EQ(r.reasons[0].id, "skill_match");
  EXPECT_EQ(r.created_at, 9);
  EXPECT_EQ(r.updated_at, 9);
}

TEST(RelationshipTest, NewFromARoundFollowsTheProgramsAcceptanceSetting) {
  NewRelationshipInput in{"r1", "org", "prog", "mentee", "mentor", RelationshipSource::kMatchRound,
                          true, 0, {}};
  Relationship proposed = NewRelationship(in, 1);
  EXPECT_EQ(proposed.status, RelationshipStatus::kProposed);
  EXPECT_FALSE(proposed.mentee_accepted || proposed.mentor_accepted);
  in.require_acceptance = false;
  Relationship active = NewRelationship(in, 1);
  EXPECT_EQ(active.status, RelationshipStatus::kActive);
  EXPECT_FALSE(active.mentee_accepted || active.mentor_accepted);
}

TEST(RelationshipTest, AcceptByOneSideThenBoth) {
  for (Side first : {Side::kMentee, Side::kMentor}) {
    Relationship r;
    r.status = RelationshipStatus::kProposed;
    ASSERT_OK(AcceptRelationship(r, first, 3));
    EXPECT_EQ(r.status, RelationshipStatus::kProposed);
    EXPECT_EQ(r.mentee_accepted, first == Side::kMentee);
    EXPECT_EQ(r.mentor_accepted, first == Side::kMentor);
    EXPECT_EQ(r.updated_at, 3);
    Side second = first == Side::kMentee ? Side::kMentor : Side::kMentee;
    ASSERT_OK(AcceptRelationship(r, second, 4));
    EXPECT_EQ(r.status, RelationshipStatus::kActive);
    Status again = AcceptRelationship(r, first, 5);
    EXPECT_CODE(again, StatusCode::kFailedPrecondition);
    EXPECT_EQ(again.message(), "This match is already active.");
  }
}

TEST(RelationshipTest, Decline) {
  Relationship r;
  r.status = RelationshipStatus::kProposed;
  r.mentee_accepted = true;
  ASSERT_OK(DeclineRelationship(r, 2));
  EXPECT_EQ(r.status, RelationshipStatus::kDeclined);
  EXPECT_EQ(r.updated_at, 2);
  EXPECT_CODE(DeclineRelationship(r, 3), StatusCode::kFailedPrecondition);
  EXPECT_CODE(AcceptRelationship(r, Side::kMentor, 3), StatusCode::kFailedPrecondition);
  for (auto s : {RelationshipStatus::kActive, RelationshipStatus::kPaused,
                 RelationshipStatus::kEnded}) {
    Relationship x;
    x.status = s;
    EXPECT_CODE(DeclineRelationship(x, 1), StatusCode::kFailedPrecondition);
    EXPECT_EQ(x.status, s);
  }
}

TEST(RelationshipTest, EndWithAReason) {
  for (auto s : {RelationshipStatus::kProposed, RelationshipStatus::kActive}) {
    Relationship r;
    r.status = s;
    EXPECT_CODE(EndRelationship(r, "", 1), StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status, s);
    ASSERT_OK(EndRelationship(r, kEndReasonMemberRemoved, 6));
    EXPECT_EQ(r.status, RelationshipStatus::kEnded);
    EXPECT_EQ(r.end_reason, kEndReasonMemberRemoved);
    EXPECT_EQ(r.updated_at, 6);
    EXPECT_FALSE(r.UsesCapacity());
  }
  for (auto s : {RelationshipStatus::kDeclined, RelationshipStatus::kEnded,
                 RelationshipStatus::kPaused}) {
    Relationship r;
    r.status = s;
    EXPECT_CODE(EndRelationship(r, kEndReasonRoleRemoved, 1), StatusCode::kFailedPrecondition);
    EXPECT_TRUE(r.end_reason.empty());
  }
}

TEST(RelationshipTest, RoomForAPair) {
  PairRoom room;
  room.mentor_capacity = 2;
  room.mentor_places_taken = 1;
  room.mentee_mentors = 0;
  room.max_mentors_per_mentee = 1;
  EXPECT_EQ(LackOfRoom(room), RoomLack::kNone);
  room.mentee_mentors = 1;
  EXPECT_EQ(LackOfRoom(room), RoomLack::kMenteeFull);
  room.mentor_places_taken = 2;
  EXPECT_EQ(LackOfRoom(room), RoomLack::kMentorFull);  // the mentor's capacity is named first
  room.mentee_mentors = 0;
  EXPECT_EQ(LackOfRoom(room), RoomLack::kMentorFull);
  room.mentor_capacity = 0;
  room.mentor_places_taken = 0;
  EXPECT_EQ(LackOfRoom(room), RoomLack::kMentorFull);  // not a mentor of the program
  // Peers: counts do not apply, only whether either is already paired.
  PairRoom peers;
  peers.peer = true;
  EXPECT_EQ(LackOfRoom(peers), RoomLack::kNone);
  peers.mentor_paired = true;
  EXPECT_EQ(LackOfRoom(peers), RoomLack::kMentorPaired);
  peers.mentee_paired = true;
  EXPECT_EQ(LackOfRoom(peers), RoomLack::kMenteePaired);
}

}  // namespace
}  // namespace tandem::domain
