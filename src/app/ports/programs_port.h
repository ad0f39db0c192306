// Programs.
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_PROGRAMS_PORT_H_
#define TANDEM_APP_PORTS_PROGRAMS_PORT_H_

#include <string>

#include "app/pagination.h"
#include "base/status.h"
#include "domain/program.h"

namespace tandem::app {

class ProgramsPort {
 public:
  virtual ~ProgramsPort() = default;

  virtual Status InsertProgram(const domain::Program& p) = 0;
  virtual Status UpdateProgram(const domain::Program& p) = 0;  // all fields but created_at
  virtual Result<domain::Program> GetProgram(const std::string& org_id, const std::string& id) = 0;

  // By name (lower(name), name, id; key: name, id); drafts only when `with_drafts`.
  virtual Result<PageRows<domain::Program>> ListPrograms(const std::string& org_id,
                                                         bool with_drafts,
                                                         const PageQuery& page) = 0;

  virtual Result<domain::ProgramCounts> CountEnrollments(const std::string& org_id,
                                                         const std::string& program_id) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_PROGRAMS_PORT_H_
