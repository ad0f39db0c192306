#include "app/taxonomy_terms.h"

#include "base/strings.h"

namespace tandem::app {

using domain::Action;

Result<TermUsage> GetTaxonomyTermUsage(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const std::string& term_id) {
  return InReadTx<TermUsage>(ctx.store, [&](Tx& tx) -> Result<TermUsage> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditTaxonomy).status());
    TermUsage out;
    ASSIGN_OR_RETURN(out.term, tx.GetTaxonomyTerm(org_id, term_id));
    ASSIGN_OR_RETURN(out.profiles, tx.CountTaxonomyTermUsage(out.term));
    return out;
  });
}

Result<domain::TaxonomyTerm> RenameTaxonomyTerm(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                const std::string& term_id,
                                                const std::string& raw_label) {
  const std::string label = Trim(raw_label);
  if (label.empty()) return FieldInvalid("label", "is required");
  if (Utf8Length(label) > 80) return FieldInvalid("label", "must be at most 80 characters");
  return InTx<domain::TaxonomyTerm>(ctx.store, [&](Tx& tx) -> Result<domain::TaxonomyTerm> {
    RETURN_IF_ERROR(Authorized(tx, caller, org_id, Action::kEditTaxonomy).status());
    Status st = tx.RenameTaxonomyTerm(org_id, term_id, label);
    if (st.code() == StatusCode::kAlreadyExists)
      return Status(StatusCode::kAlreadyExists, "\"" + label + "\" is already in the taxonomy.",
                    {{"label", "already exists"}});
    RETURN_IF_ERROR(st);
    return tx.GetTaxonomyTerm(org_id, term_id);
  });
}

}  // namespace tandem::app
