// Conformance: one taxonomy term's edits — get, rename, usage count (TaxonomyPort).
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using Kind = domain::TaxonomyTerm::Kind;

class TaxonomyEditsConformanceTest : public StoreTest {
 protected:
  domain::TaxonomyTerm AddTerm(domain::TaxonomyTerm t) {
    EXPECT_OK(Write([&](app::Tx& tx) { return tx.InsertTaxonomyTerm(t); }));
    return t;
  }
  Result<domain::TaxonomyTerm> Get(const std::string& org, const std::string& id) {
    return Read<domain::TaxonomyTerm>([&](app::Tx& tx) { return tx.GetTaxonomyTerm(org, id); });
  }
  Status Rename(const std::string& org, const std::string& id, const std::string& label) {
    return Write([&](app::Tx& tx) { return tx.RenameTaxonomyTerm(org, id, label); });
  }
  int Usage(const domain::TaxonomyTerm& t) {
    auto n = Read<int>([&](app::Tx& tx) { return tx.CountTaxonomyTermUsage(t); });
    EXPECT_OK(n);
    return n.ok() ? *n : -1;
  }
  // A member of `org` with a saved profile.
  void MemberWithProfile(const domain::Organisation& org, domain::Profile profile) {
    domain::Person p = AddPerson();
    AddMember(org.id, p.id, {});
    profile.person_id = p.id;
    ASSERT_OK(Write([&](app::Tx& tx) { return tx.PutProfile(profile); }));
  }
};

TEST_P(TaxonomyEditsConformanceTest, GetIsScopedToTheOrganisation) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::TaxonomyTerm t = AddTerm(test::ATaxonomyTerm(org.id).Kind(Kind::kInterest).Label("Chess"));
  auto got = Get(org.id, t.id);
  ASSERT_OK(got);
  EXPECT_EQ(Fields(*got), Fields(t));
  EXPECT_CODE(Get(other.id, t.id), StatusCode::kNotFound);
  EXPECT_CODE(Get(org.id, NewId()), StatusCode::kNotFound);
}

TEST_P(TaxonomyEditsConformanceTest, RenameChangesTheLabelOnly) {
  domain::Organisation org = AddOrganisation();
  domain::TaxonomyTerm t = AddTerm(test::ATaxonomyTerm(org.id).Label("Pyhton"));
  ASSERT_OK(Rename(org.id, t.id, "Python"));
  t.label = "Python";
  EXPECT_EQ(Fields(*Get(org.id, t.id)), Fields(t));
  ASSERT_OK(Rename(org.id, t.id, "PYTHON")) << "a change of case is not a duplicate of itself";
  EXPECT_EQ(Get(org.id, t.id)->label, "PYTHON");
}

TEST_P(TaxonomyEditsConformanceTest, RenameToAnotherTermsLabelIsAlreadyExistsAndChangesNothing) {
  domain::Organisation org = AddOrganisation();
  domain::TaxonomyTerm sql = AddTerm(test::ATaxonomyTerm(org.id).Label("SQL"));
  domain::TaxonomyTerm t = AddTerm(test::ATaxonomyTerm(org.id).Label("Databases"));
  AddTerm(test::ATaxonomyTerm(org.id).Kind(Kind::kInterest).Label("Chess"));
  Status dup = Rename(org.id, t.id, "sql");
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("label"), std::string::npos) << dup.message();
  EXPECT_EQ(Get(org.id, t.id)->label, "Databases");
  EXPECT_EQ(Get(org.id, sql.id)->label, "SQL");
  EXPECT_OK(Rename(org.id, t.id, "Chess")) << "an interest's label is free for a skill";
}

TEST_P(TaxonomyEditsConformanceTest, RenameIsScopedAndNotFoundWhenMissing) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::TaxonomyTerm t = AddTerm(test::ATaxonomyTerm(org.id).Label("Mine"));
  EXPECT_CODE(Rename(other.id, t.id, "Hijacked"), StatusCode::kNotFound);
  EXPECT_CODE(Rename(org.id, NewId(), "Nothing"), StatusCode::kNotFound);
  EXPECT_EQ(Get(org.id, t.id)->label, "Mine");
}

TEST_P(TaxonomyEditsConformanceTest, UsageCountsMembersWhoseProfileHasTheLabel) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::TaxonomyTerm sql = AddTerm(test::ATaxonomyTerm(org.id).Label("SQL"));
  domain::TaxonomyTerm chess =
      AddTerm(test::ATaxonomyTerm(org.id).Kind(Kind::kInterest).Label("Chess"));
  EXPECT_EQ(Usage(sql), 0);
  // Teaches and learns it: counted once.
  MemberWithProfile(org, test::AProfile("").SkillsTeach({{"SQL", 5}})
                             .SkillsLearn({{"sql", 1, 3}})
                             .Interests({}));
  // Learns it, other case.
  MemberWithProfile(org, test::AProfile("").SkillsTeach({}).SkillsLearn({{"Sql", 1, 2}}));
  // Has "SQL" as an interest, not a skill; and "chess" in another case.
  MemberWithProfile(org, test::AProfile("").SkillsTeach({}).SkillsLearn({}).Interests({"SQL", "chess"}));
  // Not a member of this organisation.
  MemberWithProfile(other, test::AProfile("").SkillsTeach({{"SQL", 5}}).Interests({"Chess"}));
  EXPECT_EQ(Usage(sql), 2);
  EXPECT_EQ(Usage(chess), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, TaxonomyEditsConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

}  // namespace
}  // namespace tandem::store_test
