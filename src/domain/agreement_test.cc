#include "domain/agreement.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Relationship Active() {
  Relationship r;
  r.id = "r";
  r.status = RelationshipStatus::kActive;
  return r;
}

TEST(AgreementTest, AwaitAndCompleteMoveBetweenActiveAndAwaiting) {
  Relationship r = Active();
  ASSERT_OK(AwaitAgreement(r, 5));
  EXPECT_EQ(r.status, RelationshipStatus::kAwaitingAgreement);
  EXPECT_EQ(r.updated_at, 5);
  EXPECT_TRUE(r.UsesCapacity());
  EXPECT_CODE(AwaitAgreement(r, 6), StatusCode::kFailedPrecondition);
  ASSERT_OK(CompleteAgreement(r, 7));
  EXPECT_EQ(r.status, RelationshipStatus::kActive);
  EXPECT_EQ(r.updated_at, 7);
  EXPECT_CODE(CompleteAgreement(r, 8), StatusCode::kFailedPrecondition);
}

TEST(AgreementTest, OnlyAnActiveMatchWaits) {
  for (auto s : {RelationshipStatus::kProposed, RelationshipStatus::kDeclined,
                 RelationshipStatus::kEnded, RelationshipStatus::kPaused}) {
    Relationship r = Active();
    r.status = s;
    EXPECT_CODE(AwaitAgreement(r, 1), StatusCode::kFailedPrecondition);
    EXPECT_EQ(r.status, s);
  }
}

TEST(AgreementTest, AwaitingMatchesCanEndAndPause) {
  Relationship r = Active();
  ASSERT_OK(AwaitAgreement(r, 1));
  Relationship paused = r;
  ASSERT_OK(PauseRelationship(paused, 2));
  EXPECT_EQ(paused.status, RelationshipStatus::kPaused);
  ASSERT_OK(EndRelationship(r, kEndReasonMemberRemoved, 2));
  EXPECT_EQ(r.status, RelationshipStatus::kEnded);
}

TEST(AgreementTest, StatusNameRoundTrips) {
  EXPECT_EQ(RelationshipStatusName(RelationshipStatus::kAwaitingAgreement), "awaiting_agreement");
  EXPECT_EQ(ParseRelationshipStatus("awaiting_agreement"), RelationshipStatus::kAwaitingAgreement);
  for (auto p : {AgreementParty::kMentee, AgreementParty::kMentor, AgreementParty::kGuardian})
    EXPECT_EQ(ParseAgreementParty(AgreementPartyName(p)), p);
  EXPECT_EQ(ParseAgreementParty("coordinator"), std::nullopt);
}

TEST(AgreementTest, PendingPartiesCountOnlyTheVersionAsked) {
  auto required = RequiredParties(true);
  ASSERT_EQ(required.size(), 3u);
  std::vector<AgreementAcceptance> acc = {
      {"o", "r", AgreementParty::kMentee, "m", 1, 1},
      {"o", "r", AgreementParty::kMentor, "n", 2, 1},
  };
  EXPECT_EQ(PendingParties(required, acc, 2),
            (std::vector<AgreementParty>{AgreementParty::kMentee, AgreementParty::kGuardian}));
  EXPECT_EQ(PendingParties(RequiredParties(false), acc, 1),
            (std::vector<AgreementParty>{AgreementParty::kMentor}));
  acc.push_back({"o", "r", AgreementParty::kMentee, "m", 2, 3});
  EXPECT_TRUE(PendingParties(RequiredParties(false), acc, 2).empty());
}

TEST(AgreementTest, CheckAcceptableRefusesOldVersionsAndClosedMatches) {
  Relationship r = Active();
  EXPECT_OK(CheckAcceptable(r, 2, 2));
  Status old = CheckAcceptable(r, 1, 2);
  EXPECT_CODE(old, StatusCode::kFailedPrecondition);
  EXPECT_EQ(old.message(), "Version 1 is not the current agreement; accept version 2.");
  EXPECT_CODE(CheckAcceptable(r, 3, 2), StatusCode::kFailedPrecondition);
  EXPECT_CODE(CheckAcceptable(r, 0, 0), StatusCode::kFailedPrecondition);
  for (auto s : {RelationshipStatus::kProposed, RelationshipStatus::kDeclined,
                 RelationshipStatus::kEnded, RelationshipStatus::kPaused}) {
    r.status = s;
    EXPECT_CODE(CheckAcceptable(r, 2, 2), StatusCode::kFailedPrecondition);
  }
}

TEST(AgreementTest, ValidatesBoundedText) {
  ProgramNorms n;
  n.expectations = "Meet every two weeks.\nBe on time.";
  EXPECT_OK(ValidateNorms(n));
  n.confidentiality = std::string(kMaxNormsFieldChars + 1, 'x');
  Status s = ValidateNorms(n);
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("confidentiality"), std::string::npos);
  n.confidentiality = std::string(kMaxNormsFieldChars / 2, '\0');
  EXPECT_CODE(ValidateNorms(n), StatusCode::kInvalidArgument);
  // Characters, not bytes: 2000 two-byte letters fit.
  std::string ene;
  for (size_t i = 0; i < kMaxNormsFieldChars; ++i) ene += "\xC3\xB1";
  n.confidentiality = ene;
  EXPECT_OK(ValidateNorms(n));

  EXPECT_OK(ValidateAgreementText("We agree to meet."));
  EXPECT_CODE(ValidateAgreementText("  \n "), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateAgreementText(std::string(kMaxAgreementTextChars + 1, 'a')),
              StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tandem::domain
