// SociTx: an organisation's taxonomy terms (skills and interests).
#include <soci/soci.h>

#include "store/keyset.h"
#include "store/soci_tx.h"
#include "store/sql.h"

namespace tandem::store {
namespace {

const Keyset kTermsByLabel = ByName("label", "id");  // key (label, id)

}  // namespace

Status SociTx::InsertTaxonomyTerm(const domain::TaxonomyTerm& t) {
  return Run("InsertTaxonomyTerm", [&]() -> Status {
    long long inserted = Query(sql_,
                               "INSERT INTO taxonomy_terms (organisation_id, id, kind, label)"
                               " VALUES (:org, :id, :kind, :label) ON CONFLICT DO NOTHING")
                             .Use("org", t.organisation_id)
                             .Use("id", t.id)
                             .Use("kind", domain::TaxonomyKindName(t.kind))
                             .Use("label", t.label)
                             .Exec();
    if (inserted == 1) return Status::Ok();
    long long same_id = Query(sql_,
                              "SELECT COUNT(*) FROM taxonomy_terms"
                              " WHERE organisation_id = :org AND id = :id")
                            .Use("org", t.organisation_id)
                            .Use("id", t.id)
                            .Scalar();
    if (same_id > 0) return AlreadyExists("A taxonomy term with this id already exists.");
    return AlreadyExists("A " + std::string(domain::TaxonomyKindName(t.kind)) +
                         " with this label already exists.");
  });
}

Result<app::PageRows<domain::TaxonomyTerm>> SociTx::ListTaxonomy(
    const std::string& org_id, std::optional<domain::TaxonomyTerm::Kind> kind,
    const app::PageQuery& page) {
  return Run("ListTaxonomy", [&]() -> Result<app::PageRows<domain::TaxonomyTerm>> {
    RETURN_IF_ERROR(kTermsByLabel.Check(page));
    std::string text =
        "SELECT organisation_id, id, kind, label FROM taxonomy_terms WHERE organisation_id = :org";
    if (kind) text += " AND kind = :kind";
    text += kTermsByLabel.Condition(page) + kTermsByLabel.OrderBy(page);
    Query q(sql_, text);
    q.Use("org", org_id);
    if (kind) q.Use("kind", domain::TaxonomyKindName(*kind));
    kTermsByLabel.Bind(q, page);
    domain::TaxonomyTerm t;
    q.Into(t.organisation_id).Into(t.id);
    q.IntoEnum(t.kind, &domain::ParseTaxonomyKind, "taxonomy_terms.kind");
    q.Into(t.label);
    std::vector<domain::TaxonomyTerm> out;
    while (q.Next()) out.push_back(t);
    return TakePage(std::move(out), page, [](const domain::TaxonomyTerm& last) {
      return app::SortKey{last.label, last.id};
    });
  });
}

Status SociTx::DeleteTaxonomyTerm(const std::string& org_id, const std::string& id) {
  return Run("DeleteTaxonomyTerm", [&]() -> Status {
    long long deleted =
        Query(sql_, "DELETE FROM taxonomy_terms WHERE organisation_id = :org AND id = :id")
            .Use("org", org_id)
            .Use("id", id)
            .Exec();
    return deleted == 1 ? Status::Ok() : NotFound("The taxonomy term does not exist.");
  });
}

}  // namespace tandem::store
