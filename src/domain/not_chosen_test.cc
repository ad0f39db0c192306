#include "domain/not_chosen.h"

#include <gtest/gtest.h>

namespace tandem::domain {
namespace {

// A feasible, in-scope mentor ranked 2nd of K = 10, capacity 2, both places given to this
// round's mentees (lowest score 40) while this pair scores 30.
MentorStanding Taken() {
  MentorStanding m;
  m.feasible = true;
  m.score = 30;
  m.rank = 2;
  m.candidates = 10;
  m.capacity = 2;
  m.capacity_left = 2;
  m.proposed = 2;
  m.lowest_proposed_score = 40;
  return m;
}

TEST(NotChosenTest, HardConstraintFirstWhateverTheRoom) {
  MentorStanding m = Taken();
  m.feasible = false;
  m.cause = "no_shared_language";
  m.proposed = 0;
  Reason r = WhyNotChosen(m);
  EXPECT_EQ(r.id, kNotChosenHardConstraint);
  EXPECT_EQ(r.params, (ReasonParams{{"cause", std::string("no_shared_language")}}));
  EXPECT_FALSE(m.Assignable());
}

TEST(NotChosenTest, TakenByBetterFitsWhenEveryTakerFitsAtLeastAsWell) {
  Reason r = WhyNotChosen(Taken());
  EXPECT_EQ(r.id, kNotChosenTakenByBetterFits);
  EXPECT_EQ(r.params, (ReasonParams{{"mentees", 2LL}, {"lowest_score", 40LL}}));
  MentorStanding equal = Taken();
  equal.lowest_proposed_score = 30;
  EXPECT_EQ(WhyNotChosen(equal).id, kNotChosenTakenByBetterFits);
  EXPECT_FALSE(Taken().Assignable());
}

TEST(NotChosenTest, TakenForTheCohortWhenATakerFitsLess) {
  MentorStanding m = Taken();
  m.lowest_proposed_score = 25;
  Reason r = WhyNotChosen(m);
  EXPECT_EQ(r.id, kNotChosenTakenForCohort);
  EXPECT_EQ(r.params, (ReasonParams{{"mentees", 2LL}, {"lowest_score", 25LL}}));
}

TEST(NotChosenTest, FullBeforeTheRoundWhenRelationshipsUseEveryPlace) {
  MentorStanding m = Taken();
  m.capacity_left = 0;
  m.proposed = 0;
  Reason r = WhyNotChosen(m);
  EXPECT_EQ(r.id, kNotChosenFullBeforeRound);
  EXPECT_EQ(r.params, (ReasonParams{{"capacity", 2LL}}));
}

TEST(NotChosenTest, WithRoomLeftOutsideScopeThenBeyondCandidatesThenRoomOpened) {
  MentorStanding m = Taken();
  m.proposed = 1;  // one place left
  EXPECT_TRUE(m.Assignable());
  EXPECT_EQ(WhyNotChosen(m).id, kNotChosenRoomOpened);
  EXPECT_EQ(WhyNotChosen(m).params, (ReasonParams{{"room", 1LL}}));
  m.rank = 11;
  EXPECT_EQ(WhyNotChosen(m).id, kNotChosenBeyondCandidates);
  EXPECT_EQ(WhyNotChosen(m).params, (ReasonParams{{"rank", 11LL}, {"candidates", 10LL}}));
  m.in_round_scope = false;
  EXPECT_EQ(WhyNotChosen(m).id, kNotChosenOutsideScope);
  EXPECT_TRUE(WhyNotChosen(m).params.empty());
}

}  // namespace
}  // namespace tandem::domain
