// SociTx: an organisation's taxonomy terms (skills and interests): listed, added, renamed,
// deleted, and how many members' profiles use a term's label.
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

Result<domain::TaxonomyTerm> SociTx::GetTaxonomyTerm(const std::string& org_id,
                                                     const std::string& id) {
  return Run("GetTaxonomyTerm", [&]() -> Result<domain::TaxonomyTerm> {
    Query q(sql_,
            "SELECT organisation_id, id, kind, label FROM taxonomy_terms"
            " WHERE organisation_id = :org AND id = :id");
    q.Use("org", org_id).Use("id", id);
    domain::TaxonomyTerm t;
    q.Into(t.organisation_id).Into(t.id);
    q.IntoEnum(t.kind, &domain::ParseTaxonomyKind, "taxonomy_terms.kind");
    q.Into(t.label);
    if (!q.Next()) return NotFound("The taxonomy term does not exist.");
    return t;
  });
}

Status SociTx::RenameTaxonomyTerm(const std::string& org_id, const std::string& id,
                                  const std::string& label) {
  return Run("RenameTaxonomyTerm", [&]() -> Status {
    ASSIGN_OR_RETURN(domain::TaxonomyTerm term, GetTaxonomyTerm(org_id, id));
    // Checked first so that PostgreSQL's transaction is not aborted by the unique index.
    long long same_label = Query(sql_,
                                 "SELECT COUNT(*) FROM taxonomy_terms"
                                 " WHERE organisation_id = :org AND kind = :kind"
                                 " AND lower(label) = lower(:label) AND id <> :id")
                               .Use("org", org_id)
                               .Use("kind", domain::TaxonomyKindName(term.kind))
                               .Use("label", label)
                               .Use("id", id)
                               .Scalar();
    if (same_label > 0)
      return AlreadyExists("A " + std::string(domain::TaxonomyKindName(term.kind)) +
                           " with this label already exists.");
    Query(sql_, "UPDATE taxonomy_terms SET label = :label WHERE organisation_id = :org AND id = :id")
        .Use("label", label)
        .Use("org", org_id)
        .Use("id", id)
        .Exec();
    return Status::Ok();
  });
}

Result<int> SociTx::CountTaxonomyTermUsage(const domain::TaxonomyTerm& term) {
  return Run("CountTaxonomyTermUsage", [&]() -> Result<int> {
    // Profiles are the people's own and hold words, not term ids: a member uses the term when
    // one of their entries has its label, in any case.
    std::string text =
        "SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = :org AND (";
    if (term.kind == domain::TaxonomyTerm::Kind::kSkill) {
      text +=
          "EXISTS (SELECT 1 FROM profile_skills_teach s WHERE s.person_id = m.person_id"
          " AND lower(s.skill) = lower(:label))"
          " OR EXISTS (SELECT 1 FROM profile_skills_learn l WHERE l.person_id = m.person_id"
          " AND lower(l.skill) = lower(:label2)))";
    } else {
      text +=
          "EXISTS (SELECT 1 FROM profile_interests i WHERE i.person_id = m.person_id"
          " AND lower(i.label) = lower(:label)))";
    }
    Query q(sql_, text);
    q.Use("org", term.organisation_id).Use("label", term.label);
    if (term.kind == domain::TaxonomyTerm::Kind::kSkill) q.Use("label2", term.label);
    return static_cast<int>(q.Scalar());
  });
}

}  // namespace tandem::store
