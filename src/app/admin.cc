#include "app/admin.h"

namespace tandem::app {

Result<std::vector<domain::OutboxMessage>> ListOutbox(const Context& ctx, const Caller& caller,
                                                      int limit) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    domain::Action::kViewOutbox));
  return InReadTx<std::vector<domain::OutboxMessage>>(
      ctx.store, [&](Tx& tx) { return tx.ListOutbox(limit); });
}

}  // namespace tandem::app
