// Platform operator use cases.
#ifndef TANDEM_APP_ADMIN_H_
#define TANDEM_APP_ADMIN_H_

#include <vector>

#include "app/context.h"
#include "domain/access.h"

namespace tandem::app {

// The most recent outbox messages (newest first), platform admins only.
Result<std::vector<domain::OutboxMessage>> ListOutbox(const Context& ctx, const Caller& caller,
                                                      int limit = 200);

}  // namespace tandem::app

#endif  // TANDEM_APP_ADMIN_H_
