// The demo seeders' way to pick relationships deterministically: a program's active pairs in
// the order of their mentee's email. Reads through the store in one read transaction.
#ifndef TANDEM_DEMO_ACTIVE_PAIRS_H_
#define TANDEM_DEMO_ACTIVE_PAIRS_H_

#include <string>
#include <vector>

#include "app/context.h"
#include "domain/relationship.h"

namespace tandem::demo {

// At most `n` active relationships of the program, by the mentee's email.
Result<std::vector<domain::Relationship>> ActivePairs(const app::Context& ctx,
                                                      const std::string& org_id,
                                                      const std::string& program_id, size_t n);

}  // namespace tandem::demo

#endif  // TANDEM_DEMO_ACTIVE_PAIRS_H_
