// Who and what the demo has made so far: each seeder fills its part of the Cast, and later
// seeders read it (an enrollment needs its program, a round its coordinator). Plain data.
#ifndef TANDEM_DEMO_CAST_H_
#define TANDEM_DEMO_CAST_H_

#include <string>
#include <vector>

#include "domain/organisation.h"
#include "domain/program.h"

namespace tandem::demo {

// A generated student with an active mentee place in Career Pathways.
struct DemoStudent {
  std::string id;
  std::string career;  // "nurse", "software engineer", ...
  int grade = 0;       // 9 to 12
};

struct Cast {
  domain::Organisation lincoln, northwind, alumni;
  domain::Program career, sprint, draft, circles, peer;
  // The named accounts of the contract (data_accounts.h).
  domain::Person platform_admin, lincoln_admin, lincoln_coordinator, student, northwind_admin,
      northwind_coordinator, mentor, alumni_admin;
  std::vector<DemoStudent> students;  // in e-mail order (student001, student002, ...)
};

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_CAST_H_
