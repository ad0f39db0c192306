// Conformance: program norms, agreement versions, acceptances and guardians' links
// (app/ports/agreements_port.h), and the awaiting-agreement state of a relationship.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using domain::AgreementParty;
using domain::ProgramRole;
using domain::RelationshipStatus;

auto Fields(const domain::AgreementVersion& v) {
  return std::tie(v.organisation_id, v.program_id, v.version, v.text, v.published_by,
                  v.published_at);
}
auto Fields(const domain::AgreementAcceptance& a) {
  return std::tie(a.organisation_id, a.relationship_id, a.party, a.version, a.person_id,
                  a.accepted_at);
}

class AgreementsConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    mentee_ = AddPerson(test::APerson().Name("Mia Mentee"));
    mentor_ = AddPerson(test::APerson().Name("Max Mentor"));
    AddEnrollment(test::AnEnrollment(program_, mentee_.id));
    AddEnrollment(test::AnEnrollment(program_, mentor_.id).Role(ProgramRole::kMentor));
    rel_ = test::ARelationship(program_, mentee_.id, mentor_.id)
               .Status(RelationshipStatus::kAwaitingAgreement);
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertRelationship(rel_); }));
  }
  // Inserts in a write transaction and hands back whether the acceptance was new.
  Result<bool> Accept(const domain::AgreementAcceptance& a) {
    bool added = false;
    Status s = Write([&](app::Tx& tx) -> Status {
      ASSIGN_OR_RETURN(added, tx.InsertAgreementAcceptance(a));
      return Status::Ok();
    });
    if (!s.ok()) return s;
    return added;
  }
  domain::AgreementVersion Version(int n, std::string text) {
    return {org_.id, program_.id, n, std::move(text), mentor_.id, 1000 + n};
  }

  domain::Person mentee_, mentor_;
  domain::Relationship rel_;
};

TEST_P(AgreementsConformanceTest, NormsAreSavedThenReplacedAndScopedToTheOrganisation) {
  auto none = Read<std::optional<domain::ProgramNorms>>(
      [&](app::Tx& tx) { return tx.FindProgramNorms(org_.id, program_.id); });
  ASSERT_OK(none.status());
  EXPECT_FALSE(none->has_value());
  domain::ProgramNorms n{org_.id, program_.id, "Be kind", "Every two weeks", "Private",
                         "Tell your coordinator", 5};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveProgramNorms(n); }));
  n.meeting_frequency = "Weekly, ñandú";
  n.updated_at = 9;
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.SaveProgramNorms(n); }));
  auto got = Read<std::optional<domain::ProgramNorms>>(
      [&](app::Tx& tx) { return tx.FindProgramNorms(org_.id, program_.id); });
  ASSERT_OK(got.status());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->expectations, "Be kind");
  EXPECT_EQ((*got)->meeting_frequency, "Weekly, ñandú");
  EXPECT_EQ((*got)->confidentiality, "Private");
  EXPECT_EQ((*got)->ending, "Tell your coordinator");
  EXPECT_EQ((*got)->updated_at, 9);
  auto foreign = Read<std::optional<domain::ProgramNorms>>(
      [&](app::Tx& tx) { return tx.FindProgramNorms(other_org_.id, program_.id); });
  ASSERT_OK(foreign.status());
  EXPECT_FALSE(foreign->has_value());
  domain::ProgramNorms elsewhere = n;
  elsewhere.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.SaveProgramNorms(elsewhere); }),
              StatusCode::kNotFound);
}

TEST_P(AgreementsConformanceTest, VersionsAreNumberedOnceAndListedNewestFirst) {
  auto none = Read<std::optional<domain::AgreementVersion>>(
      [&](app::Tx& tx) { return tx.FindLatestAgreementVersion(org_.id, program_.id); });
  ASSERT_OK(none.status());
  EXPECT_FALSE(none->has_value());
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertAgreementVersion(Version(1, "First")); }));
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertAgreementVersion(Version(2, "Second")); }));
  // Two publishers of the same number: the second is refused and nothing changes.
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertAgreementVersion(Version(2, "Other")); }),
              StatusCode::kAlreadyExists);
  auto latest = Read<std::optional<domain::AgreementVersion>>(
      [&](app::Tx& tx) { return tx.FindLatestAgreementVersion(org_.id, program_.id); });
  ASSERT_OK(latest.status());
  ASSERT_TRUE(latest->has_value());
  EXPECT_EQ(Fields(**latest), Fields(Version(2, "Second")));
  auto first = Read<domain::AgreementVersion>(
      [&](app::Tx& tx) { return tx.GetAgreementVersion(org_.id, program_.id, 1); });
  ASSERT_OK(first.status());
  EXPECT_EQ(Fields(*first), Fields(Version(1, "First")));
  EXPECT_CODE(Read<domain::AgreementVersion>([&](app::Tx& tx) {
                return tx.GetAgreementVersion(other_org_.id, program_.id, 1);
              }).status(),
              StatusCode::kNotFound);
  EXPECT_CODE(Read<domain::AgreementVersion>([&](app::Tx& tx) {
                return tx.GetAgreementVersion(org_.id, program_.id, 3);
              }).status(),
              StatusCode::kNotFound);
  auto all = Read<std::vector<domain::AgreementVersion>>(
      [&](app::Tx& tx) { return tx.ListAgreementVersions(org_.id, program_.id); });
  ASSERT_OK(all.status());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].version, 2);
  EXPECT_EQ((*all)[1].version, 1);
}

TEST_P(AgreementsConformanceTest, AcceptanceIsRecordedOncePerPartyAndVersion) {
  domain::AgreementAcceptance mentee{org_.id, rel_.id, AgreementParty::kMentee, mentee_.id, 1, 10};
  domain::AgreementAcceptance guardian{org_.id, rel_.id, AgreementParty::kGuardian, "", 1, 20};
  auto first = Accept(mentee);
  ASSERT_OK(first.status());
  EXPECT_TRUE(*first);
  domain::AgreementAcceptance again = mentee;
  again.accepted_at = 99;
  auto second = Accept(again);
  ASSERT_OK(second.status());
  EXPECT_FALSE(*second);
  ASSERT_OK(Accept(guardian).status());
  domain::AgreementAcceptance v2 = mentee;
  v2.version = 2;
  v2.accepted_at = 30;
  ASSERT_OK(Accept(v2).status());
  auto list = Read<std::vector<domain::AgreementAcceptance>>(
      [&](app::Tx& tx) { return tx.ListAgreementAcceptances(org_.id, rel_.id); });
  ASSERT_OK(list.status());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ(Fields((*list)[0]), Fields(mentee));  // the first acceptance's time stays
  EXPECT_EQ(Fields((*list)[1]), Fields(guardian));
  EXPECT_EQ(Fields((*list)[2]), Fields(v2));
  auto foreign = Read<std::vector<domain::AgreementAcceptance>>(
      [&](app::Tx& tx) { return tx.ListAgreementAcceptances(other_org_.id, rel_.id); });
  ASSERT_OK(foreign.status());
  EXPECT_TRUE(foreign->empty());
  domain::AgreementAcceptance elsewhere = mentee;
  elsewhere.organisation_id = other_org_.id;
  EXPECT_CODE(Accept(elsewhere).status(), StatusCode::kNotFound);
}

TEST_P(AgreementsConformanceTest, GuardianLinksAreFoundByHashOnly) {
  domain::GuardianLink l{"hash-1", org_.id, rel_.id, 3, "parent@example.org", 100, 200};
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.InsertGuardianLink(l); }));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertGuardianLink(l); }),
              StatusCode::kAlreadyExists);
  auto got = Read<std::optional<domain::GuardianLink>>(
      [&](app::Tx& tx) { return tx.FindGuardianLink("hash-1"); });
  ASSERT_OK(got.status());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->relationship_id, rel_.id);
  EXPECT_EQ((*got)->organisation_id, org_.id);
  EXPECT_EQ((*got)->version, 3);
  EXPECT_EQ((*got)->email, "parent@example.org");
  EXPECT_EQ((*got)->created_at, 100);
  EXPECT_EQ((*got)->expires_at, 200);
  auto missing = Read<std::optional<domain::GuardianLink>>(
      [&](app::Tx& tx) { return tx.FindGuardianLink("hash-2"); });
  ASSERT_OK(missing.status());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(AgreementsConformanceTest, ExpiringGuardianLinksEndsOnlyTheRelationshipsLiveOnes) {
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    RETURN_IF_ERROR(
        tx.InsertGuardianLink({"live-1", org_.id, rel_.id, 1, "a@example.org", 100, 900}));
    RETURN_IF_ERROR(
        tx.InsertGuardianLink({"live-2", org_.id, rel_.id, 1, "b@example.org", 200, 900}));
    return tx.InsertGuardianLink({"old", org_.id, rel_.id, 1, "a@example.org", 10, 150});
  }));
  int ended = -1;
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(ended, tx.ExpireGuardianLinks(org_.id, rel_.id, 300));
    return Status::Ok();
  }));
  EXPECT_EQ(ended, 2);
  auto expiry = [&](const std::string& hash) {
    auto l = Read<std::optional<domain::GuardianLink>>(
        [&](app::Tx& tx) { return tx.FindGuardianLink(hash); });
    return l.ok() && l->has_value() ? (*l)->expires_at : -1;
  };
  EXPECT_EQ(expiry("live-1"), 300);
  EXPECT_EQ(expiry("live-2"), 300);
  EXPECT_EQ(expiry("old"), 150);  // already over: its own time stays
  // Another organisation's id ends nothing.
  int none = -1;
  ASSERT_OK(Write([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(none, tx.ExpireGuardianLinks("other-org", rel_.id, 400));
    return Status::Ok();
  }));
  EXPECT_EQ(none, 0);
}

TEST_P(AgreementsConformanceTest, AwaitingAgreementHoldsThePlaceAndThePair) {
  auto used = Read<int>(
      [&](app::Tx& tx) { return tx.CountCapacityUse(org_.id, program_.id, mentor_.id); });
  ASSERT_OK(used.status());
  EXPECT_EQ(*used, 1);
  auto got = Read<domain::Relationship>(
      [&](app::Tx& tx) { return tx.GetRelationship(org_.id, rel_.id); });
  ASSERT_OK(got.status());
  EXPECT_EQ(got->status, RelationshipStatus::kAwaitingAgreement);
  // The pair's open relationship: a second one is refused while it waits.
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertRelationship(
                    test::ARelationship(program_, mentee_.id, mentor_.id)
                        .Status(RelationshipStatus::kActive));
              }),
              StatusCode::kAlreadyExists);
}

INSTANTIATE_TEST_SUITE_P(Backends, AgreementsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
