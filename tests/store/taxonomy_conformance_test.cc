// Conformance: an organisation's taxonomy terms (skills and interests).
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

}  // namespace
}  // namespace tandem::store_test
