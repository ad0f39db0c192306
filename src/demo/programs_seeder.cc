#include "demo/programs_seeder.h"

#include "base/ids.h"
#include "demo/data_programs.h"

namespace tandem::demo {

Status SeedPrograms(DemoWriter& w) {
  for (const ProgramRow& row : kPrograms) {
    domain::Program& p = w.cast().*row.slot;
    p = {NewId(),
         (w.cast().*row.organisation).id,
         std::string(row.name),
         std::string(row.description),
         row.type,
         row.audience,
         std::string(row.start_date),
         std::string(row.end_date),
         row.default_mentor_capacity,
         row.requires_approval,
         row.status,
         w.now() - 120 * kDay};
    RETURN_IF_ERROR(domain::ValidateProgram(p));
    RETURN_IF_ERROR(w.tx().InsertProgram(p));
    ++w.summary().programs;
  }
  return Status::Ok();
}

}  // namespace tandem::demo
