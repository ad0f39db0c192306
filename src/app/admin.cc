#include "app/admin.h"

namespace tandem::app {

Result<OutboxView> ListOutbox(const Context& ctx, const Caller& caller, int limit) {
  RETURN_IF_ERROR(domain::Authorize(domain::Actor{caller.person_id, caller.is_platform_admin},
                                    domain::Action::kViewOutbox));
  OutboxView view{ctx.mail_mode, {}};
  ASSIGN_OR_RETURN(view.messages, InReadTx<std::vector<domain::OutboxMessage>>(
                                      ctx.store, [&](Tx& tx) { return tx.ListOutbox(limit); }));
  if (view.mode == MailMode::kSmtp)
    for (domain::OutboxMessage& m : view.messages) m.body.clear();
  return view;
}

}  // namespace tandem::app
