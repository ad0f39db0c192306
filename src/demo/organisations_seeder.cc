#include "demo/organisations_seeder.h"

#include "app/organisations.h"
#include "base/ids.h"
#include "demo/data_programs.h"

namespace tandem::demo {

Status SeedOrganisations(DemoWriter& w) {
  for (const OrganisationRow& row : kOrganisations) {
    domain::Organisation& org = w.cast().*row.slot;
    org = {NewId(), std::string(row.name), std::string(row.slug), row.kind,
           w.now() - row.days_ago * kDay};
    RETURN_IF_ERROR(app::InsertOrganisationWithDefaults(w.tx(), org));
    ++w.summary().organisations;
  }
  return Status::Ok();
}

}  // namespace tandem::demo
