// Conformance: per-program matching settings and coordinators' exclusions.

#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

class MatchingSettingsConformanceTest : public ProgramStoreTest {
 protected:
  void SetUp() override {
    ProgramStoreTest::SetUp();
    if (SetUpFailedOrSkipped()) return;
    coordinator_ = AddPerson(test::APerson().Name("Cora Coordinator"));
  }
  std::optional<domain::MatchingSettings> FindSettings(const std::string& org,
                                                       const std::string& program) {
    auto found = Read<std::optional<domain::MatchingSettings>>(
        [&](app::Tx& tx) { return tx.FindMatchingSettings(org, program); });
    EXPECT_OK(found);
    return found.ok() ? *found : std::nullopt;
  }
  std::vector<domain::Exclusion> Exclusions(const std::string& org, const std::string& program) {
    auto list = Read<std::vector<domain::Exclusion>>(
        [&](app::Tx& tx) { return tx.ListExclusions(org, program); });
    EXPECT_OK(list);
    return list.ok() ? *list : std::vector<domain::Exclusion>{};
  }
  domain::Person coordinator_;
};

TEST_P(MatchingSettingsConformanceTest, SettingsRoundTripAndPutReplacesThem) {
  EXPECT_EQ(FindSettings(org_.id, program_.id), std::nullopt);
  domain::MatchingSettings s = test::SomeMatchingSettings(program_);
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(s); }));
  auto found = FindSettings(org_.id, program_.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(s));

  domain::MatchingSettings plain = test::SomeMatchingSettings(program_)
                                       .Priorities({})
                                       .MaxMentorsPerMentee(1)
                                       .RequireAcceptance()
                                       .RequestExpiryDays(7)
                                       .PriorityField("")
                                       .PriorityValue("");
  ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(plain); }));
  found = FindSettings(org_.id, program_.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Fields(*found), Fields(plain));
}

TEST_P(MatchingSettingsConformanceTest, SettingsArePerProgramAndOrganisation) {
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  ASSERT_OK(Write(
      [&](app::Tx& tx) { return tx.PutMatchingSettings(test::SomeMatchingSettings(program_)); }));
  EXPECT_EQ(FindSettings(org_.id, sibling.id), std::nullopt);
  EXPECT_EQ(FindSettings(other_org_.id, program_.id), std::nullopt);

  domain::MatchingSettings foreign = test::SomeMatchingSettings(program_);
  foreign.organisation_id = other_org_.id;  // program_ is not other_org_'s
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.PutMatchingSettings(foreign); }),
              StatusCode::kNotFound);
}

TEST_P(MatchingSettingsConformanceTest, ExclusionsRoundTripInCreationOrderPerProgram) {
  domain::Person a = AddPerson(), b = AddPerson(), c = AddPerson();
  domain::Exclusion late = test::AnExclusion(program_, a.id, b.id).CreatedAt(test::kT0 + 2);
  domain::Exclusion early =
      test::AnExclusion(program_, c.id, b.id).Reason("Same family").CreatedAt(test::kT0 + 1);
  domain::Program sibling = AddProgram(test::AProgram(org_.id));
  ASSERT_OK(Write([&](app::Tx& tx) {
    RETURN_IF_ERROR(tx.InsertExclusion(late));
    RETURN_IF_ERROR(tx.InsertExclusion(early));
    return tx.InsertExclusion(test::AnExclusion(sibling, a.id, c.id));
  }));
  std::vector<domain::Exclusion> list = Exclusions(org_.id, program_.id);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(Fields(list[0]), Fields(early));
  EXPECT_EQ(Fields(list[1]), Fields(late));
  EXPECT_TRUE(Exclusions(other_org_.id, program_.id).empty());
}

TEST_P(MatchingSettingsConformanceTest, ExclusionIsUniquePerPairAndDeletedByPair) {
  domain::Person mentee = AddPerson(), mentor = AddPerson();
  ASSERT_OK(Write([&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentee.id, mentor.id));
  }));
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertExclusion(
                    test::AnExclusion(program_, mentee.id, mentor.id).Reason("again"));
              }),
              StatusCode::kAlreadyExists);
  // The reverse direction is another pair.
  EXPECT_OK(Write([&](app::Tx& tx) {
    return tx.InsertExclusion(test::AnExclusion(program_, mentor.id, mentee.id));
  }));

  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.DeleteExclusion(other_org_.id, program_.id, mentee.id, mentor.id);
              }),
              StatusCode::kNotFound);
  EXPECT_OK(Write(
      [&](app::Tx& tx) { return tx.DeleteExclusion(org_.id, program_.id, mentee.id, mentor.id); }));
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.DeleteExclusion(org_.id, program_.id, mentee.id, mentor.id);
              }),
              StatusCode::kNotFound);
  ASSERT_EQ(Exclusions(org_.id, program_.id).size(), 1u);
  EXPECT_EQ(Exclusions(org_.id, program_.id)[0].mentee_id, mentor.id);
}

TEST_P(MatchingSettingsConformanceTest, ExclusionMustReferToExistingProgramAndPeople) {
  domain::Person p = AddPerson();
  EXPECT_CODE(Write([&](app::Tx& tx) {
                return tx.InsertExclusion(test::AnExclusion(program_, p.id, NewId()));
              }),
              StatusCode::kNotFound);
  domain::Exclusion foreign = test::AnExclusion(program_, p.id, AddPerson().id);
  foreign.organisation_id = other_org_.id;
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.InsertExclusion(foreign); }),
              StatusCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, MatchingSettingsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
