#include "domain/mentor_request.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Relationship Rel(std::string mentee, std::string mentor, RelationshipStatus s) {
  Relationship r;
  r.mentee_id = std::move(mentee);
  r.mentor_id = std::move(mentor);
  r.status = s;
  return r;
}

TEST(MentorRequestTest, MenteeMayAskWithNoMatches) {
  EXPECT_OK(CheckMenteeMayAsk({}, "me", "m1", 1));
  // Other people's matches, and the mentee's own ended or declined ones, hold no place.
  EXPECT_OK(CheckMenteeMayAsk(
      {Rel("other", "m1", RelationshipStatus::kActive), Rel("me", "m2", RelationshipStatus::kEnded),
       Rel("me", "m1", RelationshipStatus::kDeclined)},
      "me", "m1", 1));
}

TEST(MentorRequestTest, PausedWithThisMentor) {
  Status s = CheckMenteeMayAsk({Rel("me", "m1", RelationshipStatus::kPaused)}, "me", "m1", 3);
  EXPECT_CODE(s, StatusCode::kFailedPrecondition);
  EXPECT_EQ(s.message(), "Your match with this mentor is paused; a coordinator decides.");
  // Paused with another mentor holds no place.
  EXPECT_OK(CheckMenteeMayAsk({Rel("me", "m2", RelationshipStatus::kPaused)}, "me", "m1", 1));
}

TEST(MentorRequestTest, AlreadyMatchedWithThisMentor) {
  for (auto st : {RelationshipStatus::kProposed, RelationshipStatus::kActive}) {
    Status s = CheckMenteeMayAsk({Rel("me", "m1", st)}, "me", "m1", 3);
    EXPECT_EQ(s.message(), "You are already matched with this mentor.");
  }
}

TEST(MentorRequestTest, MentorLimit) {
  std::vector<Relationship> two = {Rel("me", "m1", RelationshipStatus::kActive),
                                   Rel("me", "m2", RelationshipStatus::kProposed)};
  EXPECT_OK(CheckMenteeMayAsk(two, "me", "m3", 3));
  Status s = CheckMenteeMayAsk(two, "me", "m3", 2);
  EXPECT_CODE(s, StatusCode::kFailedPrecondition);
  EXPECT_EQ(s.message(), "You already have a mentor in this program.");
  // As a mentor (peer programs) the person's matches do not count against their mentee limit.
  EXPECT_OK(CheckMenteeMayAsk({Rel("x", "me", RelationshipStatus::kActive)}, "me", "m1", 1));
}

}  // namespace
}  // namespace tandem::domain
