#include "domain/reconcile.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Relationship Rel(std::string id, std::string mentee, std::string mentor, RelationshipStatus s) {
  Relationship r;
  r.id = std::move(id);
  r.mentee_id = std::move(mentee);
  r.mentor_id = std::move(mentor);
  r.status = s;
  return r;
}

MentorRequest Req(std::string id, std::string mentee, std::string mentor,
                  RequestStatus s = RequestStatus::kPending, Millis expires_at = 1000) {
  MentorRequest q;
  q.id = std::move(id);
  q.mentee_id = std::move(mentee);
  q.mentor_id = std::move(mentor);
  q.status = s;
  q.expires_at = expires_at;
  return q;
}

PairRoom Room(int capacity, int taken, int mentee_mentors, int max_per_mentee) {
  PairRoom room;
  room.mentor_capacity = capacity;
  room.mentor_places_taken = taken;
  room.mentee_mentors = mentee_mentors;
  room.max_mentors_per_mentee = max_per_mentee;
  return room;
}

std::vector<std::string> Ids(const std::vector<MentorRequest>& qs) {
  std::vector<std::string> out;
  for (const auto& q : qs) out.push_back(q.id);
  return out;
}

TEST(PlanAcceptanceTest, CreatesWhenThePairHasRoom) {
  Acceptance a = PlanAcceptance(Req("q", "me", "m1"), {}, Room(2, 1, 0, 1));
  EXPECT_EQ(a.kind, Acceptance::Kind::kCreate);
  EXPECT_EQ(a.lack, RoomLack::kNone);
}

TEST(PlanAcceptanceTest, RefusesWhenTheMentorIsFull) {
  Acceptance a = PlanAcceptance(Req("q", "me", "m1"), {}, Room(1, 1, 0, 1));
  EXPECT_EQ(a.kind, Acceptance::Kind::kNoRoom);
  EXPECT_EQ(a.lack, RoomLack::kMentorFull);
}

TEST(PlanAcceptanceTest, RefusesWhenTheMenteeHasAnotherMentor) {
  // Matched with m2 by a round: the one-to-one mentee has no room for m1.
  std::vector<Relationship> rels = {Rel("r2", "me", "m2", RelationshipStatus::kProposed)};
  Acceptance a = PlanAcceptance(Req("q", "me", "m1"), rels, Room(3, 0, 1, 1));
  EXPECT_EQ(a.kind, Acceptance::Kind::kNoRoom);
  EXPECT_EQ(a.lack, RoomLack::kMenteeFull);
}

TEST(PlanAcceptanceTest, AdoptsTheRoundsProposalOfTheSamePairEvenWhenFull) {
  // The round proposed me with m1 and took m1's last place: the proposal already counts the
  // pair, so the acceptance confirms it instead of failing for room.
  for (auto st : {RelationshipStatus::kProposed, RelationshipStatus::kActive,
                  RelationshipStatus::kAwaitingAgreement}) {
    std::vector<Relationship> rels = {Rel("other", "x", "m1", RelationshipStatus::kActive),
                                      Rel("r1", "me", "m1", st)};
    Acceptance a = PlanAcceptance(Req("q", "me", "m1"), rels, Room(1, 1, 1, 1));
    EXPECT_EQ(a.kind, Acceptance::Kind::kAdopt) << RelationshipStatusName(st);
    EXPECT_EQ(a.relationship.id, "r1");
  }
}

TEST(PlanAcceptanceTest, PausedPairIsForACoordinator) {
  std::vector<Relationship> rels = {Rel("r1", "me", "m1", RelationshipStatus::kPaused)};
  Acceptance a = PlanAcceptance(Req("q", "me", "m1"), rels, Room(3, 0, 0, 1));
  EXPECT_EQ(a.kind, Acceptance::Kind::kPaused);
  EXPECT_EQ(a.relationship.id, "r1");
}

TEST(PlanAcceptanceTest, EndedOrDeclinedMatchesOfThePairAreHistory) {
  std::vector<Relationship> rels = {Rel("r1", "me", "m1", RelationshipStatus::kEnded),
                                    Rel("r2", "me", "m1", RelationshipStatus::kDeclined)};
  EXPECT_EQ(PlanAcceptance(Req("q", "me", "m1"), rels, Room(3, 0, 0, 1)).kind,
            Acceptance::Kind::kCreate);
}

TEST(ConfirmByRequestTest, AProposedMatchBecomesActive) {
  for (bool mentee_had : {false, true})
    for (bool mentor_had : {false, true}) {
      if (mentee_had && mentor_had) continue;  // would be active already
      Relationship r = Rel("r1", "me", "m1", RelationshipStatus::kProposed);
      r.mentee_accepted = mentee_had;
      r.mentor_accepted = mentor_had;
      ASSERT_OK(ConfirmByRequest(r, 42));
      EXPECT_EQ(r.status, RelationshipStatus::kActive);
      EXPECT_TRUE(r.mentee_accepted);
      EXPECT_TRUE(r.mentor_accepted);
      EXPECT_EQ(r.updated_at, 42);
    }
}

TEST(ConfirmByRequestTest, ActiveOrAwaitingAgreementStays) {
  for (auto st : {RelationshipStatus::kActive, RelationshipStatus::kAwaitingAgreement}) {
    Relationship r = Rel("r1", "me", "m1", st);
    ASSERT_OK(ConfirmByRequest(r, 42));
    EXPECT_EQ(r.status, st);
    EXPECT_EQ(r.updated_at, 0);
  }
}

TEST(ConfirmByRequestTest, AMatchThatHoldsNoPlaceIsRefused) {
  for (auto st :
       {RelationshipStatus::kPaused, RelationshipStatus::kEnded, RelationshipStatus::kDeclined}) {
    Relationship r = Rel("r1", "me", "m1", st);
    EXPECT_CODE(ConfirmByRequest(r, 42), StatusCode::kFailedPrecondition);
  }
}

TEST(RequestsWithdrawnByMatchTest, WithdrawsOtherPendingRequestsOnceMatched) {
  std::vector<Relationship> rels = {Rel("r1", "me", "m1", RelationshipStatus::kActive)};
  std::vector<MentorRequest> qs = {
      Req("to-m1", "me", "m1"),                               // the match's own mentor: stays
      Req("to-m2", "me", "m2"),                               // withdrawn
      Req("to-m3", "me", "m3", RequestStatus::kDeclined),     // decided already
      Req("to-m4", "me", "m4", RequestStatus::kPending, 10),  // expired at now = 100
      Req("theirs", "other", "m5"),                           // another mentee's
      Req("to-m6", "me", "m6"),                               // withdrawn
  };
  EXPECT_EQ(Ids(RequestsWithdrawnByMatch("me", rels, qs, 1, false, 100)),
            (std::vector<std::string>{"to-m2", "to-m6"}));
}

TEST(RequestsWithdrawnByMatchTest, NothingWhileTheMenteeMayTakeAnotherMentor) {
  std::vector<Relationship> rels = {Rel("r1", "me", "m1", RelationshipStatus::kProposed)};
  std::vector<MentorRequest> qs = {Req("to-m2", "me", "m2")};
  EXPECT_TRUE(RequestsWithdrawnByMatch("me", rels, qs, 2, false, 100).empty());
  rels.push_back(Rel("r3", "me", "m3", RelationshipStatus::kAwaitingAgreement));
  EXPECT_EQ(Ids(RequestsWithdrawnByMatch("me", rels, qs, 2, false, 100)),
            (std::vector<std::string>{"to-m2"}));
}

TEST(RequestsWithdrawnByMatchTest, PausedEndedAndOthersMatchesHoldNoPlace) {
  std::vector<Relationship> rels = {Rel("r1", "me", "m1", RelationshipStatus::kPaused),
                                    Rel("r2", "me", "m2", RelationshipStatus::kEnded),
                                    Rel("r3", "other", "m3", RelationshipStatus::kActive)};
  std::vector<MentorRequest> qs = {Req("to-m4", "me", "m4")};
  EXPECT_TRUE(RequestsWithdrawnByMatch("me", rels, qs, 1, false, 100).empty());
}

TEST(RequestsWithdrawnByMatchTest, PeersArePairedOnEitherSide) {
  std::vector<Relationship> rels = {Rel("r1", "p2", "me", RelationshipStatus::kProposed)};
  std::vector<MentorRequest> qs = {Req("to-p3", "me", "p3")};
  EXPECT_EQ(Ids(RequestsWithdrawnByMatch("me", rels, qs, 3, true, 100)),
            (std::vector<std::string>{"to-p3"}));
  EXPECT_TRUE(MenteeLimitReached("me", rels, 3, true));
  EXPECT_FALSE(MenteeLimitReached("me", rels, 3, false));
}

}  // namespace
}  // namespace tandem::domain
