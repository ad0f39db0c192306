#include "domain/safeguarding.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Program ProgramOf(Audience audience, ProgramType type = ProgramType::kOneToOne) {
  Program p;
  p.name = "Program";
  p.audience = audience;
  p.type = type;
  return p;
}

SafeguardingFacts Facts(bool box, bool mark, bool screened = false, bool trained = false) {
  return {box, mark, screened, trained};
}

// Every combination of program audience, the mentee's box and mark, and the mentor's
// screening, training and minor status, against the rules written out independently.
TEST(SafeguardingTest, MentoringTable) {
  for (Audience audience : {Audience::kYouth, Audience::kAdult})
    for (ProgramType type : {ProgramType::kOneToOne, ProgramType::kGroup, ProgramType::kFlash})
      for (int bits = 0; bits < 64; ++bits) {
        const bool box = bits & 1, mark = bits & 2, screened = bits & 4, trained = bits & 8,
                   mentor_box = bits & 16, mentor_mark = bits & 32;
        const Program program = ProgramOf(audience, type);
        const SafeguardingFacts mentee = Facts(box, mark);
        const SafeguardingFacts mentor = Facts(mentor_box, mentor_mark, screened, trained);
        const bool mentee_minor = box || mark;
        const bool mentor_minor = mentor_box || mentor_mark;
        const bool is_protected = audience == Audience::kYouth || mentee_minor;
        EXPECT_EQ(IsProtected(program, mentee), is_protected) << bits;
        Reach want = Reach::kAllowed;
        if (mentor_minor && !mentee_minor) want = Reach::kMinorMentorsAdult;
        else if (is_protected && !(screened && trained)) want = Reach::kNotCleared;
        SCOPED_TRACE(std::string(AudienceName(audience)) + " " +
                     std::string(ProgramTypeName(type)) + " bits=" + std::to_string(bits));
        EXPECT_EQ(MayReach(program, mentor, mentee), want);
        Status s = CheckReach(program, mentor, "Mo", mentee, "Em");
        EXPECT_EQ(s.ok(), want == Reach::kAllowed);
        if (!s.ok()) {
          EXPECT_CODE(s, StatusCode::kFailedPrecondition);
        }
      }
}

TEST(SafeguardingTest, TheOwnBoxOnlyAddsProtection) {
  const Program adult = ProgramOf(Audience::kAdult);
  EXPECT_FALSE(IsProtected(adult, Facts(false, false)));
  EXPECT_TRUE(IsProtected(adult, Facts(true, false)));
  EXPECT_TRUE(IsProtected(adult, Facts(false, true)));  // box cleared, mark holds
  // A youth program protects every mentee, whatever anyone ticked.
  EXPECT_TRUE(IsProtected(ProgramOf(Audience::kYouth), Facts(false, false)));
}

// Peers: both directions, order-free; minors with minors or with cleared adults.
TEST(SafeguardingTest, PeerTable) {
  for (Audience audience : {Audience::kYouth, Audience::kAdult})
    for (int bits = 0; bits < 256; ++bits) {
      const SafeguardingFacts a = Facts(bits & 1, bits & 2, bits & 4, bits & 8);
      const SafeguardingFacts b = Facts(bits & 16, bits & 32, bits & 64, bits & 128);
      const Program program = ProgramOf(audience, ProgramType::kPeer);
      auto reaches = [&](const SafeguardingFacts& from, const SafeguardingFacts& to) {
        bool to_protected = audience == Audience::kYouth || to.IsMinor();
        return !to_protected || from.IsMinor() || (from.screened && from.trained);
      };
      const Reach want = reaches(a, b) && reaches(b, a) ? Reach::kAllowed : Reach::kNotCleared;
      SCOPED_TRACE(std::string(AudienceName(audience)) + " bits=" + std::to_string(bits));
      EXPECT_EQ(MayReach(program, a, b), want);
      EXPECT_EQ(MayReach(program, b, a), want);
    }
  const Program adult_peer = ProgramOf(Audience::kAdult, ProgramType::kPeer);
  EXPECT_EQ(MayReach(adult_peer, Facts(true, false), Facts(false, true)), Reach::kAllowed);
  EXPECT_EQ(MayReach(adult_peer, Facts(true, false), Facts(false, false)), Reach::kNotCleared);
  EXPECT_EQ(MayReach(adult_peer, Facts(true, false), Facts(false, false, true, true)),
            Reach::kAllowed);
  EXPECT_EQ(MayReach(adult_peer, Facts(false, false), Facts(false, false)), Reach::kAllowed);
}

}  // namespace
}  // namespace tandem::domain
