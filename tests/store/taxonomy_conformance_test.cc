// Conformance: an organisation's taxonomy terms (skills and interests), and one term's edits:
// get, rename, usage count.
#include "store_test_fixture.h"

namespace tandem::store_test {
namespace {

using Kind = domain::TaxonomyTerm::Kind;

class TaxonomyConformanceTest : public StoreTest {
 protected:
  std::vector<domain::TaxonomyTerm> ListTaxonomy(const std::string& org,
                                                 std::optional<Kind> kind = std::nullopt) {
    auto terms = Read<std::vector<domain::TaxonomyTerm>>(
        [&](app::Tx& tx) { return app::EveryRow(tx.ListTaxonomy(org, kind, app::kEveryRow)); });
    EXPECT_OK(terms);
    return terms.ok() ? *terms : std::vector<domain::TaxonomyTerm>{};
  }
  static std::vector<std::string> Labels(const std::vector<domain::TaxonomyTerm>& terms) {
    return Keys(terms, [](const domain::TaxonomyTerm& t) { return t.label; });
  }
  Status AddTerm(const domain::TaxonomyTerm& t) {
    return Write([&](app::Tx& tx) { return tx.InsertTaxonomyTerm(t); });
  }
};

TEST_P(TaxonomyConformanceTest, TaxonomyRoundTripsOrderedByLabelAndFilteredByKind) {
  domain::Organisation org = AddOrganisation();
  domain::TaxonomyTerm sql = test::ATaxonomyTerm(org.id).Label("sql");
  domain::TaxonomyTerm python = test::ATaxonomyTerm(org.id).Label("Python");
  domain::TaxonomyTerm arts = test::ATaxonomyTerm(org.id).Kind(Kind::kInterest).Label("Arts");
  for (const auto& t : {sql, python, arts}) ASSERT_OK(AddTerm(t));

  std::vector<domain::TaxonomyTerm> all = ListTaxonomy(org.id);
  EXPECT_EQ(Labels(all), (std::vector<std::string>{"Arts", "Python", "sql"}));
  EXPECT_EQ(Fields(all[0]), Fields(arts));
  EXPECT_EQ(Fields(all[2]), Fields(sql));
  EXPECT_EQ(Labels(ListTaxonomy(org.id, Kind::kSkill)),
            (std::vector<std::string>{"Python", "sql"}));
  EXPECT_EQ(Labels(ListTaxonomy(org.id, Kind::kInterest)), (std::vector<std::string>{"Arts"}));
}

TEST_P(TaxonomyConformanceTest, TaxonomyIsScopedToItsOrganisation) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  ASSERT_OK(AddTerm(test::ATaxonomyTerm(org.id).Label("Mine")));
  ASSERT_OK(AddTerm(test::ATaxonomyTerm(other.id).Label("Theirs")));
  EXPECT_EQ(Labels(ListTaxonomy(org.id)), (std::vector<std::string>{"Mine"}));
  EXPECT_TRUE(ListTaxonomy(NewId()).empty());
}

TEST_P(TaxonomyConformanceTest, TaxonomyLabelsAreUniquePerOrganisationAndKindIgnoringCase) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  ASSERT_OK(AddTerm(test::ATaxonomyTerm(org.id).Label("Public Speaking")));
  Status dup = AddTerm(test::ATaxonomyTerm(org.id).Label("public speaking"));
  EXPECT_CODE(dup, StatusCode::kAlreadyExists);
  EXPECT_NE(dup.message().find("label"), std::string::npos) << dup.message();
  EXPECT_OK(AddTerm(test::ATaxonomyTerm(org.id).Kind(Kind::kInterest).Label("Public Speaking")));
  EXPECT_OK(AddTerm(test::ATaxonomyTerm(other.id).Label("Public Speaking")));
}

TEST_P(TaxonomyConformanceTest, DeleteTaxonomyTermIsScopedAndNotFoundWhenMissing) {
  domain::Organisation org = AddOrganisation();
  domain::Organisation other = AddOrganisation();
  domain::TaxonomyTerm term = test::ATaxonomyTerm(org.id).Label("Gone soon");
  ASSERT_OK(AddTerm(term));
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeleteTaxonomyTerm(other.id, term.id); }),
              StatusCode::kNotFound);
  EXPECT_EQ(ListTaxonomy(org.id).size(), 1u);
  EXPECT_OK(Write([&](app::Tx& tx) { return tx.DeleteTaxonomyTerm(org.id, term.id); }));
  EXPECT_TRUE(ListTaxonomy(org.id).empty());
  EXPECT_CODE(Write([&](app::Tx& tx) { return tx.DeleteTaxonomyTerm(org.id, term.id); }),
              StatusCode::kNotFound);
  EXPECT_OK(AddTerm(test::ATaxonomyTerm(org.id).Label("Gone soon"))) << "the label is free again";
}

INSTANTIATE_TEST_SUITE_P(Backends, TaxonomyConformanceTest, ::testing::ValuesIn(Backends()),
                         BackendName);

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
