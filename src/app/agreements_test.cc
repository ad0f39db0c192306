// Agreements in the use cases: a relationship waits for the program's agreement, the guardian's
// emailed link (expiry, supersession) and activation once every required party accepted.
#include "app/agreements.h"

#include <regex>

#include "app/me.h"
#include "app/programs.h"
#include "app/test_support.h"
#include "base/ids.h"
#include "base/status_matchers.h"
#include "tests/builders.h"

namespace tandem::app {
namespace {

using domain::AgreementParty;
using domain::ProgramRole;
using domain::RelationshipStatus;
using domain::Role;

class AgreementsTest : public testing::UseCaseTest {
 protected:
  void SetUp() override {
    UseCaseTest::SetUp();
    org_ = MakeOrg("school");
    coordinator_ = Member(org_, {Role::kCoordinator}, "coord");
    domain::Program p;
    p.name = "Robotics";
    p.audience = domain::Audience::kYouth;
    p.default_mentor_capacity = 3;
    auto made = CreateProgram(*ctx_, coordinator_, org_.id, p);
    ASSERT_OK(made);
    program_ = made->program;
    mentee_ = Join("Ana Lopez", ProgramRole::kMentee);
    mentor_ = Join("Max Mentor", ProgramRole::kMentor);
  }

  Caller Join(const std::string& name, ProgramRole role) {
    Caller c = Member(org_, {domain::ToRole(role)}, name.substr(0, 3));
    domain::Profile profile;
    profile.skills_teach = {{"SQL", role == ProgramRole::kMentor ? 4 : 2}};
    profile.skills_learn = {{"SQL", 1, 3}};
    profile.mentor = {3, true};
    profile.interests = {"Robotics"};
    profile.languages = {"en"};
    profile.time_zone = "America/Chicago";
    profile.availability_hours_per_month = 4;
    // The mentee leaves the minor box unticked: the youth program protects them anyway.
    profile.minor = {false, "Pat Guardian", "guardian@example.org"};
    EXPECT_OK(PutMyProfile(*ctx_, c, name, profile));
    EXPECT_OK(ApplyToProgram(*ctx_, c, org_.id, program_.id, role, ""));
    return c;
  }

  // An active relationship written as a round or a request would, then held for the agreement.
  domain::Relationship StartRelationship() {
    domain::Relationship r = test::ARelationship(program_, mentee_.person_id, mentor_.person_id)
                                 .Status(RelationshipStatus::kActive);
    EXPECT_OK(store_->Transact([&](Tx& tx) {
      RETURN_IF_ERROR(tx.InsertRelationship(r));
      return HoldForAgreement(*ctx_, tx, r, clock_.Now());
    }));
    return r;
  }

  // The tokens of the guardian links in the outbox, newest first.
  std::vector<std::string> GuardianTokens() {
    std::vector<std::string> out;
    EXPECT_OK(store_->Transact([&](Tx& tx) {
      auto rows = tx.ListOutbox(kEveryRow);
      if (!rows.ok()) return rows.status();
      static const std::regex kLink("/agreement/([A-Za-z0-9_-]+)");
      for (const auto& m : rows->items) {
        std::smatch match;
        if (m.to == "guardian@example.org" && std::regex_search(m.body, match, kLink))
          out.push_back(match[1]);
      }
      return Status::Ok();
    }));
    return out;
  }

  domain::Organisation org_;
  Caller coordinator_;
  domain::Program program_;
  Caller mentee_, mentor_;
};

TEST_F(AgreementsTest, WithoutAnAgreementARelationshipStaysActive) {
  domain::Relationship r = StartRelationship();
  EXPECT_EQ(r.status, RelationshipStatus::kActive);
  EXPECT_TRUE(GuardianTokens().empty());
}

TEST_F(AgreementsTest, WaitsForMenteeMentorAndGuardianThenBecomesActive) {
  ASSERT_OK(PublishAgreement(*ctx_, coordinator_, org_.id, program_.id, "Be kind."));
  domain::Relationship r = StartRelationship();
  EXPECT_EQ(r.status, RelationshipStatus::kAwaitingAgreement);
  auto view = GetRelationshipAgreement(*ctx_, mentee_, org_.id, r.id);
  ASSERT_OK(view);
  EXPECT_EQ(view->required, (std::vector<AgreementParty>{AgreementParty::kMentee,
                                                         AgreementParty::kMentor,
                                                         AgreementParty::kGuardian}));
  auto tokens = GuardianTokens();
  ASSERT_EQ(tokens.size(), 1u);

  ASSERT_OK(AcceptAgreement(*ctx_, mentee_, org_.id, r.id, 1));
  auto both = AcceptAgreement(*ctx_, mentor_, org_.id, r.id, 1);
  ASSERT_OK(both);
  EXPECT_EQ(both->relationship.status, RelationshipStatus::kAwaitingAgreement);
  auto seen = PreviewGuardianAgreement(*ctx_, tokens[0], "192.0.2.1");
  ASSERT_OK(seen);
  EXPECT_EQ(seen->mentee_first_name, "Ana");
  EXPECT_EQ(seen->mentor_name, "Max Mentor");
  EXPECT_FALSE(seen->accepted);
  auto accepted = AcceptGuardianAgreement(*ctx_, tokens[0], "192.0.2.1");
  ASSERT_OK(accepted);
  EXPECT_TRUE(accepted->accepted);
  auto after = GetRelationshipAgreement(*ctx_, coordinator_, org_.id, r.id);
  ASSERT_OK(after);
  EXPECT_EQ(after->relationship.status, RelationshipStatus::kActive);
  EXPECT_TRUE(after->pending.empty());
  EXPECT_FALSE(after->needs_reacceptance);
}

TEST_F(AgreementsTest, AGuardianLinkExpires) {
  ASSERT_OK(PublishAgreement(*ctx_, coordinator_, org_.id, program_.id, "Be kind."));
  StartRelationship();
  auto tokens = GuardianTokens();
  ASSERT_EQ(tokens.size(), 1u);
  clock_.Advance(domain::kGuardianLinkLifetime - 1);
  EXPECT_OK(PreviewGuardianAgreement(*ctx_, tokens[0], "192.0.2.1"));
  clock_.Advance(1);
  EXPECT_CODE(PreviewGuardianAgreement(*ctx_, tokens[0], "192.0.2.1"), StatusCode::kNotFound);
  EXPECT_CODE(AcceptGuardianAgreement(*ctx_, tokens[0], "192.0.2.1"), StatusCode::kNotFound);
}

TEST_F(AgreementsTest, ANewVersionSupersedesTheLinkAndFlagsActivePairs) {
  ASSERT_OK(PublishAgreement(*ctx_, coordinator_, org_.id, program_.id, "Be kind."));
  domain::Relationship r = StartRelationship();
  ASSERT_OK(AcceptAgreement(*ctx_, mentee_, org_.id, r.id, 1));
  ASSERT_OK(AcceptAgreement(*ctx_, mentor_, org_.id, r.id, 1));
  ASSERT_OK(AcceptGuardianAgreement(*ctx_, GuardianTokens()[0], "192.0.2.1"));
  ASSERT_OK(PublishAgreement(*ctx_, coordinator_, org_.id, program_.id, "Be kinder."));
  auto tokens = GuardianTokens();
  ASSERT_EQ(tokens.size(), 2u);
  auto view = GetRelationshipAgreement(*ctx_, mentor_, org_.id, r.id);
  ASSERT_OK(view);
  EXPECT_EQ(view->relationship.status, RelationshipStatus::kActive);
  EXPECT_TRUE(view->needs_reacceptance);
  EXPECT_CODE(AcceptAgreement(*ctx_, mentee_, org_.id, r.id, 1), StatusCode::kFailedPrecondition);
  // One of the two links is for version 1 and no longer works; the other shows version 2.
  int working = 0;
  for (const std::string& t : tokens) {
    auto seen = PreviewGuardianAgreement(*ctx_, t, "192.0.2.1");
    if (seen.ok()) {
      ++working;
      EXPECT_EQ(seen->version, 2);
    } else {
      EXPECT_CODE(seen, StatusCode::kNotFound);
    }
  }
  EXPECT_EQ(working, 1);
}

TEST_F(AgreementsTest, WrongTokensAreCountedPerAddress) {
  // Well-formed guesses count; strings that cannot be tokens are refused without counting.
  for (int i = 0; i < 50; ++i)
    EXPECT_CODE(PreviewGuardianAgreement(*ctx_, "not a token " + std::to_string(i), "192.0.2.7"),
                StatusCode::kNotFound);
  for (int i = 0; i < domain::kMaxGuardianLinkFailures; ++i)
    EXPECT_CODE(PreviewGuardianAgreement(*ctx_, tokens_.NewToken(), "192.0.2.7"),
                StatusCode::kNotFound);
  EXPECT_CODE(PreviewGuardianAgreement(*ctx_, tokens_.NewToken(), "192.0.2.7"),
              StatusCode::kResourceExhausted);
  EXPECT_CODE(PreviewGuardianAgreement(*ctx_, tokens_.NewToken(), "192.0.2.8"),
              StatusCode::kNotFound);
  clock_.Advance(domain::kGuardianLinkFailureWindow + 1);
  EXPECT_CODE(PreviewGuardianAgreement(*ctx_, tokens_.NewToken(), "192.0.2.7"),
              StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
