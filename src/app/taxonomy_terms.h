// One taxonomy term's edits beyond add and delete (app/organisations.h): renaming it, and
// how many members' profiles use it, which the web app tells an admin before a deletion.
//
// Profiles are the people's own and span organisations: they hold words, not term ids, so
// renaming or deleting a term changes the organisation's list of suggestions, never a profile.
#ifndef TANDEM_APP_TAXONOMY_TERMS_H_
#define TANDEM_APP_TAXONOMY_TERMS_H_

#include <string>

#include "app/context.h"
#include "domain/organisation.h"

namespace tandem::app {

struct TermUsage {
  domain::TaxonomyTerm term;
  int profiles = 0;  // members whose profile has the term's label (any case)
};

// Organisation admins (those who edit the taxonomy). NotFound for an outsider or for no such
// term in the organisation.
Result<TermUsage> GetTaxonomyTermUsage(const Context& ctx, const Caller& caller,
                                       const std::string& org_id, const std::string& term_id);

// Organisation admins. The label is trimmed, 1 to 80 characters (InvalidArgument naming
// "label"); AlreadyExists when another term of the same kind has it (any case); NotFound for
// no such term in the organisation. Renaming to the same label is allowed (a change of case).
Result<domain::TaxonomyTerm> RenameTaxonomyTerm(const Context& ctx, const Caller& caller,
                                                const std::string& org_id,
                                                const std::string& term_id,
                                                const std::string& label);

}  // namespace tandem::app

#endif  // TANDEM_APP_TAXONOMY_TERMS_H_
