// An organisation's taxonomy terms (skills, interests, goals...).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_TAXONOMY_PORT_H_
#define TANDEM_APP_PORTS_TAXONOMY_PORT_H_

#include <optional>
#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/organisation.h"

namespace tandem::app {

class TaxonomyPort {
 public:
  virtual ~TaxonomyPort() = default;

  virtual Status InsertTaxonomyTerm(const domain::TaxonomyTerm& t) = 0;  // AlreadyExists:

  // same kind+label (any case)
  // By label (lower(label), label, id; key: label, id); every kind when `kind` is unset.
  virtual Result<PageRows<domain::TaxonomyTerm>> ListTaxonomy(
      const std::string& org_id, std::optional<domain::TaxonomyTerm::Kind> kind,
      const PageQuery& page) = 0;

  virtual Status DeleteTaxonomyTerm(const std::string& org_id, const std::string& id) = 0;

  // The term, or NotFound (also for another organisation's term id).
  virtual Result<domain::TaxonomyTerm> GetTaxonomyTerm(const std::string& org_id,
                                                       const std::string& id) = 0;
  // Sets the term's label. NotFound for no such term in the organisation; AlreadyExists when
  // another term of the same kind has that label (any case).
  virtual Status RenameTaxonomyTerm(const std::string& org_id, const std::string& id,
                                    const std::string& label) = 0;
  // How many of the organisation's members have the term's label (any case) in their profile:
  // skills taught or learnt for a skill, interests for an interest. Each person counts once.
  virtual Result<int> CountTaxonomyTermUsage(const domain::TaxonomyTerm& term) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_TAXONOMY_PORT_H_
